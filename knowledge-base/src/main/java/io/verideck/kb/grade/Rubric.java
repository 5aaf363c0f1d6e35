package io.verideck.kb.grade;

import io.verideck.kb.model.Card;
import io.verideck.kb.tex.TexText;
import java.util.ArrayList;
import java.util.List;

/**
 * What an answer is graded against.
 *
 * @param question  the question as plain text (its words earn little when repeated), may be empty
 * @param reference the reference answer as plain text
 * @param keyPoints the key points; never empty (derived from the reference when a card has none)
 */
public record Rubric(String question, String reference, List<String> keyPoints) {
    /** At most this many key points are derived from a reference answer without any. */
    static final int DERIVED_POINTS = 5;

    public Rubric {
        question = question == null ? "" : question;
        reference = reference == null ? "" : reference;
        keyPoints = keyPoints == null || keyPoints.isEmpty() ? derive(reference) : List.copyOf(keyPoints);
    }

    /** The rubric of a card: its question, answer and key points. */
    public static Rubric of(Card card) {
        return new Rubric(TexText.markdownToText(card.question()), TexText.markdownToText(card.answer()), card.keyPoints());
    }

    /** Splits a reference answer into sentence-sized key points (for cards and JSON lines without any). */
    static List<String> derive(String reference) {
        List<String> out = new ArrayList<>();
        for (String s : reference.split("(?<=[.;:!?])\\s+|\\n\\s*\\n")) {
            String t = s.strip();
            if (t.length() >= 8 && out.size() < DERIVED_POINTS) out.add(t);
        }
        if (out.isEmpty() && !reference.isBlank()) out.add(reference.strip());
        return List.copyOf(out);
    }
}
