package io.verideck.kb.export;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** One printable file per deck: a self-contained HTML page (no scripts) or a plain Markdown sheet. */
public final class PrintableExporter {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private PrintableExporter() {
    }

    /** A printable HTML page; TeX stays as {@code \(..\)}, readable on paper and by MathJax if added. */
    public static String html(Deck deck) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(AnkiHtml.escape(deck.name())).append("</title>\n<style>body{font-family:serif;max-width:50em;margin:auto}"
                        + "section{page-break-inside:avoid;border-bottom:1px solid #ccc;padding:.5em 0}"
                        + "h2{font-size:1.1em}.id{color:#777;font-size:.8em}</style></head><body>\n<h1>")
                .append(AnkiHtml.escape(deck.name())).append("</h1>\n");
        int n = 0;
        for (Card c : deck.cards()) {
            n++;
            b.append("<section><h2>").append(n).append(". ").append(AnkiHtml.of(c.question())).append("</h2>\n")
                    .append("<div>").append(AnkiHtml.of(c.answer())).append("</div>\n<p class=\"id\">")
                    .append(AnkiHtml.escape(c.id())).append("</p></section>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** A Markdown sheet: numbered questions with their answers, no fields. */
    public static String markdown(Deck deck) {
        StringBuilder b = new StringBuilder("# ").append(deck.name()).append("\n\n");
        int n = 0;
        for (Card c : deck.cards()) {
            n++;
            b.append("## ").append(n).append(". ").append(c.question().replaceAll("\\s*\\R\\s*", " ")).append("\n\n")
                    .append(c.answer().strip().replaceAll("(?m)^(#{1,2})(?=\\s)", "###")).append("\n\n");
        }
        return b.toString().stripTrailing() + "\n";
    }

    static String render(String md) {
        return RENDERER.render(PARSER.parse(md));
    }
}
