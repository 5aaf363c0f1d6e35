package io.verideck.web.render;

import io.verideck.kb.tex.MathSpans;

/**
 * Marks the TeX in an already escaped search snippet ({@code <mark>} around matches) so the browser
 * can typeset it: each {@code $..$} becomes a {@code <span class="math">}, and a match inside a
 * formula highlights the whole formula instead of breaking it.
 */
public final class SnippetMath {
    private SnippetMath() {
    }

    /** The snippet with its math marked; the input must be escaped HTML whose only tags are {@code <mark>}. */
    public static String mark(String escapedHtml) {
        if (escapedHtml == null || escapedHtml.indexOf('$') < 0) return escapedHtml;
        MathSpans.Scan scan = MathSpans.scan(escapedHtml);
        StringBuilder sb = new StringBuilder(escapedHtml.length() + 64);
        int pos = 0;
        for (MathSpans.Segment seg : scan.segments()) {
            if (seg.kind() != MathSpans.Kind.INLINE && seg.kind() != MathSpans.Kind.DISPLAY) continue;
            int delim = seg.kind() == MathSpans.Kind.DISPLAY ? 2 : 1;
            sb.append(escapedHtml, pos, seg.offset());
            String tex = seg.text();
            boolean hit = tex.contains("<mark>");
            tex = tex.replace("<mark>", "").replace("</mark>", "");
            if (hit) sb.append("<mark>");
            sb.append("<span class=\"math math-inline\">").append(tex.strip()).append("</span>");
            if (hit) sb.append("</mark>");
            pos = seg.offset() + 2 * delim + seg.text().length();
        }
        sb.append(escapedHtml, pos, escapedHtml.length());
        return balanceMarks(sb.toString());
    }

    /** Drops a dangling {@code <mark>} left open or a {@code </mark>} without an opener. */
    private static String balanceMarks(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int open = 0;
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<mark>", i)) {
                if (open == 0) sb.append("<mark>");
                open++;
                i += 6;
            } else if (s.startsWith("</mark>", i)) {
                if (open == 1) sb.append("</mark>");
                if (open > 0) open--;
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        if (open > 0) sb.append("</mark>");
        return sb.toString();
    }
}
