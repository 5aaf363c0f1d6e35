package io.verideck.kb.bench;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.index.CardIndex;
import java.util.Arrays;
import java.util.List;

/**
 * In-process cost of the site's search-as-you-type queries ({@code bench/web-search.lua}'s rotating
 * set) on the built-in index, top 20 with snippets as {@code /api/search} asks: median and p99 CPU
 * time of the searching thread per query, after a warm-up. Usage: {@code bench/site-query.sh [ROUNDS]}.
 */
public final class SiteQueryBench {
    static final List<String> QUERIES = List.of("softmax", "gradient", "batch norm", "backprop", "kullback leibler", "sgd",
            "chain rule", "cross entropy", "normalization", "\\nabla", "mean squared error", "vanishing gradients", "lstm",
            "dropout", "convolution", "attention", "relu", "adam", "autoencoder", "jacobian", "softm", "gradi",
            "regularization weight decay", "\"log likelihood\"");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        // On disk and memory-mapped, as the site opens the built-in index.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("verideck-site-bench");
        try (var d = org.apache.lucene.store.FSDirectory.open(dir)) {
            CardIndex.write(ContentLoader.builtin(), d);
        }
        try (CardIndex index = CardIndex.openDirectories(List.of(dir))) {
            for (int r = 0; r < rounds; r++) for (String q : QUERIES) index.search(q, 20);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] cpu = new long[rounds * QUERIES.size()];
            long[] byQuery = new long[QUERIES.size()];
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < QUERIES.size(); k++) {
                    long c = threads.getCurrentThreadCpuTime();
                    index.search(QUERIES.get(k), 20);
                    cpu[i] = threads.getCurrentThreadCpuTime() - c;
                    byQuery[k] += cpu[i++];
                }
            }
            if (Boolean.getBoolean("verideck.benchByQuery")) {
                for (int k = 0; k < QUERIES.size(); k++) {
                    System.out.printf("  %-30s %.3f ms%n", QUERIES.get(k), byQuery[k] / 1e6 / rounds);
                }
            }
            Arrays.sort(cpu);
            System.out.printf("queries=%d docs=%d CPU per query: p50=%.3f ms mean=%.3f ms p99=%.3f ms%n", cpu.length, index.size(),
                    cpu[cpu.length / 2] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
        } finally {
            try (var s = java.nio.file.Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
