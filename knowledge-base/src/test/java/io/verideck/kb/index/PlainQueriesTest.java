package io.verideck.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.analysis.CourseAnalyzer;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import java.util.List;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast path for queries without operators gives what the classic parser and the full disjunction give. */
class PlainQueriesTest {
    static CardIndex index;
    static List<Card> cards;

    @BeforeAll
    static void open() {
        var library = ContentLoader.builtin();
        cards = library.cards();
        index = CardIndex.open(library);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "what is dropout | what is dropout",
        "softmax cross-entropy gradient | softmax cross-entropy gradient",
        "the 0\\-1 loss\\? | the 0-1 loss?",
        "input/output | input/output",
        "\"batch norm\" | NULL",
        "dropout AND relu | NULL",
        "dropout OR relu | NULL",
        "NOT relu | NULL",
        "-relu tanh | NULL",
        "+relu tanh | NULL",
        "f(x) | NULL",
        "question:relu | NULL",
        "relu* | NULL",
        "what is relu? | NULL",
        "adam~ | NULL",
        "ANDROID ORBIT NOTION | ANDROID ORBIT NOTION",
    })
    void plainTextIsRecognisedAndUnescaped(String query, String plain) {
        assertEquals(plain, PlainQueries.unescape(query));
    }

    /** Every card question, escaped: the direct query must rank and score as the classic parser's. */
    @Test
    void plainQueriesScoreAsTheClassicParser() throws Exception {
        MultiFieldQueryParser classic = new MultiFieldQueryParser(CardIndex.SEARCH_FIELDS,
                new CourseAnalyzer(CourseAnalyzer.Mode.QUERY), CardIndex.BOOSTS);
        classic.setSplitOnWhitespace(false);
        IndexSearcher searcher = index.searcher();
        int compared = 0;
        for (Card c : cards) {
            String q = QueryParser.escape(c.question().replaceAll("\\$[^$]*\\$", " ").replace('/', ' '));
            Query mine;
            try {
                mine = index.parse(q);
            } catch (QuerySyntaxException e) {
                continue; // only question words: the literal analyser's case, not compared here
            }
            Query theirs = classic.parse(q);
            if (theirs instanceof org.apache.lucene.search.BooleanQuery b && b.clauses().isEmpty()) continue;
            if (q.strip().split("\\s+").length <= 5) continue; // short ones get a proximity boost on top
            TopDocs a = searcher.search(mine, 10);
            TopDocs b = searcher.search(theirs, 10);
            assertEquals(b.scoreDocs.length, a.scoreDocs.length, q);
            for (int i = 0; i < a.scoreDocs.length; i++) {
                assertEquals(b.scoreDocs[i].score, a.scoreDocs[i].score, 1e-3f * b.scoreDocs[i].score, q + " hit " + i);
            }
            compared++;
        }
        assertTrue(compared > cards.size() / 2, "compared only " + compared + " of " + cards.size() + " questions");
    }

    /** Two passes: every hit carries the whole query's score, best first, and the first hit is the full disjunction's. */
    @Test
    void twoPassScoresAreTheWholeQuerysScores() throws Exception {
        IndexSearcher searcher = index.searcher();
        int split = 0;
        int sameFirst = 0;
        for (Card c : cards) {
            String q = QueryParser.escape(c.question().replaceAll("\\$[^$]*\\$", " "));
            Query whole;
            try {
                whole = index.parse(q);
            } catch (QuerySyntaxException e) {
                continue;
            }
            // thresholds for a small index, so that the built-in cards exercise the split
            PlainQueries.Split s = PlainQueries.split(whole, searcher.getIndexReader(), 15, Fields.QUESTION);
            if (s == null) continue;
            TopDocs top = index.twoPass(s, null, 10, 40);
            if (top == null) continue;
            split++;
            float previous = Float.POSITIVE_INFINITY;
            for (ScoreDoc d : top.scoreDocs) {
                float expected = searcher.explain(whole, d.doc).getValue().floatValue();
                assertEquals(expected, d.score, 1e-3f * expected, q);
                assertTrue(d.score <= previous, "not best first: " + q);
                previous = d.score;
            }
            TopDocs exact = searcher.search(whole, 1);
            if (exact.scoreDocs[0].doc == top.scoreDocs[0].doc) sameFirst++;
        }
        System.out.println("two-pass: " + split + " questions split, first hit as the full disjunction's for " + sameFirst);
        assertTrue(split >= 20, "too few questions were split to test anything: " + split);
        assertTrue(sameFirst >= split * 95 / 100, "first hit differs from the full disjunction for "
                + (split - sameFirst) + " of " + split);
    }

    @Test
    void flattenKeepsScoresAndMergesRepeatedWords() throws Exception {
        Query q = index.parse("loss vs cost vs objective function and loss");
        assertNotNull(q);
        assertNull(PlainQueries.unescape("a AND b"));
        var clauses = ((org.apache.lucene.search.BooleanQuery) q).clauses();
        long distinct = clauses.stream().map(c -> c.getQuery()).distinct().count();
        assertEquals(clauses.size(), distinct, "repeated words are one clause with the summed boost");
        assertTrue(q.toString().contains("(question:loss)^8.0"), q.toString());
    }
}
