package io.verideck.kb.index;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * What the two-pass search of long queries changes and costs, on an index that
 * {@code bench/search-latency.sh} built: for the bench's 1,000 timed queries, the first hit and the
 * top ten of the two passes against the plain disjunction (by document and by the real card a
 * generated card was made from, and whether the card the question came from is first), then the CPU
 * time of parsing, of each way of searching and of the whole {@code search} with snippets.
 * Usage: {@code bench/search-two-pass.sh INDEX_DIR [SEED]}.
 */
public final class TwoPassBench {
    private TwoPassBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Library real = ContentLoader.builtin();
        List<Card> cards = real.cards();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> queries = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (CardIndex small = CardIndex.open(new Library(List.of(), List.of()))) {
            // the same draw as SearchLatencyBench
            while (queries.size() < 2000) {
                Card c = cards.get(rnd.nextInt(cards.size()));
                String q = c.question().replaceAll("\\$[^$]*\\$", " ");
                if (q.split("[^A-Za-z]+").length < 4) continue;
                try {
                    small.search(QueryParser.escape(q), 1);
                } catch (QuerySyntaxException e) {
                    continue;
                }
                queries.add(QueryParser.escape(q));
                sources.add(c.id());
            }
        }
        try (CardIndex index = CardIndex.openDirectories(List.of(dir))) {
            compare(index, queries.subList(1000, 2000), sources.subList(1000, 2000));
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 2; round++) {
                long[] parse = new long[1000];
                long[] plain = new long[1000];
                long[] twoPass = new long[1000];
                long[] whole = new long[1000];
                for (int i = 0; i < 1000; i++) {
                    String q = queries.get(1000 + i);
                    long c0 = threads.getCurrentThreadCpuTime();
                    Query pq = index.parse(q);
                    long c1 = threads.getCurrentThreadCpuTime();
                    index.searcher().search(pq, 10);
                    long c2 = threads.getCurrentThreadCpuTime();
                    index.topDocs(pq, null, 10);
                    long c3 = threads.getCurrentThreadCpuTime();
                    index.search(q, 10);
                    long c4 = threads.getCurrentThreadCpuTime();
                    parse[i] = c1 - c0;
                    plain[i] = c2 - c1;
                    twoPass[i] = c3 - c2;
                    whole[i] = c4 - c3;
                }
                if (round == 1) {
                    Integer[] order = new Integer[1000];
                    for (int i = 0; i < 1000; i++) order[i] = i;
                    Arrays.sort(order, (a, b) -> Long.compare(whole[b], whole[a]));
                    for (int k = 0; k < 12; k++) {
                        int i = order[k];
                        System.out.printf("  slow: whole %.2f ms (parse %.2f, two passes %.2f, plain %.2f)  %s%n", whole[i] / 1e6,
                                parse[i] / 1e6, twoPass[i] / 1e6, plain[i] / 1e6, queries.get(1000 + i));
                    }
                }
                System.out.printf("round %d, CPU ms p50/p99: parse %s  plain disjunction %s  two passes %s  whole search with snippets %s%n",
                        round + 1, pct(parse), pct(plain), pct(twoPass), pct(whole));
            }
        }
    }

    private static void compare(CardIndex index, List<String> queries, List<String> sources) throws Exception {
        int sameFirst = 0;
        int sameFirstCard = 0;
        int sameTopCards = 0;
        int sourceFirstPlain = 0;
        int sourceFirstTwoPass = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query q = index.parse(queries.get(i));
            ScoreDoc[] plain = index.searcher().search(q, 10).scoreDocs;
            ScoreDoc[] two = index.topDocs(q, null, 10).scoreDocs;
            if (plain.length == 0 || two.length == 0) continue;
            if (plain[0].doc == two[0].doc) sameFirst++;
            if (card(index, plain[0].doc).equals(card(index, two[0].doc))) sameFirstCard++;
            if (cards(index, plain).equals(cards(index, two))) sameTopCards++;
            if (card(index, plain[0].doc).equals(sources.get(i))) sourceFirstPlain++;
            if (card(index, two[0].doc).equals(sources.get(i))) sourceFirstTwoPass++;
        }
        System.out.printf("%d queries: first hit the same document %d, made from the same card %d; top ten made from the same"
                + " cards %d; the card the question came from first: plain disjunction %d, two passes %d%n",
                queries.size(), sameFirst, sameFirstCard, sameTopCards, sourceFirstPlain, sourceFirstTwoPass);
    }

    /** The real card a generated card was made from (its id without the {@code -N} suffix). */
    private static String card(CardIndex index, int doc) throws IOException {
        return index.searcher().storedFields().document(doc).get(Fields.ID).replaceAll("-\\d+$", "");
    }

    private static Set<String> cards(CardIndex index, ScoreDoc[] docs) throws IOException {
        Set<String> out = new HashSet<>();
        for (ScoreDoc d : docs) out.add(card(index, d.doc));
        return out;
    }

    private static String pct(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("%.2f/%.2f", s[499] / 1e6, s[989] / 1e6);
    }
}
