package io.verideck.kb.imports;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Untrusted HTML to Markdown. Math is recovered first (KaTeX/MathML {@code annotation} elements,
 * MathJax {@code script type="math/tex"} elements, Anki's {@code \(..\)} and {@code \[..\]}); then
 * the HTML is cleaned with a jsoup {@link Safelist} (no script, style, event handler or
 * {@code javascript:} URL survives) and walked into Markdown; the result goes through
 * {@link SafeMarkdown}.
 */
public final class HtmlToMarkdown {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("span", "details", "summary", "hr")
            .addAttributes("span", "data-tex", "data-display");

    private HtmlToMarkdown() {
    }

    /** Converts an HTML fragment (a field, a page body) to Markdown. */
    public static String convert(String html) {
        return convert(html, false);
    }

    /**
     * Converts an HTML fragment; with {@code literalDollars} a {@code $} in the text is escaped
     * (Anki fields: math there is {@code \(..\)}, a dollar is money).
     */
    public static String convert(String html, boolean literalDollars) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            // No markup at all: skip the parser (the common case for many exported fields).
            String text = literalDollars ? SafeMarkdown.literalDollars(html) : html;
            return texDelimiters(text.replace('\u00A0', ' ').strip());
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("math") || lower.contains("katex") || lower.contains("mjx")) recoverMath(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        StringBuilder out = new StringBuilder();
        walk(clean.body(), out);
        String text = literalDollars ? SafeMarkdown.literalDollars(out.toString()) : out.toString();
        String md = text.replace('\u00A0', ' ')
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return SafeMarkdown.clean(texDelimiters(md));
    }

    /** Anki's {@code \(..\)} and {@code \[..\]} to {@code $..$} and {@code $$..$$}. */
    static String texDelimiters(String md) {
        if (md.indexOf('\\') < 0) return md;
        String out = md.replaceAll("\\\\\\((.+?)\\\\\\)", "\\$$1\\$");
        return out.replaceAll("(?s)\\\\\\[(.+?)\\\\\\]", "\\$\\$$1\\$\\$");
    }

    /** Replaces each rendered formula by a span carrying its TeX (idempotent). */
    public static void recoverMath(Document doc) {
        for (Element script : doc.select("script[type^=math/tex]")) {
            boolean display = script.attr("type").contains("mode=display");
            script.replaceWith(texSpan(script.data().strip(), display));
        }
        for (Element katex : doc.select(".katex-display, .katex, math, mjx-container")) {
            if (katex.parent() == null) continue;
            Element ann = katex.selectFirst("annotation[encoding=application/x-tex]");
            if (ann == null) continue;
            boolean display = katex.hasClass("katex-display") || "block".equals(katex.attr("display"))
                    || katex.hasAttr("display") && katex.attr("display").equals("true");
            katex.replaceWith(texSpan(ann.text().strip(), display));
        }
    }

    private static Element texSpan(String tex, boolean display) {
        Element span = new Element("span");
        span.attr("data-tex", tex);
        if (display) span.attr("data-display", "true");
        return span;
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(escapeText(t.text()));
            } else if (child instanceof Element e) {
                element(e, out);
            }
        }
    }

    private static void element(Element e, StringBuilder out) {
        String tag = e.normalName();
        switch (tag) {
            case "span" -> {
                if (e.hasAttr("data-tex")) {
                    String d = e.hasAttr("data-display") ? "$$" : "$";
                    out.append(d).append(e.attr("data-tex")).append(d);
                } else {
                    walk(e, out);
                }
            }
            case "br" -> out.append('\n');
            case "p", "div", "section", "article", "details", "dl" -> block(e, out);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                out.append("\n\n**");
                walk(e, out);
                out.append("**\n\n");
            }
            case "summary", "dt" -> {
                out.append("\n\n**");
                walk(e, out);
                out.append("**\n\n");
            }
            case "dd" -> block(e, out);
            case "b", "strong" -> wrap(e, out, "**");
            case "i", "em" -> wrap(e, out, "*");
            case "code" -> out.append('`').append(e.text().replace("`", "'")).append('`');
            case "pre" -> out.append("\n\n```\n").append(e.wholeText().replace("```", "'''")).append("\n```\n\n");
            case "li" -> {
                out.append("\n- ");
                walk(e, out);
            }
            case "ul", "ol" -> {
                walk(e, out);
                out.append("\n\n");
            }
            case "tr" -> {
                out.append("\n|");
                for (Element cell : e.children()) out.append(' ').append(escapeText(cell.text()).replace("|", "\\|")).append(" |");
            }
            case "table" -> {
                out.append("\n\n");
                walk(e, out);
                out.append("\n\n");
            }
            case "a" -> {
                String href = e.attr("href");
                if (!href.isEmpty() && SafeMarkdown.isSafeUrl(href)) {
                    out.append('[');
                    walk(e, out);
                    out.append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                } else {
                    walk(e, out);
                }
            }
            case "hr" -> out.append("\n\n---\n\n");
            default -> walk(e, out);
        }
    }

    private static void block(Element e, StringBuilder out) {
        out.append("\n\n");
        walk(e, out);
        out.append("\n\n");
    }

    private static void wrap(Element e, StringBuilder out, String mark) {
        StringBuilder inner = new StringBuilder();
        walk(e, inner);
        String s = inner.toString().strip();
        if (!s.isEmpty()) out.append(mark).append(s).append(mark);
    }

    private static String escapeText(String text) {
        return text.replace("<", "&lt;");
    }
}
