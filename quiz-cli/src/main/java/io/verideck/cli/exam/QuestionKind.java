package io.verideck.cli.exam;

import io.verideck.kb.model.Card;
import java.util.Locale;

/** The kinds of exam question a mock exam mixes, read off a card. */
public enum QuestionKind {
    FORMULA, DERIVATION, COMPARISON, CHECK, DEFINITION;

    /** The kind of a card: a formula to type, a derivation, a comparison, a "is this right?" check, else a definition. */
    public static QuestionKind of(Card c) {
        String q = c.question().toLowerCase(Locale.ROOT);
        if (c.formula() != null) return FORMULA;
        if (q.matches("^(is|are|does|do|can|should)\\b.*") || !c.keyPoints().isEmpty() && c.keyPoints().get(0).toLowerCase(Locale.ROOT).matches("^no\\b.*")) return CHECK;
        if (q.contains("difference") || q.contains("compare") || q.contains(" vs") || q.contains("differ") || q.contains("relate")) return COMPARISON;
        if (q.contains("deriv") || q.contains("gradient") || q.contains("compute") || q.contains("backpropagate") || q.contains("why")) return DERIVATION;
        return DEFINITION;
    }
}
