package io.verideck.kb.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** The FST prebuilt at build time is the map parsed from synonyms.txt, and a stale one is refused. */
class PrebuiltSynonymsTest {
    @Test
    void theBuildPrebuiltTheMapOfTheCurrentList() throws IOException {
        SynonymMap prebuilt = PrebuiltSynonyms.load();
        assertNotNull(prebuilt, "synonyms.fst missing or made from another synonyms.txt (the build's process-classes step)");
        SynonymMap parsed = CourseAnalyzer.parseSynonyms();
        long crc = PrebuiltSynonyms.checksum(PrebuiltSynonyms.source());
        assertArrayEquals(PrebuiltSynonyms.serialize(parsed, crc), PrebuiltSynonyms.serialize(prebuilt, crc));
    }

    @Test
    void everyListedPhraseExpandsTheSameWithEitherMap() throws IOException {
        SynonymMap prebuilt = PrebuiltSynonyms.load();
        assertNotNull(prebuilt);
        SynonymMap parsed = CourseAnalyzer.parseSynonyms();
        List<String> phrases = new ArrayList<>();
        for (String line : new String(PrebuiltSynonyms.source(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            for (String side : line.split("=>")) {
                for (String p : side.split(",")) phrases.add(p.strip());
            }
        }
        assertTrue(phrases.size() > 100, "phrases read: " + phrases.size());
        int expanded = 0;
        for (String p : phrases) {
            String text = "the " + p + " of a network";
            List<String> a = expand(parsed, text);
            assertEquals(a, expand(prebuilt, text), text);
            if (a.size() > expand(null, text).size()) expanded++;
        }
        assertTrue(expanded > phrases.size() / 2, "only " + expanded + " of " + phrases.size() + " phrases expanded");
        assertTrue(expand(prebuilt, "sgd").contains("stochastic/1/1"), expand(prebuilt, "sgd").toString());
    }

    @Test
    void aFileMadeFromAnotherListIsRefused() throws IOException {
        SynonymMap parsed = CourseAnalyzer.parseSynonyms();
        byte[] bytes = PrebuiltSynonyms.serialize(parsed, 42L);
        assertNull(PrebuiltSynonyms.deserialize(bytes, 43L));
        assertNotNull(PrebuiltSynonyms.deserialize(bytes, 42L));
        bytes[0] ^= 1;
        assertNull(PrebuiltSynonyms.deserialize(bytes, 42L), "wrong magic");
    }

    /** Terms with position increment and length, through the query chain's tokenizer and the given map. */
    private static List<String> expand(SynonymMap map, String text) throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new CourseTokenizer(false, CourseAnalyzer.MAX_TOKEN);
                TokenStream ts = new LowerCaseFilter(t);
                if (map != null) ts = new SynonymGraphFilter(ts, map, true);
                return new TokenStreamComponents(t, ts);
            }
        };
        List<String> out = new ArrayList<>();
        try (a; TokenStream ts = a.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "/" + inc.getPositionIncrement() + "/" + len.getPositionLength());
            ts.end();
        }
        return out;
    }
}
