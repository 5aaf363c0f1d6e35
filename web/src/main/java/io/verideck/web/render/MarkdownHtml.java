package io.verideck.web.render;

import io.verideck.kb.tex.MathSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders untrusted Markdown with TeX to safe HTML. Raw HTML in the source is shown as text,
 * {@code javascript:} and other unsafe link targets are dropped, and the result is cleaned against a
 * safelist, so no card can run script on the site. Thread-safe.
 */
public final class MarkdownHtml {
    private static final char OPEN = '\uE010';
    private static final char CLOSE = '\uE011';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("span", "class")
            .addAttributes("code", "class")
            .addAttributes("a", "rel")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Block Markdown (an answer, a section body) as HTML. */
    public String block(String markdown) {
        return render(markdown, false);
    }

    /** Inline Markdown (a question, a heading) as HTML without the surrounding paragraph. */
    public String inline(String markdown) {
        return render(markdown, true);
    }

    private String render(String markdown, boolean inline) {
        if (markdown == null || markdown.isBlank()) return "";
        List<String> math = new ArrayList<>();
        List<Boolean> display = new ArrayList<>();
        String text = extractMath(markdown, math, display);
        String html = renderer.render(parser.parse(text)).strip();
        if (inline && html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 64);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String cls = display.get(i) ? "math math-display" : "math math-inline";
            m.appendReplacement(sb, Matcher.quoteReplacement("<span class=\"" + cls + "\">" + Html.esc(math.get(i)) + "</span>"));
        }
        m.appendTail(sb);
        return clean(sb.toString());
    }

    private String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://base.invalid/", safelist, out);
    }

    /** Replaces each {@code $..$} and {@code $$..$$} span by a numbered placeholder Markdown leaves alone. */
    static String extractMath(String s, List<String> math, List<Boolean> display) {
        MathSpans.Scan scan = MathSpans.scan(s);
        StringBuilder sb = new StringBuilder(s.length());
        int pos = 0;
        for (MathSpans.Segment seg : scan.segments()) {
            if (seg.kind() != MathSpans.Kind.INLINE && seg.kind() != MathSpans.Kind.DISPLAY) continue;
            int delim = seg.kind() == MathSpans.Kind.DISPLAY ? 2 : 1;
            sb.append(s, pos, seg.offset());
            sb.append(OPEN).append(math.size()).append(CLOSE);
            math.add(seg.text().strip());
            display.add(delim == 2);
            pos = seg.offset() + delim * 2 + seg.text().length();
        }
        sb.append(s, pos, s.length());
        return sb.toString();
    }
}
