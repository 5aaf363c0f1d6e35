package io.verideck.cli.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.kb.grade.Grade;
import io.verideck.kb.grade.Grader;
import io.verideck.kb.grade.KeyPointMatch;
import io.verideck.kb.grade.Rubric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch grader behind {@code verideck grade --json}: one JSON object a line in,
 * {@code {"reference": ..., "key_points": [...]?, "question": ...?, "answer": ..., "id": ...?}}, one
 * line out, {@code {"id": ..., "score": 0.73, "grade": 4, "reason": ..., "key_points": [...]}}. A bad
 * line gives {@code {"line": N, "error": ...}} and the batch goes on.
 */
public final class GradeLines {
    /** Longest input line read; longer lines are reported as errors, not loaded. */
    static final int MAX_LINE = 1 << 20;

    private final Grader grader;
    private final ObjectMapper json = new ObjectMapper();

    public GradeLines(Grader grader) {
        this.grader = grader;
    }

    /** Grades every line; returns how many lines were bad. */
    public int run(BufferedReader in, PrintWriter out) throws IOException {
        int bad = 0;
        int n = 0;
        BoundedLines lines = new BoundedLines(in, MAX_LINE);
        BoundedLines.Line l;
        while ((l = lines.next()) != null) {
            n++;
            String line = l.text();
            if (line.isBlank()) continue;
            Map<String, Object> result;
            try {
                if (l.truncated()) throw new BadLine("line longer than " + MAX_LINE + " characters");
                result = gradeLine(line);
            } catch (BadLine e) {
                bad++;
                result = new LinkedHashMap<>();
                result.put("line", n);
                result.put("error", e.getMessage());
            }
            out.println(json.writeValueAsString(result));
            out.flush();
        }
        return bad;
    }

    Map<String, Object> gradeLine(String line) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadLine("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new BadLine("expected a JSON object");
        JsonNode answer = node.get("answer");
        JsonNode reference = node.get("reference");
        if (answer == null || !answer.isTextual() && !answer.isNull()) throw new BadLine("\"answer\" must be a string");
        if (reference == null || !reference.isTextual()) throw new BadLine("\"reference\" must be a string");
        List<String> points = new ArrayList<>();
        JsonNode kp = node.has("key_points") ? node.get("key_points") : node.get("keyPoints");
        if (kp != null && !kp.isNull()) {
            if (!kp.isArray()) throw new BadLine("\"key_points\" must be an array of strings");
            for (JsonNode p : kp) {
                if (!p.isTextual()) throw new BadLine("\"key_points\" must be an array of strings");
                if (!p.asText().isBlank()) points.add(p.asText());
            }
        }
        String question = node.hasNonNull("question") ? node.get("question").asText() : "";
        if (points.isEmpty() && reference.asText().isBlank()) throw new BadLine("no key points and an empty reference");
        Grade g = grader.grade(new Rubric(question, reference.asText(), points), answer.isNull() ? "" : answer.asText());
        Map<String, Object> m = new LinkedHashMap<>();
        if (node.has("id")) m.put("id", json.convertValue(node.get("id"), Object.class));
        m.put("score", Math.round(g.score() * 10_000) / 10_000.0);
        m.put("grade", g.suggested());
        m.put("reason", g.reason());
        List<Map<String, Object>> kps = new ArrayList<>();
        for (KeyPointMatch p : g.points()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("key_point", p.keyPoint());
            k.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
            k.put("coverage", Math.round(p.coverage() * 1000) / 1000.0);
            k.put("matched", p.matchedWords());
            if (p.contradiction() != null) k.put("contradiction", p.contradiction());
            kps.add(k);
        }
        m.put("key_points", kps);
        if (!g.notes().isEmpty()) m.put("notes", g.notes());
        return m;
    }

    /** A line that cannot be graded. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }
}
