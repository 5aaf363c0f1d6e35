package io.verideck.kb.write;

import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;

/** Serialises lecture notes ({@code NN-title.md}): front matter, intro, one {@code ##} section each. */
public final class LectureWriter {
    private LectureWriter() {
    }

    /** The file name the card format expects: {@code 07-backpropagation.md}. */
    public static String fileName(Lecture l) {
        String slug = l.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return String.format("%02d-%s.md", l.number(), slug.isEmpty() ? "lecture" : slug);
    }

    public static String write(Lecture l) {
        StringBuilder b = new StringBuilder();
        b.append("---\nlecture: ").append(l.number()).append("\ntitle: ").append(DeckWriter.yamlScalar(l.title()))
                .append("\n---\n\n# ").append(DeckWriter.oneLine(l.title())).append("\n\n");
        if (!l.intro().isBlank()) b.append(DeckWriter.escapeHeadings(l.intro().strip())).append("\n\n");
        for (LectureSection s : l.sections()) {
            b.append("## ").append(DeckWriter.oneLine(s.title())).append(" {#").append(s.anchor()).append("}\n\n");
            b.append(DeckWriter.escapeHeadings(s.body().strip())).append("\n\n");
        }
        return b.toString().stripTrailing() + "\n";
    }
}
