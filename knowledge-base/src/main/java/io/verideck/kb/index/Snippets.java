package io.verideck.kb.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages with private marker characters; {@link #html} and {@link #text} turn a
 * marked snippet into escaped HTML with {@code <mark>} or into plain text.
 */
final class Snippets extends PassageFormatter {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            if (sb.length() > 0) sb.append(" … ");
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i];
                int end = p.getMatchEnds()[i];
                if (start < pos) continue;
                sb.append(content, pos, start).append(OPEN).append(content, start, end).append(CLOSE);
                pos = end;
            }
            sb.append(content, pos, Math.max(pos, p.getEndOffset()));
        }
        return sb.toString();
    }

    static String text(String marked) {
        StringBuilder sb = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != OPEN && c != CLOSE) sb.append(c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    static String html(String marked) {
        StringBuilder sb = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
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
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** The first {@code max} characters of a text, cut at a word boundary. */
    static String lead(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}
