package io.verideck.kb.bench;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;

/**
 * In-process search latency on a generated 100,000-card deck: p50 and p99 over 1,000 queries taken
 * from card questions (after 1,000 warm-up queries), top 10 with snippets, as {@code verideck search}
 * runs it. Usage: {@code bench/search-latency.sh [CARDS] [SEED]}.
 */
public final class SearchLatencyBench {
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Library real = ContentLoader.builtin();
        Library big = SyntheticDeck.of(real, size, seed);
        Path dir = Files.createTempDirectory("verideck-bench-index");
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir)) {
            CardIndex.write(big, d);
        }
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> queries = new ArrayList<>();
        List<Card> cards = real.cards();
        while (queries.size() < 2000) {
            String q = cards.get(rnd.nextInt(cards.size())).question().replaceAll("\\$[^$]*\\$", " ");
            if (q.split("[^A-Za-z]+").length >= 4) queries.add(QueryParser.escape(q));
        }
        try (CardIndex index = CardIndex.openDirectories(List.of(dir))) {
            for (int i = 0; i < 1000; i++) index.search(queries.get(i), 10);
            long[] nanos = new long[1000];
            for (int i = 0; i < 1000; i++) {
                long s = System.nanoTime();
                index.search(queries.get(1000 + i), 10);
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            System.out.printf("cards=%d docs=%d build=%d ms  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms%n",
                    size, index.size(), buildMs, nanos[499] / 1e6, nanos[899] / 1e6, nanos[989] / 1e6, nanos[999] / 1e6);
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
