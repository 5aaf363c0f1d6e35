package io.verideck.kb.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Card;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckParserTest {
    static String fixture(String path) throws IOException {
        try (InputStream in = DeckParserTest.class.getResourceAsStream("/fixtures/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String HEAD = "---\ndeck: T\n---\n\n";

    static List<String> problems(String text) {
        return DeckParser.parse("t.md", text).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryFieldOfTheFixture() throws IOException {
        ParsedDeck pd = DeckParser.parse("decks/sample.md", fixture("decks/sample.md"));
        assertEquals(List.of(), pd.problems());
        assertEquals("Sample deck for tests", pd.deck().name());
        assertEquals(4, pd.deck().cards().size());
        Card c = pd.deck().cards().get(0);
        assertEquals("sample-softmax", c.id());
        assertEquals("What does the softmax function compute, and why may we subtract the largest logit?", c.question());
        assertEquals(List.of("foundations", "activations", "numerics"), c.tags());
        assertEquals(6, c.lecture().number());
        assertEquals("softmax", c.lecture().anchor());
        assertEquals(List.of("001-C05"), c.covers());
        assertEquals(List.of("D6", "D7"), c.claims(), "slugs are mapped to canonical claim ids");
        assertEquals(4, c.keyPoints().size());
        assertEquals("exp(z) / sum(exp(z))", c.formula());
        assertEquals("z vector[4]", c.variables());
        assertTrue(c.answer().startsWith("Softmax maps scores"));
        assertTrue(c.answer().endsWith("avoids overflow."));
        assertEquals(10, c.location().line());
        assertEquals(List.of("Z-11"), pd.deck().cards().get(2).refutes());
        assertEquals("A small deck that exercises every field.", pd.deck().intro());
    }

    @Test
    void missingIdIsAnErrorWithItsLine() {
        assertEquals(List.of("t.md:5: error: card has no id field (add 'id: some-stable-id' under the question)"),
                problems(HEAD + "## Q?\ntags: losses\n\nAnswer.\n"));
    }

    @Test
    void emptyQuestionAndAnswer() {
        List<String> p = problems(HEAD + "## \nid: abc\n\n## Next?\nid: def\n\nAn answer.\n");
        assertTrue(p.contains("t.md:5: error: card has an empty question"), p.toString());
        assertTrue(p.contains("t.md:5: error: card 'abc' has an empty answer"), p.toString());
    }

    @Test
    void unknownRepeatedAndMalformedFields() {
        List<String> p = problems(HEAD + "## Q?\nid: abc\nkeypoints: a; b\nid: abd\nTags- x\n\nA.\n");
        assertTrue(p.get(0).startsWith("t.md:7: error: unknown field 'keypoints' (expected one of: id, tags"), p.toString());
        assertEquals("t.md:8: error: field 'id' repeated (first at line 6)", p.get(1));
        assertTrue(p.get(2).startsWith("t.md:9: error: malformed field 'Tags- x'"), p.toString());
    }

    @Test
    void unbalancedDollarPointsAtTheOpeningLine() {
        List<String> p = problems(HEAD + "## Q?\nid: abc\n\nFirst line.\nSecond $x + y line.\n");
        assertEquals(List.of("t.md:9: error: unbalanced $ in answer (a $...$ is not closed; write \\$ for a literal dollar)"), p);
        assertEquals(List.of(), problems(HEAD + "## Q?\nid: abc\n\nCosts \\$5 and $x$.\n"));
        List<String> d = problems(HEAD + "## Q?\nid: abc\n\n$$\nx^2\n");
        assertTrue(d.get(0).contains("unbalanced $$"), d.toString());
    }

    @Test
    void unknownVocabularyIsReported() {
        List<String> p = problems(HEAD + "## Q?\nid: abc\ncovers: 000-Q99\nclaims: Q77\nrefutes: Z-999\n\nA.\n");
        assertEquals(List.of("t.md:7: error: unknown topic id '000-Q99' in covers",
                "t.md:8: error: unknown claim 'Q77' in claims",
                "t.md:9: error: unknown mistake id 'Z-999' in refutes"), p);
    }

    @Test
    void keyPointsMustBeTwoToFive() {
        assertEquals(List.of("t.md:7: error: key points must be 2 to 5 phrases separated by ';', found 1"),
                problems(HEAD + "## Q?\nid: abc\nkey points: only one\n\nA.\n"));
        assertEquals(List.of("t.md:7: error: key points must be 2 to 5 phrases separated by ';', found 6"),
                problems(HEAD + "## Q?\nid: abc\nkey points: a;b;c;d;e;f\n\nA.\n"));
    }

    @Test
    void formulaNeedsVariablesAndLectureMustParse() {
        assertEquals(List.of("t.md:7: error: formula needs a variables field"),
                problems(HEAD + "## Q?\nid: abc\nformula: x^2\n\nA.\n"));
        assertEquals(List.of("t.md:7: error: lecture must be N or N#section-anchor, got 'seven'"),
                problems(HEAD + "## Q?\nid: abc\nlecture: seven\n\nA.\n"));
    }

    @Test
    void malformedIdAndTag() {
        List<String> p = problems(HEAD + "## Q?\nid: Bad Id\ntags: Not_A_Tag\n\nA.\n");
        assertTrue(p.get(0).startsWith("t.md:6: error: malformed id 'Bad Id'"), p.toString());
        assertTrue(p.get(1).startsWith("t.md:7: error: malformed tag 'Not_A_Tag'"), p.toString());
        assertEquals(List.of("t.md:7: warning: tag 'not-in-taxonomy' is not in content/tags.tsv"),
                problems(HEAD + "## Q?\nid: abc\ntags: not-in-taxonomy\n\nA.\n"));
    }

    @Test
    void frontMatterProblems() {
        assertEquals(List.of("t.md:1: error: deck has no front matter (expected '---', 'deck: NAME', '---')"),
                problems("## Q?\nid: abc\n\nA.\n"));
        assertEquals(List.of("t.md:1: error: front matter has no 'deck' key"),
                problems("---\ntitle: x\n---\n## Q?\nid: abc\n\nA.\n"));
        assertEquals(List.of("t.md:1: error: front matter is not closed (expected a line '---')"),
                problems("---\ndeck: x\n## Q?\nid: abc\n\nA.\n"));
    }

    @Test
    void headingsInsideCodeAndDisplayMathAreNotCards() {
        ParsedDeck pd = DeckParser.parse("t.md", HEAD + "## Q?\nid: abc\n\n```\n## not a card\n```\n\n$$\n## x\n$$\n");
        assertEquals(List.of(), pd.problems());
        assertEquals(1, pd.deck().cards().size());
    }

    @Test
    void crlfAndBomAreAccepted() {
        ParsedDeck pd = DeckParser.parse("t.md", "\uFEFF---\r\ndeck: T\r\n---\r\n\r\n## Q?\r\nid: abc\r\n\r\nA.\r\n");
        assertEquals(List.of(), pd.problems());
        assertEquals("A.", pd.deck().cards().get(0).answer());
        assertEquals(5, pd.deck().cards().get(0).location().line());
    }

    @Test
    void flowAndBlockListsInFrontMatter() {
        ParsedDeck a = DeckParser.parse("t.md", "---\ndeck: T\ntags: [losses, cnn]\n---\n## Q?\nid: abc\n\nA.\n");
        assertEquals(List.of("losses", "cnn"), a.deck().tags());
        ParsedDeck b = DeckParser.parse("t.md", "---\ndeck: T\ntags:\n  - losses\n  - cnn\n---\n## Q?\nid: abc\n\nA.\n");
        assertEquals(List.of("losses", "cnn"), b.deck().tags());
        assertFalse(b.deck().cards().isEmpty());
        assertNull(b.deck().cards().get(0).formula());
    }
}
