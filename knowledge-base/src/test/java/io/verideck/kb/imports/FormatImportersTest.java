package io.verideck.kb.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each text format on a small hand-made example: detection by content and the cards it yields. */
class FormatImportersTest {
    static ImportResult run(String file, String text) throws ImportException {
        return Import.text(SourceText.of(file, text), null, null);
    }

    static List<Card> cards(ImportResult r) {
        return r.decks().stream().flatMap(d -> d.cards().stream()).toList();
    }

    @Test
    void markdownHeadingsWithTexKept() throws Exception {
        ImportResult r = run("notes.txt", "# Losses\n\n## What is MSE?\n\nThe mean of $(y-\\hat y)^2$.\n\n"
                + "## What is cross-entropy?\n\n$$-\\sum_k y_k \\log p_k$$\n\n# Other\n\n## Why ReLU?\n\nCheap.\n");
        assertEquals(SourceFormat.MARKDOWN, r.format());
        List<Card> c = cards(r);
        assertEquals(3, c.size());
        assertEquals("What is MSE?", c.get(0).question());
        assertEquals("The mean of $(y-\\hat y)^2$.", c.get(0).answer());
        assertEquals(List.of("losses"), c.get(0).tags());
        assertEquals(List.of("other"), c.get(2).tags());
        assertEquals(3, c.get(0).location().line());
    }

    @Test
    void markdownQaBlocksAndBoldQuestions() throws Exception {
        List<Card> qa = cards(run("qa.md", "Q: What is a tensor?\nA: A multi-dimensional array.\n\nQ: Rank of a matrix?\nA: Number of independent rows.\n"));
        assertEquals(2, qa.size());
        assertEquals("A multi-dimensional array.", qa.get(0).answer());
        List<Card> bold = cards(Import.text(SourceText.of("b.md", "**What is dropout?**\n\nRandomly zeroing units.\n\n**What is L2?**\n\nWeight decay.\n"),
                SourceFormat.MARKDOWN, null));
        assertEquals(2, bold.size());
        assertEquals("Weight decay.", bold.get(1).answer());
    }

    @Test
    void htmlDetailsDefinitionListsAndKatexMath() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>ML page</title></head><body>\n"
                + "<details><summary>What is softmax?</summary><p>It maps <span class=\"katex\"><math><semantics><mrow><mi>z</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">\\frac{e^{z_k}}{\\sum_j e^{z_j}}</annotation></semantics></math></span> "
                + "to probabilities.</p></details>\n"
                + "<dl><dt>Bias</dt><dd>Error from wrong assumptions.</dd></dl></body></html>";
        ImportResult r = run("page.html", html);
        assertEquals(SourceFormat.HTML, r.format());
        List<Card> c = cards(r);
        assertEquals(2, c.size());
        assertEquals("What is softmax?", c.get(0).question());
        assertTrue(c.get(0).answer().contains("$\\frac{e^{z_k}}{\\sum_j e^{z_j}}$"), c.get(0).answer());
        assertEquals("Bias", c.get(1).question());
        assertEquals("ML page", c.get(0).deck());
        assertEquals(2, c.get(0).location().line());
    }

    @Test
    void htmlMathJaxScriptsKeepTheirTex() throws Exception {
        List<Card> c = cards(run("mj.html", "<html><body><dl><dt>Chain rule?</dt><dd>Multiply: "
                + "<script type=\"math/tex\">\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}</script> and "
                + "<script type=\"math/tex; mode=display\">a<b</script><script>alert(1)</script></dd></dl></body></html>"));
        assertEquals(1, c.size());
        assertEquals("Multiply: $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$ and $$a<b$$", c.get(0).answer());
    }

    @Test
    void htmlHeadingsAsQuestions() throws Exception {
        List<Card> c = cards(run("h.html", "<h1>Deck</h1><h2>What is a GRU?</h2><p>A gated cell.</p><h2>What is an LSTM?</h2><ul><li>gates</li><li>cell state</li></ul>"));
        assertEquals(2, c.size());
        assertEquals("What is an LSTM?", c.get(1).question());
        assertTrue(c.get(1).answer().contains("- gates"), c.get(1).answer());
    }

    @Test
    void examDocumentRejoinsParagraphsAndFlagsPlaceholders() throws Exception {
        String text = "Exam questions\n\n1. Explain the vanishing gradient problem.\n\nGradients shrink as they are multiplied\n\n"
                + "through many layers with small derivatives.\n\nDefine overfitting.\n\n(explain overfitting here)\n\n"
                + "What is a learning rate?\n\nThe step size of gradient descent.\n";
        ImportResult r = run("exam.txt", text);
        assertEquals(SourceFormat.EXAM, r.format());
        List<Card> c = cards(r);
        assertEquals(3, c.size(), c.toString());
        assertEquals("Explain the vanishing gradient problem.", c.get(0).question());
        assertEquals("Gradients shrink as they are multiplied through many layers with small derivatives.", c.get(0).answer());
        assertTrue(c.get(1).draft(), "placeholder answer is incomplete");
        assertFalse(c.get(2).draft());
        assertTrue(r.warnings().stream().anyMatch(w -> w.where().line() == 9 && w.message().contains("placeholder")), r.warnings().toString());
    }

    @Test
    void ankiTextExportWithHeaders() throws Exception {
        String text = "#separator:tab\n#html:true\n#tags column:3\n"
                + "What is <b>ReLU</b>?\tmax(0, x) &lt; costs \\(x^2\\)\tactivations basics\n"
                + "\"Multi\nline\"\tback <script>alert(1)</script>\t\n";
        ImportResult r = run("export.txt", text);
        assertEquals(SourceFormat.ANKI_TEXT, r.format());
        List<Card> c = cards(r);
        assertEquals(2, c.size());
        assertEquals("What is **ReLU**?", c.get(0).question());
        assertEquals("max(0, x) &lt; costs $x^2$", c.get(0).answer());
        assertEquals(List.of("activations", "basics"), c.get(0).tags());
        assertEquals("Multi line", c.get(1).question());
        assertFalse(c.get(1).answer().contains("<script"), c.get(1).answer());
        assertEquals(5, c.get(1).location().line());
    }

    @Test
    void quizletTabAndCsvExports() throws Exception {
        ImportResult tsv = run("quizlet.txt", "epoch\tone pass over the data\nbatch\ta subset of examples costing $5\n");
        assertEquals(SourceFormat.DELIMITED, tsv.format());
        assertEquals(2, tsv.cardCount());
        assertEquals("a subset of examples costing \\$5", cards(tsv).get(1).answer());
        ImportResult csv = Import.text(SourceText.of("cards.csv", "\"term\",\"definition, with comma\"\n\"q2\",\"line1\nline2\"\n"),
                SourceFormat.DELIMITED, "My deck");
        assertEquals(2, csv.cardCount());
        assertEquals("definition, with comma", cards(csv).get(0).answer());
        assertEquals("line1\nline2", cards(csv).get(1).answer());
        assertEquals("My deck", cards(csv).get(0).deck());
    }

    @Test
    void quizletRowsSeparatedByBlankLines() throws Exception {
        ImportResult r = Import.text(SourceText.of("quizlet.txt", "softmax\tturns scores\ninto probabilities\n\nReLU\tmax(0, x)\n"),
                SourceFormat.DELIMITED, null);
        List<Card> c = cards(r);
        assertEquals(2, c.size());
        assertEquals("turns scores\ninto probabilities", c.get(0).answer());
        assertEquals(4, c.get(1).location().line());
    }

    @Test
    void idsAreStableAndIgnoreQuoteStyleAndCase() {
        String a = CardIds.of("Deep Learning", "What\u2019s a *tensor*?");
        String b = CardIds.of("Deep Learning", "what's a tensor?");
        assertEquals(a, b);
        assertTrue(a.matches("[a-z0-9-]{3,80}"), a);
        assertTrue(a.startsWith("deep-learning-"));
        assertFalse(a.equals(CardIds.of("Deep Learning", "What is a matrix?")));
    }

    @Test
    void duplicateQuestionsGetDistinctIds() throws Exception {
        ImportResult r = run("d.tsv", "same\tone\nsame\ttwo\n");
        List<Card> c = cards(r);
        assertEquals(2, c.size());
        assertFalse(c.get(0).id().equals(c.get(1).id()));
    }
}
