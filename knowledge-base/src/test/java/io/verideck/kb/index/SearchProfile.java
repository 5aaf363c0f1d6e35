package io.verideck.kb.index;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/** Temporary: where the time of a search goes, per phase, and the slowest queries. */
public final class SearchProfile {
    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[1]);
        Library real = ContentLoader.builtin();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> queries = new ArrayList<>();
        List<Card> cards = real.cards();
        CardIndex small = CardIndex.open(new Library(List.of(), List.of()));
        while (queries.size() < 2000) {
            SOURCE_I[0] = rnd.nextInt(cards.size());
            String q = cards.get(SOURCE_I[0]).question().replaceAll("\\$[^$]*\\$", " ");
            if (q.split("[^A-Za-z]+").length >= 4) {
                try { small.search(QueryParser.escape(q), 1); queries.add(QueryParser.escape(q)); SOURCES.put(QueryParser.escape(q), cards.get(SOURCE_I[0]).id()); } catch (QuerySyntaxException e) { }
            }
        }
        try (CardIndex builtin = CardIndex.open(real)) {
            quality("builtin", builtin, queries);
        }
        try (CardIndex index = CardIndex.openDirectories(List.of(Path.of(args[0])))) {
            quality("100k", index, queries);
            var th = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 3; round++) {
                long[] parse = new long[1000], search = new long[1000], total = new long[1000];
                long[][] byQ = new long[1000][];
                for (int i = 0; i < 1000; i++) {
                    String q = queries.get(1000 + i);
                    long c0 = th.getCurrentThreadCpuTime();
                    Query pq = index.parse(q);
                    long c1 = th.getCurrentThreadCpuTime();
                    READER = index.searcher().getIndexReader();
                    pq = transform(pq, MODE);
                    if (MODE.equals("split")) index.topDocs(pq, null, 10); else index.searcher().search(pq, 10);
                    long c2 = th.getCurrentThreadCpuTime();
                    index.search(q, 10);
                    long c3 = th.getCurrentThreadCpuTime();
                    parse[i] = c1 - c0; search[i] = c2 - c1; total[i] = c3 - c2;
                    byQ[i] = new long[] {total[i], i};
                }
                if (round < 2) continue;

                System.out.printf("parse p50 %.2f p99 %.2f | search p50 %.2f p99 %.2f | total p50 %.2f p99 %.2f | sum parse %.0f search %.0f total %.0f ms%n",
                        p(parse, 499), p(parse, 989), p(search, 499), p(search, 989), p(total, 499), p(total, 989),
                        Arrays.stream(parse).sum() / 1e6, Arrays.stream(search).sum() / 1e6, Arrays.stream(total).sum() / 1e6);
                Arrays.sort(byQ, (a, b) -> Long.compare(b[0], a[0]));
                for (int k = 0; k < 15; k++) {
                    int i = (int) byQ[k][1];
                    System.out.printf("%6.2f ms  parse %.2f search %.2f  %s%n", byQ[k][0] / 1e6, parse[i] / 1e6, search[i] / 1e6, queries.get(1000 + i));
                }
            }
        }
    }

    static void quality(String name, CardIndex index, List<String> queries) throws Exception {
        int sameCard = 0, sameCards = 0, srcExact = 0, srcApprox = 0;
        int same1 = 0, sameSet = 0, overlap = 0, n = 0, sameScore1 = 0;
        for (String q : queries.subList(1000, 2000)) {
            Query pq = index.parse(q);
            var exact = index.searcher().search(pq, 10).scoreDocs;
            var approx = index.topDocs(pq, null, 10).scoreDocs;
            n++;
            if (exact.length > 0 && approx.length > 0 && exact[0].doc == approx[0].doc) same1++;
            if (exact.length > 0 && approx.length > 0 && base(index, exact[0].doc).equals(base(index, approx[0].doc))) sameCard++;
            var ec = new java.util.HashSet<String>(); for (var d : exact) ec.add(base(index, d.doc));
            var ac = new java.util.HashSet<String>(); for (var d : approx) ac.add(base(index, d.doc));
            if (ec.equals(ac)) sameCards++;
            String src = SOURCES.get(q);
            if (exact.length > 0 && base(index, exact[0].doc).equals(src)) srcExact++;
            if (approx.length > 0 && base(index, approx[0].doc).equals(src)) srcApprox++;
            if (exact.length > 0 && approx.length > 0 && Math.abs(exact[0].score - approx[0].score) < 1e-3) sameScore1++;
            var a = new java.util.HashSet<Integer>();
            for (var d : approx) a.add(d.doc);
            int o = 0;
            for (var d : exact) if (a.contains(d.doc)) o++;
            overlap += o;
            if (o == exact.length && exact.length == approx.length) sameSet++;
        }
        System.out.printf("%s: top1 card same %d, top10 card set same %d; top1 is the source card: exact %d approx %d%n", name, sameCard, sameCards, srcExact, srcApprox);
        System.out.printf("%s: top1 same %d/%d, top1 score same %d, top10 set same %d, mean overlap %.2f%n", name, same1, n, sameScore1, sameSet, overlap / (double) n);
    }

    static final int[] SOURCE_I = new int[1];
    static final java.util.Map<String, String> SOURCES = new java.util.HashMap<>();

    static String base(CardIndex index, int doc) throws java.io.IOException {
        return index.searcher().storedFields().document(doc).get("id").replaceAll("-\\d+$", "");
    }

    static org.apache.lucene.index.IndexReader READER;
    static final double FRAC = Double.parseDouble(System.getProperty("frac", "0.1"));
    static final String MODE = System.getProperty("mode", "");

    static Query transform(Query q, String mode) {
        if (mode.isEmpty()) return q;
        java.util.LinkedHashMap<Query, Float> flat = new java.util.LinkedHashMap<>();
        if (!(q instanceof org.apache.lucene.search.BooleanQuery)) return q;
        flatten(q, 1f, flat, mode);
        var b = new org.apache.lucene.search.BooleanQuery.Builder();
        for (var e : flat.entrySet()) b.add(e.getValue() == 1f ? e.getKey() : new org.apache.lucene.search.BoostQuery(e.getKey(), e.getValue()),
                org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        return b.build();
    }

    static void flatten(Query q, float boost, java.util.Map<Query, Float> out, String mode) {
        if (q instanceof org.apache.lucene.search.BoostQuery bq) { flatten(bq.getQuery(), boost * bq.getBoost(), out, mode); return; }
        if (q instanceof org.apache.lucene.search.BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
                && b.clauses().stream().allMatch(c -> c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.SHOULD)) {
            for (var c : b.clauses()) flatten(c.getQuery(), boost, out, mode);
            return;
        }
        if (mode.contains("noans") && q.toString().contains("answer:")) return;
        if (mode.contains("dropcommon") && q instanceof org.apache.lucene.search.TermQuery tq) {
            try {
                if (READER.docFreq(tq.getTerm()) > READER.maxDoc() * FRAC) return;
            } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        }
        if (mode.contains("noconj") && q instanceof org.apache.lucene.search.BooleanQuery) return;
        if (mode.contains("dedupe")) out.merge(q, boost, Float::sum); else out.merge(q, boost, (a, c) -> a);
    }

    private static double p(long[] a, int k) {
        long[] b = a.clone();
        Arrays.sort(b);
        return b[k] / 1e6;
    }
}
