package io.verideck.kb.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportResult;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.parse.DeckParser;
import io.verideck.kb.parse.ParsedDeck;
import io.verideck.kb.write.DeckWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anki text, our Markdown format and the printable files. */
class TextExportersTest {
    @Test
    void ankiTextExportReimports() throws Exception {
        List<Deck> decks = ApkgRoundTripTest.sampleDecks();
        String text = AnkiTextExporter.export(decks);
        assertTrue(text.startsWith("#separator:tab\n#html:true\n"));
        ImportResult back = Import.text(SourceText.of("anki.txt", text), null, null);
        assertEquals(SourceFormat.ANKI_TEXT, back.format());
        assertEquals(3, back.cardCount());
        assertEquals("Verideck::Activations", back.decks().get(0).name());
        assertTrue(back.decks().get(0).cards().get(1).answer().contains("$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$"));
    }

    @Test
    void markdownExportParsesWithTheDeckParser() throws Exception {
        Deck d = ApkgRoundTripTest.sampleDecks().get(0);
        String md = DeckWriter.write(d);
        ParsedDeck parsed = DeckParser.parse("activations.md", md);
        assertEquals(List.of(), parsed.problems().stream().filter(p -> p.isError()).toList());
        assertEquals(2, parsed.deck().cards().size());
        Card c = parsed.deck().cards().get(0);
        assertEquals(d.cards().get(0).id(), c.id());
        assertEquals(d.cards().get(0).answer(), c.answer());
        assertEquals(d.cards().get(0).origin(), c.origin());
    }

    @Test
    void printableFilesHaveEveryCardAndNoScript() throws Exception {
        Deck d = ApkgRoundTripTest.sampleDecks().get(0);
        String html = PrintableExporter.html(d);
        assertTrue(html.contains("What does ReLU compute?"));
        assertTrue(html.contains("\\[\\sigma(x) = \\frac{1}{1+e^{-x}}\\]"), html);
        assertFalse(html.contains("<script"));
        String md = PrintableExporter.markdown(d);
        assertTrue(md.contains("## 2. Sigmoid formula?"), md);
    }

    @Test
    void rawHtmlInCardsIsEscapedForAnki() {
        String html = AnkiHtml.of("Hi <img src=x onerror=alert(1)> and [x](javascript:alert(1)) and $a<b$");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("\\(a&lt;b\\)"), html);
    }
}
