package io.verideck.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
    private final MarkdownHtml md = new MarkdownHtml();

    @Test
    void rawHtmlIsShownAsText() {
        String html = md.block("Hi <script>alert(1)</script> and <img src=x onerror=alert(2)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = md.block("[x](javascript:alert(1)) <javascript:alert(2)> [ok](https://example.org/a)");
        assertFalse(html.toLowerCase().contains("javascript:alert(1)\""), html);
        assertFalse(html.toLowerCase().matches("(?s).*href=\"\\s*javascript.*"), html);
        assertTrue(html.contains("href=\"https://example.org/a\""), html);
    }

    @Test
    void texIsKeptVerbatimForKatexAndMarkdownDoesNotTouchIt() {
        String html = md.block("Loss $a_i * b_j * c$ and $$\\sum_{k} x_k^2 < 1$$ done");
        assertTrue(html.contains("<span class=\"math math-inline\">a_i * b_j * c</span>"), html);
        assertTrue(html.contains("<span class=\"math math-display\">\\sum_{k} x_k^2 &lt; 1</span>"), html);
        assertFalse(html.contains("<em>"), html);
    }

    @Test
    void texCannotCloseTheSpan() {
        String html = md.block("$</span><script>alert(1)</script>$");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;/span&gt;&lt;script&gt;"), html);
    }

    @Test
    void escapedDollarIsText() {
        assertEquals("costs $5 and $6", md.inline("costs \\$5 and \\$6"));
    }

    @Test
    void inlineDropsTheParagraph() {
        assertEquals("What is <em>x</em> <span class=\"math math-inline\">x^2</span>?", md.inline("What is *x* $x^2$?"));
    }

    @Test
    void codeKeepsDollars() {
        String html = md.block("Run `echo $HOME $PATH` now");
        assertTrue(html.contains("<code>echo $HOME $PATH</code>"), html);
    }
}
