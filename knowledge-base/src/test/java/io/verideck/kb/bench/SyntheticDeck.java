package io.verideck.kb.bench;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic large deck made from the real cards: card {@code i} is real card {@code i mod n}
 * with a few words of its question and answer swapped for words of other cards, so the index has the
 * vocabulary and length distribution of the real content without being n-fold duplicates.
 */
public final class SyntheticDeck {
    private SyntheticDeck() {
    }

    public static Library of(Library real, int size, long seed) {
        List<Card> base = real.cards();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> vocabulary = new ArrayList<>();
        for (Card c : base) for (String w : c.question().split("\\s+")) if (w.matches("[A-Za-z]{4,}")) vocabulary.add(w);
        List<Card> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Card c = base.get(i % base.size());
            out.add(new Card(c.id() + "-" + i, mutate(c.question(), vocabulary, rnd, 2), mutate(c.answer(), vocabulary, rnd, 6),
                    c.deck(), c.tags(), c.lecture(), c.covers(), c.claims(), c.refutes(), c.keyPoints(), c.formula(),
                    c.variables(), false, null, new SourceLocation("synthetic.md", i + 1)));
        }
        return new Library(List.of(new Deck("synthetic", "synthetic.md", List.of(), "", out)), real.lectures());
    }

    private static String mutate(String text, List<String> vocabulary, SplittableRandom rnd, int swaps) {
        String[] words = text.split(" ");
        for (int k = 0; k < swaps && words.length > 3; k++) {
            int at = rnd.nextInt(words.length);
            if (words[at].matches("[A-Za-z]{4,}")) words[at] = vocabulary.get(rnd.nextInt(vocabulary.size()));
        }
        return String.join(" ", words);
    }
}
