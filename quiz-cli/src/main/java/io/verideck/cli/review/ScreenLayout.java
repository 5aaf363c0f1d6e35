package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.schedule.Rating;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws the review screen as lines of at most {@code width} columns (a pure function, so it is
 * tested at any size). Colour is ANSI SGR and only with {@code colour} true ({@code NO_COLOR} off).
 *
 * @param width  terminal columns (at least 10 is assumed; narrower is treated as 10)
 * @param height terminal rows
 * @param colour whether to emit ANSI colours
 */
public record ScreenLayout(int width, int height, boolean colour) {
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    /**
     * What is on screen.
     *
     * @param typed the typed answer with {@code review --type}, or null
     */
    public record View(Card card, boolean revealed, Map<Rating, Duration> intervals, ConfidenceScale scale,
                       SessionProgress progress, String message, boolean help, Typed typed) {
        /** A view of the usual self-graded review. */
        public View(Card card, boolean revealed, Map<Rating, Duration> intervals, ConfidenceScale scale,
                    SessionProgress progress, String message, boolean help) {
            this(card, revealed, intervals, scale, progress, message, help, null);
        }
    }

    /**
     * The typed answer of {@code review --type}.
     *
     * @param answer       what was typed (already cleaned: printable characters and new lines only)
     * @param diff         the diff view once the answer is graded (empty while typing)
     * @param suggestedKey the pre-selected grade key once graded, else 0
     * @param cursor       where the cursor is in {@code answer} while typing (0..length)
     */
    public record Typed(String answer, List<String> diff, int suggestedKey, int cursor) {
        public Typed {
            diff = List.copyOf(diff);
            cursor = Math.max(0, Math.min(cursor, answer.length()));
        }

        /** A typed answer with the cursor at its end. */
        public Typed(String answer, List<String> diff, int suggestedKey) {
            this(answer, diff, suggestedKey, answer.length());
        }
    }

    /** Marks the cursor in the text being wrapped; replaced before anything is drawn. */
    private static final char CURSOR = '\uE000';
    private static final String REVERSE = "\u001b[7m";

    /** The screen, top to bottom; never more than {@code height} lines. */
    public List<String> render(View v) {
        int w = Math.max(10, width);
        List<String> footer = new ArrayList<>();
        if (v.card() != null && v.revealed() && !v.help()) {
            String g = grades(v);
            if (g.length() <= w) footer.add(g);
            else footer.addAll(wrap(g, w));
            if (v.typed() != null && v.typed().suggestedKey() > 0) {
                int k = v.typed().suggestedKey();
                footer.add(clip("Enter: accept " + k + " " + v.scale().label(k) + "   1-" + v.scale().steps() + ": change", w));
            }
        }
        if (v.message() != null && !v.message().isEmpty()) footer.add(clip(v.message(), w));
        footer.add(style(GREEN, clip(v.progress().line(), w)));
        int room = Math.max(0, height - footer.size());
        List<String> body = new ArrayList<>();
        if (v.help()) {
            for (String h : HELP) body.addAll(wrap(h, w));
            if (v.typed() != null) for (String h : TYPED_HELP) body.addAll(wrap(h, w));
        } else if (v.card() != null) {
            body.add(style(CYAN, clip(v.card().deck() + " · " + v.card().id(), w)));
            body.add("");
            for (String l : wrap(CardText.question(v.card()), w)) body.add(style(BOLD, l));
            body.add("");
            if (v.typed() != null) {
                typed(v, w, room, body);
            } else if (v.revealed()) {
                answer(v.card(), w, body);
                if (!v.card().keyPoints().isEmpty()) {
                    body.add("");
                    for (String k : v.card().keyPoints()) body.addAll(wrap("• " + k, w));
                }
            } else {
                body.add(style(DIM, clip("Space/Enter: show answer   ?: keys", w)));
            }
        }
        List<String> out = new ArrayList<>(body.size() > room ? body.subList(0, room) : body);
        while (out.size() < room) out.add("");
        out.addAll(footer.size() > height ? footer.subList(footer.size() - height, footer.size()) : footer);
        return out;
    }

    private static void answer(Card c, int w, List<String> body) {
        for (String para : CardText.answer(c).split("\n")) body.addAll(wrap(para, w));
    }

    /** The typed answer: while typing its last lines and a cursor; once graded, the diff view, then the answer. */
    private void typed(View v, int w, int room, List<String> body) {
        List<String> typedLines = new ArrayList<>();
        if (!v.revealed()) {
            String a = v.typed().answer();
            int c = v.typed().cursor();
            int at = 0;
            for (String para : (a.substring(0, c) + CURSOR + a.substring(c)).split("\n", -1)) {
                List<String> wrapped = wrap(para, w);
                if (para.indexOf(CURSOR) >= 0) at = typedLines.size() + cursorLine(wrapped);
                typedLines.addAll(wrapped);
            }
            String line = typedLines.get(at);
            typedLines.set(at, showCursor(line));
            body.add(style(DIM, clip("Your answer (empty line submits; :s skip, :u undo, :q quit, :? keys):", w)));
            // the cursor must stay visible: when the answer does not fit, the lines above it give way,
            // then the answer's first lines (the window ends at the cursor's line)
            if (body.size() + typedLines.size() > room) typedLines = typedLines.subList(0, at + 1);
            if (body.size() + typedLines.size() > room) {
                int keep = Math.min(typedLines.size(), room);
                body.subList(Math.max(0, room - keep), body.size()).clear();
                typedLines = typedLines.subList(typedLines.size() - keep, typedLines.size());
            }
            body.addAll(typedLines);
            return;
        }
        for (String para : v.typed().answer().split("\n", -1)) typedLines.addAll(wrap(para, w));
        body.add(style(DIM, clip(v.typed().answer().isBlank() ? "Your answer: (none)" : "Your answer:", w)));
        if (typedLines.size() > 6) {
            typedLines = new ArrayList<>(typedLines.subList(0, 5));
            typedLines.add("…");
        }
        if (!v.typed().answer().isBlank()) body.addAll(typedLines);
        body.add("");
        for (String d : v.typed().diff()) body.addAll(wrap(d, w));
        body.add("");
        answer(v.card(), w, body);
    }

    private static int cursorLine(List<String> wrapped) {
        for (int i = 0; i < wrapped.size(); i++) if (wrapped.get(i).indexOf(CURSOR) >= 0) return i;
        return wrapped.size() - 1;
    }

    /**
     * Draws the cursor where its mark is: an underscore at the end of the line, else the character under
     * it in reverse video (an attribute, not a colour, so also with {@code NO_COLOR}).
     */
    private static String showCursor(String line) {
        int i = line.indexOf(CURSOR);
        if (i < 0) return line + "_";
        if (i == line.length() - 1) return line.substring(0, i) + "_";
        return line.substring(0, i) + REVERSE + line.charAt(i + 1) + RESET + line.substring(i + 2);
    }

    static final List<String> HELP = List.of(
            "Keys",
            "Space, Enter  show the answer",
            "1-4 (1-5)     grade: Again, Hard, Good, Easy (the wait after each is shown)",
            "u             undo the last grade (also from an earlier session)",
            "s             skip this card",
            "e             open the card's file at its line in $EDITOR",
            "/             search, then review the hits",
            "?             this help (any key closes it)",
            "q             quit with a summary");

    static final List<String> TYPED_HELP = List.of(
            "",
            "With --type: type the answer; Enter starts a new line, Enter on an empty line submits.",
            "Left/Right, Home/End (Ctrl-A/Ctrl-E), Backspace/Delete, Ctrl-U/Ctrl-K edit at the cursor.",
            "Then Enter or Space accepts the suggested grade, 1-4 (1-5) change it.",
            "While typing, a line :s skips, :u undoes, :q quits, :? shows these keys; Ctrl-D on an empty answer quits.");

    private String grades(View v) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= v.scale().steps(); k++) {
            Duration d = v.intervals().get(v.scale().rating(k));
            if (sb.length() > 0) sb.append("  ");
            boolean pre = v.typed() != null && v.typed().suggestedKey() == k;
            if (pre) sb.append('[');
            sb.append(k).append(' ').append(v.scale().label(k));
            if (d != null) sb.append(' ').append(IntervalText.of(d));
            if (pre) sb.append(']');
        }
        return sb.toString();
    }

    private String style(String code, String text) {
        return colour && !text.isEmpty() ? code + text + RESET : text;
    }

    static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, Math.max(0, w - 1)) + "…";
    }

    /** Greedy word wrap; words longer than the width are cut. */
    static List<String> wrap(String text, int w) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > w) {
                if (cur.length() > 0) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
                lines.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (cur.length() > 0 && cur.length() + 1 + word.length() > w) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(word);
        }
        lines.add(cur.toString());
        return lines;
    }
}
