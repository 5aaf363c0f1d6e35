package io.verideck.kb.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown file as lines, with each line marked when it sits inside fenced code or display math,
 * so that a {@code ##} inside a code block is never taken for a heading.
 */
final class SourceText {
    final List<String> lines;
    final boolean[] literal;

    SourceText(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = splitLines(t);
        this.literal = new boolean[lines.size()];
        String fence = null;
        boolean math = false;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (fence != null) {
                literal[i] = true;
                if (s.startsWith(fence)) fence = null;
            } else if (s.startsWith("```") || s.startsWith("~~~")) {
                literal[i] = true;
                fence = s.substring(0, 3);
            } else if (math) {
                literal[i] = true;
                if (s.endsWith("$$")) math = false;
            } else if (s.startsWith("$$") && (s.length() == 2 || !s.substring(2).contains("$$"))) {
                literal[i] = true;
                math = true;
            }
        }
    }

    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    /** Heading text if line {@code i} is an ATX heading of exactly {@code level}, else null. */
    String heading(int i, int level) {
        if (literal[i]) return null;
        String s = lines.get(i);
        String marks = "#".repeat(level);
        if (!s.startsWith(marks + " ") && !s.equals(marks)) return null;
        String text = s.substring(level).strip();
        // Closing hashes are optional in CommonMark.
        text = text.replaceAll("\\s+#+$", "");
        return text;
    }

    /** Lines [from, to) joined with newlines, blank lines at both ends removed. */
    String join(int from, int to) {
        int a = from;
        int b = to;
        while (a < b && lines.get(a).isBlank()) a++;
        while (b > a && lines.get(b - 1).isBlank()) b--;
        return String.join("\n", lines.subList(a, b));
    }
}
