package io.verideck.kb.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Markdown text into prose and math segments. {@code \$} is a literal dollar; dollars inside
 * code spans and fenced code are not math.
 */
public final class MathSpans {
    private MathSpans() {
    }

    /** A piece of the text: prose, inline math or display math (content without delimiters). */
    public record Segment(Kind kind, String text, int offset) {
    }

    /** The kinds of segment. */
    public enum Kind { TEXT, INLINE, DISPLAY, CODE }

    /** The result of a scan; {@code unclosedAt} is the offset of an unclosed opener, or -1. */
    public record Scan(List<Segment> segments, int unclosedAt, boolean unclosedDisplay) {
        public boolean balanced() {
            return unclosedAt < 0;
        }
    }

    public static Scan scan(String s) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int textStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                text.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int ticks = run(s, i, '`');
                String fence = "`".repeat(ticks);
                int end = s.indexOf(fence, i + ticks);
                if (end < 0) {
                    text.append(s, i, i + ticks);
                    i += ticks;
                    continue;
                }
                flush(out, text, textStart);
                out.add(new Segment(Kind.CODE, s.substring(i + ticks, end), i));
                i = end + ticks;
                textStart = i;
                continue;
            }
            if (c == '$') {
                boolean display = i + 1 < n && s.charAt(i + 1) == '$';
                String delim = display ? "$$" : "$";
                int end = findClose(s, i + delim.length(), delim);
                if (end < 0) {
                    flush(out, text, textStart);
                    return new Scan(out, i, display);
                }
                flush(out, text, textStart);
                out.add(new Segment(display ? Kind.DISPLAY : Kind.INLINE, s.substring(i + delim.length(), end), i));
                i = end + delim.length();
                textStart = i;
                continue;
            }
            if (text.length() == 0) textStart = i;
            text.append(c);
            i++;
        }
        flush(out, text, textStart);
        return new Scan(out, -1, false);
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) j++;
        return j - i;
    }

    private static int findClose(String s, int from, String delim) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (s.startsWith(delim, j)) {
                if (delim.length() == 1 && j + 1 < s.length() && s.charAt(j + 1) == '$') {
                    return -1; // "$a$$" style: an inline span may not run into a display opener
                }
                return j;
            }
            if (delim.length() == 1 && c == '\n' && j + 1 < s.length() && s.charAt(j + 1) == '\n') {
                return -1; // inline math never spans a paragraph break
            }
        }
        return -1;
    }

    private static void flush(List<Segment> out, StringBuilder text, int start) {
        if (text.length() > 0) {
            out.add(new Segment(Kind.TEXT, text.toString(), start));
            text.setLength(0);
        }
    }

    /** Every TeX fragment of the text (inline and display), in order. */
    public static List<String> formulas(String s) {
        List<String> out = new ArrayList<>();
        for (Segment seg : scan(s).segments()) {
            if (seg.kind() == Kind.INLINE || seg.kind() == Kind.DISPLAY) out.add(seg.text());
        }
        return out;
    }
}
