package io.verideck.kb.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A card's Markdown to the HTML Anki shows: TeX is lifted out before rendering (so Markdown never
 * mangles {@code _} or {@code *} inside formulas) and put back in Anki's MathJax delimiters
 * ({@code \(..\)} inline, {@code \[..\]} display), HTML-escaped. Raw HTML in the Markdown is escaped.
 */
public final class AnkiHtml {
    private static final Pattern MATH = Pattern.compile("(?s)(?<!\\\\)\\$\\$(.+?)\\$\\$|(?<!\\\\)\\$([^$\\n]+?)(?<!\\\\)\\$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private AnkiHtml() {
    }

    /** Markdown with {@code $...$} TeX to Anki HTML. */
    public static String of(String markdown) {
        List<String> math = new ArrayList<>();
        Matcher m = MATH.matcher(markdown);
        StringBuilder lifted = new StringBuilder();
        while (m.find()) {
            boolean display = m.group(1) != null;
            String tex = display ? m.group(1) : m.group(2);
            math.add(display ? "\\[" + escape(tex.strip()) + "\\]" : "\\(" + escape(tex) + "\\)");
            m.appendReplacement(lifted, "VDMATH" + (math.size() - 1) + "X");
        }
        m.appendTail(lifted);
        String html = RENDERER.render(PARSER.parse(lifted.toString())).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        for (int i = math.size() - 1; i >= 0; i--) html = html.replace("VDMATH" + i + "X", math.get(i));
        return html.replace("\n", "");
    }

    /** Markdown TeX delimiters to Anki's, without rendering (for plain-text exports with html off). */
    public static String texDelimiters(String markdown) {
        Matcher m = MATH.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = m.group(1) != null ? "\\[" + m.group(1).strip() + "\\]" : "\\(" + m.group(2) + "\\)";
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
