package io.verideck.kb.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** {@code assertAnalyzesTo}-style tests of the index and query chains. */
class CourseAnalyzerTest {
    private static final Analyzer INDEX = new CourseAnalyzer(CourseAnalyzer.Mode.INDEX);
    private static final Analyzer QUERY = new CourseAnalyzer(CourseAnalyzer.Mode.QUERY);

    /** Terms in order; a term that shares the position of the previous one is written "=term". */
    static List<String> analyze(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("answer", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add((inc.getPositionIncrement() == 0 && !out.isEmpty() ? "=" : "") + term);
            ts.end();
        }
        return out;
    }

    static void assertAnalyzesTo(Analyzer a, String text, String... expected) throws IOException {
        assertEquals(List.of(expected), analyze(a, text), "analysis of: " + text);
    }

    @Test
    void stemmingAndStopWords() throws IOException {
        assertAnalyzesTo(INDEX, "The networks are training", "network", "train");
        assertAnalyzesTo(INDEX, "Bayes' rule", "bay", "rule");
    }

    @Test
    void queriesDropWordsThatOnlyAskButTheIndexKeepsThem() throws IOException {
        assertAnalyzesTo(new CourseAnalyzer(CourseAnalyzer.Mode.QUERY), "Why does momentum help?", "momentum", "help");
        assertAnalyzesTo(new CourseAnalyzer(CourseAnalyzer.Mode.QUERY, false), "Why does momentum help?", "why", "doe", "momentum", "help");
        assertAnalyzesTo(INDEX, "How does momentum help", "how", "doe", "momentum", "help");
    }

    @Test
    void compoundsAreSplitWhileTheWholeIsKept() throws IOException {
        List<String> t = analyze(INDEX, "softmax-cross-entropy loss");
        assertTrue(t.contains("softmax-cross-entropi") || t.contains("=softmax-cross-entropi"), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.endsWith("softmax")), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.endsWith("cross")), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.endsWith("entropi")), t.toString());
        assertTrue(t.contains("loss"), t.toString());
    }

    @Test
    void texCommandsBecomeWords() throws IOException {
        assertAnalyzesTo(INDEX, "$\\nabla_\\theta J$", "nabla", "theta", "j");
        assertEquals(analyze(INDEX, "\\mathcal{H}_{n}"), analyze(INDEX, "\\mathcal{H}_n"));
        assertEquals(analyze(QUERY, "\\mathcal{H}_{n}"), analyze(QUERY, "\\mathcal{H}_n"));
        assertTrue(analyze(QUERY, "\\mathcal{H}_n").contains("h_n"), analyze(QUERY, "\\mathcal{H}_n").toString());
        assertEquals(analyze(INDEX, "∇ f"), analyze(INDEX, "\\nabla f"));
    }

    @Test
    void texOffsetsPointIntoTheOriginalText() throws IOException {
        String text = "slope $\\nabla_\\theta$ here";
        try (TokenStream ts = INDEX.tokenStream("answer", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> spans = new ArrayList<>();
            while (ts.incrementToken()) spans.add(term + "=" + text.substring(off.startOffset(), off.endOffset()));
            ts.end();
            assertEquals(List.of("slope=slope", "nabla=nabla", "theta=theta", "here=here"), spans);
        }
    }

    @Test
    void synonymsExpandAtQueryTime() throws IOException {
        List<String> sgd = analyze(QUERY, "SGD");
        assertEquals(List.of("gradient", "descent"), sgd.subList(2, 4), sgd.toString());
        assertTrue(sgd.subList(0, 2).containsAll(List.of("sgd", "=stochast")) || sgd.subList(0, 2).containsAll(List.of("stochast", "=sgd")), sgd.toString());
        List<String> bp = analyze(QUERY, "backprop");
        assertTrue(bp.contains("=backpropag"), bp.toString());
        List<String> bn = analyze(QUERY, "BN");
        assertTrue(bn.contains("batchnorm") && bn.contains("=bn") && bn.contains("normal"), bn.toString());
        List<String> kl = analyze(QUERY, "KL");
        assertTrue(kl.contains("kullback") || kl.contains("=kullback"), kl.toString());
        List<String> nabla = analyze(QUERY, "\\nabla");
        assertTrue(nabla.contains("nabla") && nabla.contains("=gradient"), nabla.toString());
        List<String> relu = analyze(QUERY, "rectified linear unit");
        assertTrue(relu.contains("relu"), relu.toString());
        assertAnalyzesTo(INDEX, "SGD", "sgd");
    }

    @Test
    void giantTokensAreCut() throws IOException {
        List<String> t = analyze(INDEX, "x".repeat(10_000));
        assertTrue(t.stream().allMatch(s -> s.length() <= CourseAnalyzer.MAX_TOKEN), "no term longer than the limit");
    }
}
