package io.verideck.kb.index;

import io.verideck.kb.tex.MathSpans;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages with private marker characters; {@link #html} and {@link #text} turn a
 * marked snippet into escaped HTML with {@code <mark>} or into plain text.
 */
final class Snippets extends PassageFormatter {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /**
     * Formula spans by answer text. The highlighter hands the same stored strings over and over (the
     * site's searches keep returning the same cards), and scanning a long answer for its formulas cost
     * as much as finding its passages. Bounded: cleared when it grows past a few thousand texts.
     */
    private static final int MAX_CACHED = 4096;
    private static final BoundedCache<String, List<int[]>> SPANS = new BoundedCache<>(MAX_CACHED);

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        List<int[]> math = SPANS.get(content, c -> c.indexOf('$') < 0 ? List.of() : mathSpans(c));
        for (Passage p : passages) {
            if (sb.length() > 0) sb.append(" … ");
            // A passage never starts or ends inside a formula: the snippet must render.
            int start = widenStart(math, p.getStartOffset());
            int stop = widenEnd(math, p.getEndOffset());
            int pos = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = p.getMatchStarts()[i];
                int me = p.getMatchEnds()[i];
                if (ms < pos || inside(math, ms) != null) continue; // no marks inside TeX: it must stay valid
                sb.append(content, pos, ms).append(OPEN).append(content, ms, me).append(CLOSE);
                pos = me;
            }
            sb.append(content, pos, Math.max(pos, stop));
        }
        return sb.toString();
    }

    /** [start, end) of every $...$ and $$...$$ span of the text. */
    static List<int[]> mathSpans(String content) {
        List<int[]> out = new ArrayList<>();
        for (MathSpans.Segment seg : MathSpans.scan(content).segments()) {
            int delim = seg.kind() == MathSpans.Kind.DISPLAY ? 2 : seg.kind() == MathSpans.Kind.INLINE ? 1 : 0;
            if (delim > 0) out.add(new int[] {seg.offset(), seg.offset() + 2 * delim + seg.text().length()});
        }
        return out;
    }

    private static int[] inside(List<int[]> spans, int offset) {
        for (int[] s : spans) if (offset > s[0] && offset < s[1]) return s;
        return null;
    }

    private static int widenStart(List<int[]> spans, int offset) {
        int[] s = inside(spans, offset);
        return s == null ? offset : s[0];
    }

    private static int widenEnd(List<int[]> spans, int offset) {
        int[] s = inside(spans, offset);
        return s == null ? offset : s[1];
    }

    /**
     * The HTML and the plain text of marked snippets already converted, by marked snippet. The snippet
     * cache hands back the same marked string for the same hit and terms, so converting it again is
     * wasted work (equal strings give equal output). Bounded like {@link #SPANS}.
     */
    private static final BoundedCache<String, String> HTML = new BoundedCache<>(MAX_CACHED);
    private static final BoundedCache<String, String> TEXT = new BoundedCache<>(MAX_CACHED);

    /** A marked snippet as plain text: no marks, runs of white space as one blank. */
    static String text(String marked) {
        return TEXT.get(marked, Snippets::toText);
    }

    /** A marked snippet as escaped HTML with {@code <mark>}, runs of white space as one blank. */
    static String html(String marked) {
        return HTML.get(marked, Snippets::toHtml);
    }

    private static String toText(String marked) {
        StringBuilder sb = new StringBuilder(marked.length());
        boolean space = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN || c == CLOSE) continue;
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** The white space {@code \\s} matches: runs of it become one blank. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static String toHtml(String marked) {
        StringBuilder sb = new StringBuilder(marked.length() + 32);
        boolean space = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            switch (c) {
                case OPEN -> sb.append("<mark>");
                case CLOSE -> sb.append("</mark>");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Leads already cut, by text and length (the same answers come back in hit after hit). */
    private static final BoundedCache<LeadKey, String> LEADS = new BoundedCache<>(MAX_CACHED);

    private record LeadKey(String text, int max) {
    }

    /** The first {@code max} characters of a text, cut at a word boundary. */
    static String lead(String text, int max) {
        return LEADS.get(new LeadKey(text, max), k -> cutLead(k.text(), k.max()));
    }

    private static String cutLead(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max);
        cut = cut > max / 2 ? cut : max;
        int[] span = inside(mathSpans(t), cut);
        if (span != null) cut = span[0] > 0 ? span[0] : span[1];
        return t.substring(0, cut).stripTrailing() + " …";
    }
}
