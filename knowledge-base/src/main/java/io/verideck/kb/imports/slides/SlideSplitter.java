package io.verideck.kb.imports.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a lecture's lines into slides. There is no page marker, so a title is inferred: a short
 * line between blank lines, capitalised, not a bullet, math, table row or label ending in a colon.
 */
final class SlideSplitter {
    private SlideSplitter() {
    }

    static List<Slide> split(List<String> lines, int from, int to, Set<String> header) {
        List<Slide> out = new ArrayList<>();
        String title = null;
        int titleLine = from + 1;
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (int i = from; i < to; i++) {
            String l = lines.get(i);
            if (l.strip().startsWith("```")) fenced = !fenced;
            if (!fenced && isTitle(lines, i, header)) {
                if (title != null || !body.stream().allMatch(String::isBlank)) {
                    out.add(new Slide(title == null ? "" : title, titleLine, body));
                }
                title = l.strip();
                titleLine = i + 1;
                body = new ArrayList<>();
                continue;
            }
            if (header.contains(l.strip())) continue;
            body.add(l.isBlank() ? "" : l.stripTrailing());
        }
        if (title != null || !body.stream().allMatch(String::isBlank)) out.add(new Slide(title == null ? "" : title, titleLine, body));
        return out;
    }

    static boolean isTitle(List<String> lines, int i, Set<String> header) {
        String l = lines.get(i);
        String s = l.strip();
        if (s.isEmpty() || s.length() > 70 || header.contains(s) || l.startsWith(" ") || l.indexOf('\t') >= 0) return false;
        boolean blankBefore = i == 0 || lines.get(i - 1).isBlank();
        boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
        if (!blankBefore || !blankAfter) return false;
        char c = s.charAt(0);
        if (!Character.isUpperCase(c)) return false;
        if (s.endsWith(".") || s.endsWith(":") || s.endsWith(",")) return false;
        if (s.contains("$") || s.startsWith("Step ") || s.startsWith("Source:") || s.startsWith("Computed by")) return false;
        return s.codePoints().filter(Character::isLetter).count() >= 3;
    }
}
