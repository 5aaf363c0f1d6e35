package io.verideck.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaticAnalysisTest {
    @Test
    void documentTermsAreTheServersStemsAndTheDictionaryMapsTheSurfaceWords() {
        StaticAnalysis a = new StaticAnalysis();
        List<String> terms = a.terms("Batch normalization standardizes the features");
        assertTrue(terms.contains("normal"), terms.toString());
        assertTrue(terms.contains("standard"), terms.toString());
        assertFalse(terms.contains("the"), "stop words are not indexed: " + terms);
        var words = a.dictionary();
        assertEquals("normal", words.get("normalization"));
        assertEquals("", words.get("the"), "a stop word maps to nothing");
        assertFalse(words.containsKey("batch"), "a word that is its own term is left out");
        assertEquals("standard", a.word("Standardizing"));
    }

    @Test
    void synonymRulesCarryAnalyzedPhrases() {
        var rules = new StaticAnalysis().synonymRules();
        var kl = rules.stream().filter(r -> r.match().contains(List.of("kl"))).findFirst().orElseThrow();
        assertTrue(kl.expand().stream().anyMatch(p -> p.size() == 2 && p.get(0).startsWith("rel") && p.get(1).startsWith("entrop")),
                kl.expand().toString());
        var bn = rules.stream().filter(r -> r.match().contains(List.of("bn"))).findFirst().orElseThrow();
        assertTrue(bn.match().contains(List.of("batch", "normal")), bn.match().toString());
        assertTrue(bn.match().contains(List.of("batch", "normalis")), bn.match().toString());
    }
}
