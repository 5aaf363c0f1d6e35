package io.verideck.kb.parse;

import io.verideck.kb.check.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.parser.Parser;

/**
 * The YAML front matter at the top of a content file, read with commonmark's front-matter extension.
 *
 * @param values  key to values (a flow list {@code [a, b]} or a comma list is split into items)
 * @param endLine index of the first line after the closing {@code ---}, or 0 when there is none
 */
record FrontMatter(Map<String, List<String>> values, int endLine) {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create())).build();

    static FrontMatter read(String file, SourceText src, List<Problem> problems) {
        if (src.size() == 0 || !src.line(0).strip().equals("---")) {
            return new FrontMatter(Map.of(), 0);
        }
        int close = -1;
        for (int i = 1; i < src.size(); i++) {
            String s = src.line(i).strip();
            if (s.equals("---") || s.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(file, 1, "front matter is not closed (expected a line '---')"));
            return new FrontMatter(Map.of(), 0);
        }
        for (int i = 1; i < close; i++) {
            String s = src.line(i);
            if (!s.isBlank() && !s.startsWith("#") && !s.matches("\\s*-\\s.*") && !s.matches("[A-Za-z_][\\w-]*:.*")) {
                problems.add(Problem.error(file, i + 1, "malformed front matter line (expected 'key: value')"));
            }
        }
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        PARSER.parse(src.join(0, close + 1) + "\n").accept(visitor);
        Map<String, List<String>> out = new LinkedHashMap<>();
        visitor.getData().forEach((k, vs) -> {
            List<String> items = new ArrayList<>();
            for (String v : vs) items.addAll(splitList(v));
            out.put(k, items);
        });
        return new FrontMatter(out, close + 1);
    }

    static List<String> splitList(String v) {
        String s = v.strip();
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
        List<String> items = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = unquote(part.strip());
            if (!p.isEmpty()) items.add(p);
        }
        return items;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The single raw value of a key (list items re-joined), or null. */
    String scalar(String key) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? null : String.join(", ", v);
    }
}
