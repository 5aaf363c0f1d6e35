package io.verideck.kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in content: valid, complete coverage of the topic list, every lecture present. */
class BuiltinContentTest {
    @Test
    void builtInContentHasNoErrorsAndNoWarnings() {
        List<Problem> problems = ContentLoader.builtinResult().problems();
        assertEquals("", problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everyLectureHasItsPage() {
        Library lib = ContentLoader.builtin();
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= 13; n++) if (lib.lecture(n).isEmpty()) missing.add(n);
        assertEquals(List.of(), missing, "lectures without notes");
    }

    @Test
    void everyHandbookQuestionAndFlashcardIsCovered() {
        Set<String> covered = new TreeSet<>();
        for (Card c : ContentLoader.builtin().cards()) covered.addAll(c.covers());
        Set<String> missing = new TreeSet<>();
        for (String id : Vocabulary.builtin().topics().keySet()) {
            if ((id.startsWith("000-") || id.startsWith("001-")) && !covered.contains(id)) missing.add(id);
        }
        assertEquals(Set.of(), missing, "topic ids no card covers");
    }

    @Test
    void everyBuiltInCardHasKeyPointsAndKnownClaims() {
        Vocabulary v = Vocabulary.builtin();
        List<String> bad = new ArrayList<>();
        for (Card c : ContentLoader.builtin().cards()) {
            if (c.keyPoints().size() < 2 || c.keyPoints().size() > 5) bad.add(c.id() + ": " + c.keyPoints().size() + " key points");
            for (String claim : c.claims()) if (v.claimSlug(claim).isEmpty()) bad.add(c.id() + ": unknown claim " + claim);
        }
        assertEquals(List.of(), bad);
        assertTrue(ContentLoader.builtin().cards().size() >= 250, "the built-in deck has " + ContentLoader.builtin().cards().size() + " cards");
    }
}
