package io.verideck.kb.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snippets from the caches are the snippets the highlighter finds: the same hits, in the same order,
 * with the same marked passages, whether the snippet cache is off, large, or so small that it keeps
 * being emptied, and whether a query is asked for the first time or again.
 */
class SnippetCacheTest {
    private static final List<String> SITE_QUERIES = List.of("softmax", "gradient", "batch norm", "backprop",
            "kullback leibler", "sgd", "chain rule", "cross entropy", "normalization", "\\nabla", "mean squared error",
            "vanishing gradients", "lstm", "dropout", "convolution", "attention", "relu", "adam", "autoencoder", "jacobian",
            "softm", "gradi", "regularization weight decay", "\"log likelihood\"", "$\\sigma(x)$", "softmx", "xyzzy qwerty");

    private static Library library;
    private static CardIndex uncached;
    private static CardIndex cached;
    private static CardIndex tiny;

    @BeforeAll
    static void open() {
        library = ContentLoader.builtin();
        uncached = withSnippetCache(0);
        cached = withSnippetCache(16_384);
        tiny = withSnippetCache(7);
    }

    private static CardIndex withSnippetCache(int size) {
        String before = System.getProperty("verideck.snippetCache");
        System.setProperty("verideck.snippetCache", Integer.toString(size));
        try {
            return CardIndex.open(library);
        } finally {
            if (before == null) System.clearProperty("verideck.snippetCache");
            else System.setProperty("verideck.snippetCache", before);
        }
    }

    @AfterAll
    static void close() throws Exception {
        uncached.close();
        cached.close();
        tiny.close();
    }

    /** The site's queries and a few hundred made of words of card questions (seeded). */
    private static List<String> queries() {
        long seed = Long.getLong("verideck.testSeed", 20261122L);
        System.out.println("SnippetCacheTest seed " + seed + " (-Dverideck.testSeed=N to repeat another)");
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (Card c : library.cards()) {
            for (String w : c.question().split("[^\\p{L}]+")) if (w.length() > 3) words.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        List<String> out = new ArrayList<>(SITE_QUERIES);
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int k = 0; k < n; k++) {
                String w = words.get(random.nextInt(words.size()));
                // some words cut short, as typed: prefix and typo fallbacks
                if (random.nextInt(4) == 0 && w.length() > 5) w = w.substring(0, 3 + random.nextInt(w.length() - 4));
                q.append(k == 0 ? "" : " ").append(w);
            }
            out.add(q.toString());
        }
        return out;
    }

    /** The hits, or for a refused query (only stop words) one hit-less marker with its message. */
    private static List<SearchHit> search(CardIndex index, String q) {
        try {
            return index.search(q, 20);
        } catch (QuerySyntaxException e) {
            return List.of(new SearchHit("refused", e.getMessage(), "", "", "", List.of(), null, null, 0f));
        }
    }

    @Test
    void cachedSnippetsEqualFreshOnes() throws Exception {
        int hits = 0;
        int marked = 0;
        List<String> qs = queries();
        for (int round = 0; round < 2; round++) {
            for (String q : qs) {
                List<SearchHit> expected = search(uncached, q);
                assertEquals(expected, search(cached, q), "snippet cache, round " + round + ": " + q);
                assertEquals(expected, search(tiny, q), "7-snippet cache, round " + round + ": " + q);
                hits += expected.size();
                for (SearchHit h : expected) if (h.snippetHtml().contains("<mark>")) marked++;
            }
        }
        System.out.printf("SnippetCacheTest: %d queries twice, %d hits, %d with marks%n", qs.size(), hits, marked);
        assertTrue(hits > 2_000 && marked > hits / 2, "the queries must find hits with marked snippets: " + hits + ", " + marked);
    }

    @Test
    void sentenceBoundariesAreTheSameFromTheCache() {
        Random random = new Random(7);
        String[] texts = new String[40];
        for (int i = 0; i < texts.length; i++) {
            Card c = library.cards().get(random.nextInt(library.cards().size()));
            texts[i] = c.answer();
        }
        SentenceBreaks a = new SentenceBreaks();
        SentenceBreaks b = new SentenceBreaks();
        for (String t : texts) {
            int[] scanned = SentenceBreaks.scan(t);
            a.setText(t);
            b.setText(new String(t.toCharArray())); // an equal text, another instance
            b.setText("Other text. Another one.");
            b.setText(t);
            List<Integer> forward = new ArrayList<>();
            for (int p = a.first(); p != java.text.BreakIterator.DONE; p = a.next()) forward.add(p);
            assertArrayEquals(scanned, forward.stream().mapToInt(Integer::intValue).toArray(), t);
            assertEquals(t.length(), b.last());
            for (int off = 1; off < t.length(); off += 17) {
                assertEquals(a.following(off), b.following(off), "following " + off);
                assertEquals(a.preceding(off), b.preceding(off), "preceding " + off);
            }
        }
    }
}
