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
 * runs it. Usage: {@code bench/search-latency.sh [CARDS] [SEED] [INDEX_DIR]}.
 */
public final class SearchLatencyBench {
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Library real = ContentLoader.builtin();
        Library big = SyntheticDeck.of(real, size, seed);
        // A third argument keeps the generated index in that directory and reuses it on later runs.
        boolean keep = args.length > 2;
        Path dir = keep ? Path.of(args[2]) : Files.createTempDirectory("verideck-bench-index");
        long t0 = System.nanoTime();
        if (!keep || !Files.exists(dir.resolve("segments_1")) && !hasSegments(dir)) {
            try (FSDirectory d = FSDirectory.open(dir)) {
                CardIndex.write(big, d);
            }
        }
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> queries = new ArrayList<>();
        List<Card> cards = real.cards();
        CardIndex small = CardIndex.open(new Library(List.of(), List.of()));
        while (queries.size() < 2000) {
            String q = cards.get(rnd.nextInt(cards.size())).question().replaceAll("\\$[^$]*\\$", " ");
            if (q.split("[^A-Za-z]+").length >= 4 && searchable(small, q)) queries.add(QueryParser.escape(q));
        }
        small.close();
        try (CardIndex index = CardIndex.openDirectories(List.of(dir))) {
            for (int i = 0; i < 1000; i++) index.search(queries.get(i), 10);
            long[] nanos = new long[1000];
            long[] cpu = new long[1000];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 1000; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                index.search(queries.get(1000 + i), 10);
                nanos[i] = System.nanoTime() - s;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("cards=%d docs=%d build=%d ms  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms"
                    + "  (CPU time of the searching thread, which a busy machine does not inflate: p50=%.2f ms p99=%.2f ms)%n",
                    size, index.size(), buildMs, nanos[499] / 1e6, nanos[899] / 1e6, nanos[989] / 1e6, nanos[999] / 1e6,
                    cpu[499] / 1e6, cpu[989] / 1e6);
        }
        if (!keep) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A question whose words are all stop words and question words is no search (the CLI says so). */
    private static boolean searchable(CardIndex small, String q) {
        try {
            small.search(QueryParser.escape(q), 1);
            return true;
        } catch (io.verideck.kb.index.QuerySyntaxException e) {
            return false;
        }
    }

    private static boolean hasSegments(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }
}
