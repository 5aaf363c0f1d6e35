package io.verideck.kb.index;

import io.verideck.kb.analysis.CourseAnalyzer;
import io.verideck.kb.analysis.TexNormalizer;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Search over cards and lecture sections. Thread-safe for searching; close it when done.
 */
public final class CardIndex implements AutoCloseable {
    /** Queries longer than this are refused with a one-line message. */
    public static final int MAX_QUERY_LENGTH = 1000;

    static final Map<String, Float> BOOSTS = Map.of(
            Fields.QUESTION, 4f, Fields.KEY_POINTS, 2f, Fields.ANSWER, 1f, Fields.TAGS, 0.5f);
    static final String[] SEARCH_FIELDS = {Fields.QUESTION, Fields.KEY_POINTS, Fields.TAGS, Fields.ANSWER};
    private static final Pattern TEX_LIKE = Pattern.compile("\\\\[A-Za-z]|\\$|[∇∂Σ∑∏σθλαβγδεϵημπρτφϕωξζ⊙∞𝔼]");
    private static final int SNIPPET_CHARS = 220;
    /** How many documents the selective words of a long query pick for scoring with the whole query. */
    private static final int CANDIDATES = 40;
    /** A clause matching more than this share of the documents is "common" for {@link #topDocs}. */
    private static final double COMMON_FRACTION = 0.005;
    /** A clause matching at most this many documents costs too little to leave out of the first pass. */
    private static final long MIN_COMMON_DF = 500;
    private static final Pattern UNESCAPED_SLASH = Pattern.compile("(?<!\\\\)/");
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}\\s'-]+");

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final List<Directory> directories;
    private final Analyzer queryAnalyzer = new CourseAnalyzer(CourseAnalyzer.Mode.QUERY);
    /** For a query made only of question words ("how does it work"): keeps them rather than find nothing. */
    private final Analyzer literalQueryAnalyzer = new CourseAnalyzer(CourseAnalyzer.Mode.QUERY, false);
    private final Analyzer indexAnalyzer = new CourseAnalyzer(CourseAnalyzer.Mode.INDEX);
    private final UnifiedHighlighter highlighter;
    /** Snippets already found, by document and highlighted terms (the documents never change). */
    private final SnippetCache snippetCache = SnippetCache.fromSystemProperty();
    /**
     * Stored documents already read, by doc id: a hit's fields are decompressed once, not for the
     * highlighter and again for the result (the site asks for the same few hundred cards all day).
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Document> stored;

    private CardIndex(IndexReader reader, List<Directory> directories) {
        this.reader = reader;
        this.directories = directories;
        this.searcher = new IndexSearcher(reader);
        this.stored = new java.util.concurrent.atomic.AtomicReferenceArray<>(Math.max(1, reader.maxDoc()));
        this.highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new Snippets())
                .withMaxLength(100_000)
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false) // term offsets straight from the postings: a weight per hit costs 1 ms
                .withBreakIterator(SentenceBreaks::new)
                .withScorer(new FewTermsPassageScorer())
                ) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = document(doc);
                    CharSequence[] values = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        String v = d.get(fields[i]);
                        values[i] = v == null ? "" : v;
                    }
                    out.add(values);
                }
                return out;
            }
        };
    }

    /** An in-memory index of a library (for tests, small user decks and the site). */
    public static CardIndex open(Library library) {
        try {
            Directory dir = new ByteBuffersDirectory();
            write(library, dir);
            return new CardIndex(DirectoryReader.open(dir), List.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens existing on-disk indexes (built-in and user) as one. */
    public static CardIndex openDirectories(List<Path> paths) throws IOException {
        List<Directory> dirs = new ArrayList<>();
        List<IndexReader> readers = new ArrayList<>();
        try {
            for (Path p : paths) {
                Directory d = FSDirectory.open(p);
                dirs.add(d);
                readers.add(DirectoryReader.open(d));
            }
        } catch (IOException e) {
            for (IndexReader r : readers) r.close();
            for (Directory d : dirs) d.close();
            throw e;
        }
        IndexReader r = readers.size() == 1 ? readers.get(0) : new MultiReader(readers.toArray(new IndexReader[0]), true);
        return new CardIndex(r, dirs);
    }

    /** Writes every card and lecture section of a library into {@code dir}, replacing what was there. */
    public static void write(Library library, Directory dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(new CourseAnalyzer(CourseAnalyzer.Mode.INDEX))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (Card c : library.cards()) {
                Lecture l = c.lecture() == null ? null : library.lecture(c.lecture().number()).orElse(null);
                w.addDocument(Documents.card(c, l, null));
            }
            for (Lecture l : library.lectures()) {
                for (Document d : Documents.lecture(l, null)) w.addDocument(d);
            }
            w.forceMerge(1);
        }
    }

    /** The searcher (for the latency benches in this package). */
    IndexSearcher searcher() {
        return searcher;
    }

    /** Number of indexed documents (cards plus lecture sections). */
    public int size() {
        return reader.numDocs();
    }

    /**
     * Searches cards and lecture sections. Classic query syntax (quotes, AND/OR/NOT, field:term) after
     * TeX normalisation; when nothing matches, the words are retried with typo tolerance.
     */
    public List<SearchHit> search(String query, int limit) throws QuerySyntaxException {
        return search(query, limit, null);
    }

    /** Like {@link #search(String, int)}, restricted to one kind ({@code card} or {@code section}). */
    public List<SearchHit> search(String query, int limit, String kind) throws QuerySyntaxException {
        Query q = parse(query);
        try {
            TopDocs top = topDocs(q, kind, Math.max(1, limit));
            if (top.scoreDocs.length == 0) {
                Query fuzzy = fuzzy(query);
                if (fuzzy != null) {
                    q = fuzzy;
                    top = searcher.search(filter(fuzzy, kind), Math.max(1, limit));
                }
            }
            return hits(q, top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many terms; make it more specific");
        }
    }

    /** Ids of the cards matching a query, best first (used by review filters). */
    public List<String> matchingCardIds(String query, int limit) throws QuerySyntaxException {
        List<String> ids = new ArrayList<>();
        for (SearchHit h : search(query, limit, Fields.KIND_CARD)) ids.add(h.id());
        return ids;
    }

    /** Cards that are about the same thing as the given card (not including it). */
    public List<SearchHit> related(String cardId, int limit) {
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, cardId)), 1);
            if (self.scoreDocs.length == 0) return List.of();
            Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(indexAnalyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            mlt.setFieldNames(new String[] {Fields.QUESTION, Fields.ANSWER, Fields.TAGS});
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new BoostQuery(mlt.like(Fields.QUESTION, new StringReader(doc.get(Fields.QUESTION))), 2f), BooleanClause.Occur.SHOULD);
            b.add(mlt.like(Fields.ANSWER, new StringReader(doc.get(Fields.ANSWER))), BooleanClause.Occur.SHOULD);
            String tags = doc.get(Fields.TAGS);
            if (tags != null && !tags.isBlank()) {
                b.add(mlt.like(Fields.TAGS, new StringReader(tags)), BooleanClause.Occur.SHOULD);
            }
            b.add(new TermQuery(new Term(Fields.ID, cardId)), BooleanClause.Occur.MUST_NOT);
            Query q = filter(b.build(), Fields.KIND_CARD);
            return hits(q, searcher.search(q, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filter(Query q, String kind) {
        if (kind == null) return q;
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .build();
    }

    Query parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) throw new QuerySyntaxException("empty query");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new QuerySyntaxException("query is " + query.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed");
        }
        String text = TEX_LIKE.matcher(query).find() ? TexNormalizer.normalize(query) : query;
        if (text.indexOf('/') >= 0) {
            // a slash means a regular expression to the parser; here it is a word break
            text = UNESCAPED_SLASH.matcher(text).replaceAll("\\\\/");
        }
        try {
            String plain = PlainQueries.unescape(text);
            Query q;
            if (plain != null) {
                q = plainQuery(plain, queryAnalyzer);
                if (q == null) q = plainQuery(plain, literalQueryAnalyzer);
            } else {
                q = parser(queryAnalyzer).parse(text);
                if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) q = parser(literalQueryAnalyzer).parse(text);
            }
            if (q == null || q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
                throw new QuerySyntaxException("the query has no searchable words (only stop words or symbols): '"
                        + abbreviate(query) + "'");
            }
            return withProximityBoost(PlainQueries.flatten(q), text);
        } catch (ParseException | RuntimeException e) {
            throw new QuerySyntaxException("bad query syntax: " + oneLine(e.getMessage())
                    + " (quote special characters, close every \" and ( )");
        }
    }

    /**
     * A query without operators, built straight from its analysed tokens: the text is analysed once
     * (the classic parser analyses it once per field) into the clauses the parser would make, one per
     * word or synonym group and field, each with the field's boost. Null when no word is left.
     */
    private Query plainQuery(String text, Analyzer analyzer) {
        Query one = new org.apache.lucene.util.QueryBuilder(analyzer).createBooleanQuery(SEARCH_FIELDS[0], text, BooleanClause.Occur.SHOULD);
        if (one == null) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : SEARCH_FIELDS) {
            Query inField = PlainQueries.inField(one, f);
            b.add(new BoostQuery(inField, BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Top hits of a query. A flat disjunction of many clauses (a pasted question) is run in two steps:
     * its selective clauses alone find the best {@link #CANDIDATES} documents, then the common clauses
     * add their scores to those (which makes each candidate's score the whole query's) and the best of
     * them are returned. Common words are then looked up for a few dozen documents instead of walked
     * over a large part of the index, where they cost most of the search and, having a low idf, rarely
     * change which documents come first. The hits can differ from the plain disjunction's only when a
     * document outside the candidates would climb above them on common words alone; on the generated
     * 100,000-card deck the first hit is still a copy of the same card for 96.5% of question queries,
     * and the card the question was taken from comes first more often than before (903 vs 883 of 1,000).
     * A clause of the question field is never common: leaving those out picked the wrong card's copies.
     */
    TopDocs topDocs(Query q, String kind, int limit) throws IOException {
        long commonDf = Math.max(MIN_COMMON_DF, (long) (COMMON_FRACTION * reader.maxDoc()));
        PlainQueries.Split split = PlainQueries.split(q, reader, commonDf, Fields.QUESTION);
        TopDocs top = split == null ? null : twoPass(split, kind, limit, CANDIDATES);
        return top != null ? top : searcher.search(filter(q, kind), limit);
    }

    /**
     * The two passes of {@link #topDocs}: null when the selective clauses find fewer than {@code limit}
     * documents (then the whole query must run: documents with only common words may belong in).
     */
    TopDocs twoPass(PlainQueries.Split split, String kind, int limit, int candidateCount) throws IOException {
        TopDocs candidates = searcher.search(filter(split.selective(), kind), Math.max(limit, candidateCount));
        if (candidates.scoreDocs.length < limit) return null;
        // the first pass scored the selective clauses; the common ones add theirs
        return new org.apache.lucene.search.QueryRescorer(split.common()) {
            @Override
            protected float combine(float selective, boolean matches, float common) {
                return matches ? selective + common : selective;
            }
        }.rescore(searcher, candidates, limit);
    }

    private static MultiFieldQueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
        p.setSplitOnWhitespace(false);
        p.setDefaultOperator(QueryParser.Operator.OR);
        return p;
    }

    /**
     * For plain multi-word queries, documents whose question (or answer) has the words close together
     * rank higher: "optimal discriminator" prefers the card that says exactly that.
     */
    private Query withProximityBoost(Query q, String text) throws ParseException {
        int words = text.strip().split("\\s+").length;
        // Short queries only: for a pasted sentence the term scores already reward closeness enough,
        // and a long sloppy phrase costs more than the rest of the search.
        if (!PLAIN_WORDS.matcher(text).matches() || words < 2 || words > 5) return q;
        QueryParser qp = new QueryParser(Fields.QUESTION, queryAnalyzer);
        qp.setSplitOnWhitespace(false);
        Query inQuestion = qp.parse("\"" + text.strip() + "\"~3");
        QueryParser ap = new QueryParser(Fields.ANSWER, queryAnalyzer);
        ap.setSplitOnWhitespace(false);
        Query inAnswer = ap.parse("\"" + text.strip() + "\"~3");
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new BoostQuery(inQuestion, 3f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(inAnswer, 1f), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query fuzzy(String query) {
        String text = TexNormalizer.normalize(query.replaceAll("[\"()*?~^:+!\\[\\]{}]", " ")
                .replaceAll("\\b(AND|OR|NOT)\\b", " "));
        List<String> terms = new ArrayList<>();
        try (var ts = indexAnalyzer.tokenStream(Fields.ANSWER, text)) {
            var attr = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < 16) {
                String t = attr.toString();
                if (!t.contains("-") && !t.contains("_") && !terms.contains(t)) terms.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            int edits = t.length() <= 3 ? 0 : t.length() <= 5 ? 1 : 2;
            for (String f : SEARCH_FIELDS) {
                Query q = edits == 0 ? new TermQuery(new Term(f, t)) : new FuzzyQuery(new Term(f, t), edits, 1);
                b.add(new BoostQuery(q, BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    private List<SearchHit> hits(Query q, TopDocs top) throws IOException {
        List<SearchHit> out = new ArrayList<>();
        if (top.scoreDocs.length == 0) return out;
        Query marks = highlightQuery(q);
        String[] snippets = marks == null ? new String[top.scoreDocs.length] : snippetCache.highlight(highlighter, Fields.ANSWER, marks, top);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = document(sd.doc);
            String marked = snippets[i] != null ? snippets[i] : Snippets.lead(d.get(Fields.ANSWER), SNIPPET_CHARS);
            if (marked.length() > SNIPPET_CHARS * 3 && !marked.contains("$")) marked = Snippets.lead(marked, SNIPPET_CHARS * 3);
            String tags = d.get(Fields.TAGS);
            String lecture = d.get(Fields.LECTURE);
            out.add(new SearchHit(d.get(Fields.KIND), d.get(Fields.ID), d.get(Fields.QUESTION),
                    Snippets.html(marked), Snippets.text(marked),
                    tags == null || tags.isBlank() ? List.of() : List.of(tags.split(" ")),
                    lecture == null ? null : Integer.valueOf(lecture), d.get(Fields.SECTION), sd.score));
        }
        return out;
    }

    /** A document's stored fields, read once per index (two threads may both read it: harmless). */
    private Document document(int doc) throws IOException {
        Document d = stored.get(doc);
        if (d == null) {
            d = searcher.storedFields().document(doc);
            stored.set(doc, d);
        }
        return d;
    }

    /**
     * The query the highlighter sees: the answer-field terms of the query, as plain term clauses. The
     * proximity boost and quoted phrases only re-rank, fuzzy and prefix queries are expanded to the
     * terms they matched, and negated words are left out; with nothing but terms the highlighter reads
     * offsets straight from the postings instead of re-analysing each hit's text into a memory index.
     */
    private Query highlightQuery(Query q) throws IOException {
        java.util.Set<Term> terms = new java.util.LinkedHashSet<>();
        if (answerTerms(q, terms)) {
            terms.clear();
            answerTerms(searcher.rewrite(q), terms); // fuzzy or prefix words: the terms they matched
        }
        if (terms.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) {
            if (terms.size() > IndexSearcher.getMaxClauseCount()) break;
            b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Collects the answer-field terms of a query; true when it has words that only a rewrite expands. */
    private static boolean answerTerms(Query q, java.util.Set<Term> terms) {
        boolean[] expands = {false};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Fields.ANSWER.equals(field);
            }

            @Override
            public void consumeTerms(Query query, Term... ts) {
                for (Term t : ts) if (Fields.ANSWER.equals(t.field())) terms.add(t);
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                expands[0] = true;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return expands[0];
    }

    /** The stored lecture title of a hit's lecture, when the index knows it. */
    public String lectureTitle(int lecture) {
        try {
            TopDocs t = searcher.search(new TermQuery(new Term(Fields.LECTURE, Integer.toString(lecture))), 1);
            if (t.scoreDocs.length == 0) return null;
            return searcher.storedFields().document(t.scoreDocs[0].doc).get(Fields.LECTURE_TITLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        if (s == null) return "unreadable query";
        String first = s.split("\\R", 2)[0];
        return abbreviate(first);
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    @Override
    public void close() throws IOException {
        reader.close();
        for (Directory d : directories) d.close();
    }
}
