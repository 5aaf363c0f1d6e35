package io.verideck.kb.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The query shapes of the fast path for queries without operators: recognising such a query, moving a
 * query built for one field to another, flattening nested disjunctions and splitting a long disjunction
 * into selective and common clauses. Every step keeps the scores of the query it starts from.
 */
final class PlainQueries {
    /** Characters that make a query more than words for the classic parser (unless escaped). */
    private static final String SYNTAX = "\"!():^[]{}~*?&|";

    /** Shorter queries are searched as they are. */
    static final int MIN_CLAUSES = 16;
    /** A split needs this many selective clauses left (a word counts once per field). */
    static final int MIN_SELECTIVE = 8;

    private PlainQueries() {
    }

    /**
     * The text a query of plain words stands for, backslash escapes resolved; null when it has any
     * operator (quotes, parentheses, a leading + or -, AND/OR/NOT, wildcards, field:term...), which the
     * classic parser must read.
     */
    static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 == n) return null;
                sb.append(text.charAt(++i));
                continue;
            }
            if (SYNTAX.indexOf(c) >= 0) return null;
            if ((c == '+' || c == '-') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) return null;
            if ((c == 'A' || c == 'O' || c == 'N') && operatorAt(text, i)) return null;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean operatorAt(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) return false;
        for (String op : new String[] {"AND", "OR", "NOT"}) {
            int end = i + op.length();
            if (text.startsWith(op, i) && (end == text.length() || Character.isWhitespace(text.charAt(end)))) return true;
        }
        return false;
    }

    /** The same query over another field (terms, synonym groups, disjunctions and conjunctions of them). */
    static Query inField(Query q, String field) {
        if (q instanceof TermQuery t) return new TermQuery(new Term(field, t.getTerm().bytes()));
        if (q instanceof BoostQuery b) return new BoostQuery(inField(b.getQuery(), field), b.getBoost());
        if (q instanceof SynonymQuery s) {
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            for (Term t : s.getTerms()) b.addTerm(new Term(field, t.bytes()));
            return b.build();
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) b.add(inField(c.getQuery(), field), c.getOccur());
            return b.build();
        }
        if (q instanceof org.apache.lucene.search.PhraseQuery p) {
            org.apache.lucene.search.PhraseQuery.Builder b = new org.apache.lucene.search.PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] ts = p.getTerms();
            int[] pos = p.getPositions();
            for (int i = 0; i < ts.length; i++) b.add(new Term(field, ts[i].bytes()), pos[i]);
            return b.build();
        }
        throw new IllegalArgumentException("no per-field form for " + q.getClass().getSimpleName());
    }

    /**
     * A disjunction of disjunctions as one flat disjunction of its leaves, a leaf that occurs several
     * times (a word repeated, a synonym path produced twice) once with the sum of its boosts. Scores are
     * unchanged (a disjunction adds up its clauses and a score is linear in its boost); the searcher
     * sees every clause at once, so it can skip documents on each clause's maximum score.
     */
    static Query flatten(Query q) {
        if (!pureDisjunction(q)) return q;
        Map<Query, Float> leaves = new LinkedHashMap<>();
        collect(q, 1f, leaves);
        if (leaves.size() > IndexSearcher.getMaxClauseCount()) return q;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<Query, Float> e : leaves.entrySet()) {
            Query leaf = e.getValue() == 1f ? e.getKey() : new BoostQuery(e.getKey(), e.getValue());
            b.add(leaf, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean pureDisjunction(Query q) {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) return false;
        for (BooleanClause c : b.clauses()) if (c.getOccur() != BooleanClause.Occur.SHOULD) return false;
        return true;
    }

    private static void collect(Query q, float boost, Map<Query, Float> out) {
        if (q instanceof BoostQuery b) {
            collect(b.getQuery(), boost * b.getBoost(), out);
        } else if (pureDisjunction(q)) {
            for (BooleanClause c : ((BooleanQuery) q).clauses()) collect(c.getQuery(), boost, out);
        } else {
            out.merge(q, boost, Float::sum);
        }
    }

    /** A flat disjunction as its selective clauses and its common ones. */
    record Split(Query selective, Query common) {
    }

    /**
     * Null unless the query is a flat disjunction of at least {@link #MIN_CLAUSES} clauses of which
     * at least {@link #MIN_SELECTIVE} are selective. A clause is common when it matches more than
     * {@code commonDf} documents, as far as document frequencies tell (a term's own, the sum over a synonym group, the rarest term of a conjunction or
     * phrase), unless it searches {@code keptField}.
     */
    static Split split(Query q, IndexReader reader, long commonDf, String keptField) throws IOException {
        if (!pureDisjunction(q) || ((BooleanQuery) q).clauses().size() < MIN_CLAUSES) return null;
        BooleanQuery.Builder selective = new BooleanQuery.Builder();
        BooleanQuery.Builder common = new BooleanQuery.Builder();
        int nSelective = 0;
        int nCommon = 0;
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            if (!searches(c.getQuery(), keptField) && documentFrequency(c.getQuery(), reader) > commonDf) {
                common.add(c.getQuery(), BooleanClause.Occur.SHOULD);
                nCommon++;
            } else {
                selective.add(c.getQuery(), BooleanClause.Occur.SHOULD);
                nSelective++;
            }
        }
        if (nSelective < MIN_SELECTIVE || nCommon == 0) return null;
        return new Split(selective.build(), common.build());
    }

    private static boolean searches(Query q, String field) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                found[0] |= f.equals(field);
                return false;
            }
        });
        return found[0];
    }

    /** About how many documents a clause matches (an upper bound for a conjunction or phrase). */
    private static long documentFrequency(Query q, IndexReader reader) throws IOException {
        if (q instanceof BoostQuery b) return documentFrequency(b.getQuery(), reader);
        if (q instanceof TermQuery t) return reader.docFreq(t.getTerm());
        if (q instanceof SynonymQuery s) {
            long sum = 0;
            for (Term t : s.getTerms()) sum += reader.docFreq(t);
            return sum;
        }
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()) {
            boolean conjunction = true;
            for (BooleanClause c : bq.clauses()) conjunction &= c.getOccur() == BooleanClause.Occur.MUST;
            long n = conjunction ? Long.MAX_VALUE : 0;
            for (BooleanClause c : bq.clauses()) {
                long df = documentFrequency(c.getQuery(), reader);
                n = conjunction ? Math.min(n, df) : n + df;
            }
            return n;
        }
        if (q instanceof org.apache.lucene.search.PhraseQuery p) {
            long n = Long.MAX_VALUE;
            for (Term t : p.getTerms()) n = Math.min(n, reader.docFreq(t));
            return n;
        }
        return 0; // anything else: counted as selective
    }
}
