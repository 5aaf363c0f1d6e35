package io.verideck.kb.grade;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a matched term is worth: {@code 1 + ln((N + 1) / (df + 1))} over the built-in cards (a word
 * on every card, such as "function", is worth about 1; a rare one, such as "softplus", about 6), and
 * little for numbers and one-letter symbols, which match by accident.
 */
public final class TermWeights {
    private static volatile TermWeights builtin;

    private final Map<String, Integer> df;
    private final int documents;

    TermWeights(Map<String, Integer> df, int documents) {
        this.df = Map.copyOf(df);
        this.documents = documents;
    }

    /** Weights from the built-in cards (computed once per JVM). */
    public static TermWeights builtin() {
        TermWeights w = builtin;
        if (w == null) {
            synchronized (TermWeights.class) {
                if (builtin == null) builtin = fromCards(ContentLoader.builtin().cards());
                w = builtin;
            }
        }
        return w;
    }

    /** Document frequencies over the given cards (question, answer and key points of each). */
    public static TermWeights fromCards(List<Card> cards) {
        Map<String, Integer> df = new HashMap<>();
        for (Card c : cards) {
            Set<String> seen = new HashSet<>();
            String text = c.question() + "\n" + c.answer() + "\n" + String.join("; ", c.keyPoints());
            for (AnalyzedText.Term t : AnalyzedText.of(text, false).terms()) seen.add(t.stem());
            for (String s : seen) df.merge(s, 1, Integer::sum);
        }
        return new TermWeights(df, cards.size());
    }

    /** The weight of a stem. */
    public double weight(String stem) {
        if (stem.length() == 1 || stem.chars().allMatch(Character::isDigit)) return 0.4;
        int d = df.getOrDefault(stem, 0);
        return 1 + Math.log((documents + 1.0) / (d + 1.0));
    }
}
