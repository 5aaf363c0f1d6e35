package io.verideck.kb.write;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import java.util.List;
import java.util.regex.Pattern;

/** Serialises a {@link Deck} to the card format (front matter, one {@code ##} heading per card, fields, answer). */
public final class DeckWriter {
    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^(#{1,2})(?=\\s)");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private DeckWriter() {
    }

    /** The deck as Markdown in the card format. */
    public static String write(Deck deck) {
        StringBuilder b = new StringBuilder();
        b.append("---\n").append("deck: ").append(yamlScalar(deck.name())).append('\n');
        List<String> tags = deck.tags().stream().filter(t -> TAG.matcher(t).matches()).toList();
        if (!tags.isEmpty()) b.append("tags: [").append(String.join(", ", tags)).append("]\n");
        b.append("---\n\n# ").append(oneLine(deck.name())).append("\n\n");
        if (!deck.intro().isBlank()) b.append(escapeHeadings(deck.intro().strip())).append("\n\n");
        for (Card c : deck.cards()) card(b, c);
        return b.toString().stripTrailing() + "\n";
    }

    private static void card(StringBuilder b, Card c) {
        b.append("## ").append(oneLine(c.question())).append('\n');
        b.append("id: ").append(c.id()).append('\n');
        List<String> tags = c.tags().stream().filter(t -> TAG.matcher(t).matches()).toList();
        if (!tags.isEmpty()) b.append("tags: ").append(String.join(", ", tags)).append('\n');
        if (c.lecture() != null) b.append("lecture: ").append(c.lecture()).append('\n');
        if (!c.covers().isEmpty()) b.append("covers: ").append(String.join(", ", c.covers())).append('\n');
        if (!c.claims().isEmpty()) b.append("claims: ").append(String.join(", ", c.claims())).append('\n');
        if (!c.refutes().isEmpty()) b.append("refutes: ").append(String.join(", ", c.refutes())).append('\n');
        if (!c.keyPoints().isEmpty()) b.append("key points: ").append(String.join("; ", c.keyPoints())).append('\n');
        if (c.formula() != null) b.append("formula: ").append(oneLine(c.formula())).append('\n');
        if (c.variables() != null) b.append("variables: ").append(oneLine(c.variables())).append('\n');
        if (c.draft()) b.append("draft: true\n");
        if (c.origin() != null) b.append("source: ").append(oneLine(c.origin())).append('\n');
        b.append('\n').append(escapeHeadings(c.answer().strip())).append("\n\n");
    }

    /** A heading must stay one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** {@code #} and {@code ##} lines inside an answer would start a new card: make them {@code ###}. */
    static String escapeHeadings(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) fenced = !fenced;
            out.append(fenced ? line : TOP_HEADING.matcher(line).replaceFirst("###")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String yamlScalar(String s) {
        String t = oneLine(s);
        if (t.matches("[A-Za-z0-9][^:#\\[\\]{}&*!|>'\"%@`,]*")) return t;
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
