package io.verideck.kb.imports.slides;

import java.util.ArrayList;
import java.util.List;

/** A slide body to Markdown: blank runs collapsed, tab-separated rows made tables, stray headings escaped. */
final class SlideMarkdown {
    private SlideMarkdown() {
    }

    static String body(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (l.strip().startsWith("```")) fenced = !fenced;
            if (!fenced && l.indexOf('\t') >= 0) {
                List<String[]> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).indexOf('\t') >= 0) {
                    rows.add(lines.get(i).strip().split("\t", -1));
                    i++;
                }
                out.add("");
                out.addAll(table(rows));
                out.add("");
                continue;
            }
            if (!fenced && l.stripLeading().startsWith("#")) l = "\\" + l.stripLeading();
            out.add(l);
            i++;
        }
        if (fenced) out.add("```");
        return String.join("\n", out).replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static List<String> table(List<String[]> rows) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder b = new StringBuilder("|");
            for (int c = 0; c < cols; c++) {
                String cell = c < rows.get(r).length ? rows.get(r)[c].strip().replace("|", "\\|") : "";
                b.append(' ').append(cell).append(" |");
            }
            out.add(b.toString());
            if (r == 0) out.add("|" + " --- |".repeat(cols));
        }
        return out;
    }
}
