package io.verideck.kb.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The three real source documents in ../shared/sources: exact counts and spot checks. */
class CorpusTest {
    static Path source(String name) {
        String shared = System.getProperty("verideck.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "sources")),
                "SKIPPED: ../shared/sources not found (system property verideck.shared=" + shared
                        + "); the corpus tests need the shared source documents");
        Path p = Path.of(shared, "sources", name);
        Assumptions.assumeTrue(Files.isRegularFile(p), "SKIPPED: " + p + " is missing");
        return p;
    }

    static List<Card> cards(ImportResult r) {
        return r.decks().stream().flatMap(d -> d.cards().stream()).toList();
    }

    @Test
    void handbookHas94QuestionsIn7Sections() throws Exception {
        ImportResult r = Import.file(source("000_cf25d45792b910fd.txt"), null, null);
        assertEquals(SourceFormat.HANDBOOK, r.format());
        List<Card> cards = cards(r);
        assertEquals(94, cards.size());
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (Card c : cards) sections.merge(c.tags().get(0), 1, Integer::sum);
        assertEquals(List.of(25, 5, 20, 24, 12, 4, 4), List.copyOf(sections.values()), sections.toString());
        assertEquals(7, sections.size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.where().line() == 786), r.warnings().toString());
    }

    @Test
    void handbookNormalEquationIsCleanTex() throws Exception {
        ImportResult r = Import.file(source("000_cf25d45792b910fd.txt"), null, null);
        Card c = cards(r).stream().filter(x -> x.question().startsWith("Derive the normal equation")).findFirst().orElseThrow();
        String a = c.answer();
        assertTrue(a.contains("$\\theta=(\\mathbf{X}^T\\mathbf{X})^{-1}\\mathbf{X}^T\\mathbf{y}$"), a);
        assertFalse(a.contains("XTX)1XTy"), "the lossy rendering must be dropped:\n" + a);
        assertFalse(a.contains("\\$"), "stray escaped dollar left:\n" + a);
        assertTrue(a.contains("$J(\\theta)=\\frac{1}{2}\\sum_{i=1}^n(h_\\theta(x^{(i)})-y^{(i)})^2$"), a);
        assertEquals(0, countUnescaped(a, '$') % 2, "unbalanced $ in\n" + a);
        assertFalse(a.contains("12i=1n"), a);
    }

    @Test
    void handbookNumbersAndSymbolsAreDeDoubled() throws Exception {
        ImportResult r = Import.file(source("000_cf25d45792b910fd.txt"), null, null);
        List<Card> cards = cards(r);
        assertEquals("Can you state Tom Mitchell\u2019s definition of learning and discuss $T$, $P$ and $E$?",
                cards.get(0).question());
        String all = String.join("\n", cards.stream().map(Card::answer).toList());
        assertTrue(all.contains("is 10 or sometimes 5"), "k-fold numbers");
        assertFalse(all.contains("1010"), "doubled 10 left");
        assertTrue(all.contains("20/10"), "doubled fraction");
        assertFalse(all.contains("20/1020"), "doubled fraction left");
        assertTrue(all.contains("```"), "code fenced");
        assertFalse(all.contains("(click the triangle"), "marker left in an answer");
        assertFalse(all.contains("References and Resources"), "footer imported");
        for (Card c : cards) assertEquals(0, countUnescaped(c.answer(), '$') % 2, "unbalanced $ in " + c.location());
    }

    @Test
    void flashcardsHave79CardsAndCard4IsFlaggedEmpty() throws Exception {
        ImportResult r = Import.file(source("001_e3cd87cb856aa9ac.txt"), null, null);
        assertEquals(SourceFormat.FLASHCARDS, r.format());
        List<Card> cards = cards(r);
        assertEquals(79, cards.size());
        Card four = cards.get(3);
        assertEquals("What does the relu activation function look like?", four.question());
        assertTrue(four.draft());
        assertEquals(Import.NO_ANSWER, four.answer());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("card 4: empty answer")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("card 60: answer looks cut off")));
        String all = String.join("\n", cards.stream().map(c -> c.question() + "\n" + c.answer()).toList());
        assertFalse(all.contains("How well did you know this?"));
        assertFalse(all.contains("Not at all"));
        assertFalse(all.contains("Perfectly"));
        assertTrue(cards.get(24).question().startsWith("How does attention work"), cards.get(24).question());
        assertFalse(cards.get(0).draft(), "a complete card is not a draft");
    }

    @Test
    void slidesHave13LecturesWithSectionsAndDraftCards() throws Exception {
        ImportResult r = Import.file(source("003_073132b22604ecba.txt"), null, null);
        assertEquals(SourceFormat.SLIDES, r.format());
        assertEquals(13, r.lectures().size());
        List<String> titles = r.lectures().stream().map(Lecture::title).toList();
        assertEquals("Introduction", titles.get(0));
        assertEquals("Recap: Math", titles.get(1));
        assertEquals("Deep Generative Models", titles.get(12));
        for (Lecture l : r.lectures()) assertFalse(l.sections().isEmpty(), "lecture " + l.number() + " has no sections");
        long withAgenda = r.lectures().stream().filter(l -> l.sections().size() >= 2).count();
        assertTrue(withAgenda >= 10, "agenda slides should split most lectures into sections: "
                + r.lectures().stream().map(l -> l.number() + ":" + l.sections().size()).toList());
        Lecture ffn = r.lectures().get(4);
        assertTrue(ffn.sections().stream().anyMatch(s -> s.title().equals("Output Units")), ffn.sections().toString());
        List<Card> cards = cards(r);
        assertTrue(cards.size() > 200, "cards " + cards.size());
        assertTrue(cards.stream().allMatch(Card::draft));
        long backprop = cards.stream().filter(c -> c.question().contains("Backpropagation: A Simple Example")).count();
        assertTrue(backprop <= 2, "build slides merged: " + backprop);
        assertEquals(13, r.decks().stream().map(Deck::name).distinct().count());
        String notes = String.join("\n", r.lectures().stream().flatMap(l -> l.sections().stream()).map(s -> s.body()).toList());
        assertTrue(notes.contains("| --- |"), "tables kept");
    }

    @Test
    void importedCorpusPassesTheValidator(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String f : List.of("000_cf25d45792b910fd.txt", "001_e3cd87cb856aa9ac.txt", "003_073132b22604ecba.txt")) {
            io.verideck.kb.write.ImportWriter.plan(Import.file(source(f), null, null), dir).files().commit();
        }
        var load = io.verideck.kb.content.ContentLoader.directory(dir);
        var errors = load.problems().stream().filter(p -> p.isError()).toList();
        assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), "errors: " + errors.size());
        assertEquals(13, load.library().lectures().size());
        assertTrue(load.library().cards().size() > 94 + 79 + 200);
    }

    static int countUnescaped(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c && (i == 0 || s.charAt(i - 1) != '\\')) n++;
        return n;
    }
}
