package io.verideck.kb.grade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-graded answer set ({@code grading/answers.jsonl}): one JSON object a line with
 * {@code card}, {@code kind}, {@code grade} (0-5, see docs/exam.md), {@code reason} and {@code answer}.
 */
final class GradedAnswers {
    /** One graded answer. */
    record Graded(int line, String card, String kind, int grade, String reason, String answer) {
    }

    private GradedAnswers() {
    }

    static List<Graded> load() throws IOException {
        try (InputStream in = GradedAnswers.class.getResourceAsStream("/grading/answers.jsonl")) {
            if (in == null) throw new IOException("grading/answers.jsonl is not on the test class path");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Graded> out = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                Map<String, Object> m = parseObject(lines[i], i + 1);
                out.add(new Graded(i + 1, (String) m.get("card"), (String) m.get("kind"),
                        ((Number) m.get("grade")).intValue(), (String) m.get("reason"), (String) m.get("answer")));
            }
            return out;
        }
    }

    /** A flat JSON object of strings and integers: all this file needs. */
    static Map<String, Object> parseObject(String s, int line) {
        Map<String, Object> m = new LinkedHashMap<>();
        int[] pos = {skip(s, 0)};
        expect(s, pos, '{', line);
        while (true) {
            pos[0] = skip(s, pos[0]);
            if (s.charAt(pos[0]) == '}') return m;
            String key = string(s, pos, line);
            pos[0] = skip(s, pos[0]);
            expect(s, pos, ':', line);
            pos[0] = skip(s, pos[0]);
            Object value;
            if (s.charAt(pos[0]) == '"') {
                value = string(s, pos, line);
            } else {
                int start = pos[0];
                while (pos[0] < s.length() && (Character.isDigit(s.charAt(pos[0])) || s.charAt(pos[0]) == '-')) pos[0]++;
                value = Integer.parseInt(s.substring(start, pos[0]));
            }
            m.put(key, value);
            pos[0] = skip(s, pos[0]);
            if (s.charAt(pos[0]) == ',') pos[0]++;
        }
    }

    private static String string(String s, int[] pos, int line) {
        expect(s, pos, '"', line);
        StringBuilder b = new StringBuilder();
        int i = pos[0];
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        pos[0] = i + 1;
        return b.toString();
    }

    private static void expect(String s, int[] pos, char c, int line) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("grading/answers.jsonl:" + line + ": expected '" + c + "' at column " + (pos[0] + 1));
        }
        pos[0]++;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
