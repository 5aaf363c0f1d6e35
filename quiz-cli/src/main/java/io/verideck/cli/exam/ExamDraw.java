package io.verideck.cli.exam;

import io.verideck.kb.model.Card;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws a mock exam: cards with key points (and no drafts), filtered by tag, shuffled with the seed,
 * then taken round-robin over the {@link QuestionKind}s so that every exam mixes definitions,
 * derivations, comparisons, checks and formulas as far as the deck allows.
 */
public final class ExamDraw {
    private ExamDraw() {
    }

    /** Up to {@code n} cards; the same seed and cards give the same exam. */
    public static List<Card> draw(List<Card> cards, Set<String> tags, int n, long seed) {
        Map<QuestionKind, List<Card>> byKind = new EnumMap<>(QuestionKind.class);
        for (Card c : cards) {
            if (c.draft() || c.keyPoints().isEmpty()) continue;
            if (!tags.isEmpty() && c.tags().stream().noneMatch(tags::contains)) continue;
            byKind.computeIfAbsent(QuestionKind.of(c), k -> new ArrayList<>()).add(c);
        }
        Random rnd = new Random(seed);
        List<QuestionKind> kinds = new ArrayList<>(byKind.keySet());
        for (QuestionKind k : kinds) {
            byKind.get(k).sort(java.util.Comparator.comparing(Card::id));
            Collections.shuffle(byKind.get(k), rnd);
        }
        Collections.shuffle(kinds, rnd);
        List<Card> out = new ArrayList<>();
        int round = 0;
        while (out.size() < n) {
            boolean any = false;
            for (QuestionKind k : kinds) {
                List<Card> l = byKind.get(k);
                if (round < l.size() && out.size() < n) {
                    out.add(l.get(round));
                    any = true;
                }
            }
            if (!any) break;
            round++;
        }
        return out;
    }
}
