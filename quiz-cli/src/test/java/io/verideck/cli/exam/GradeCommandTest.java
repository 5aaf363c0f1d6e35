package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GradeCommandTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void jsonLinesInScoresOut() throws Exception {
        String input = String.join("\n",
                "{\"id\": 1, \"reference\": \"ReLU is max(0, z).\", \"key_points\": [\"relu(z) = max(0, z)\", \"derivative 0 for z<0 and 1 for z>0\"], \"answer\": \"max(0,z); its derivative is 0 for z<0 and 1 for z>0\"}",
                "{\"id\": 2, \"reference\": \"ReLU is max(0, z).\", \"key_points\": [\"relu(z) = max(0, z)\", \"derivative 0 for z<0 and 1 for z>0\"], \"answer\": \"it is the logistic function\"}",
                "{not json",
                "{\"reference\": \"x\", \"answer\": 5}",
                "{\"id\": 5, \"reference\": \"Dropout zeroes random units during training. At test time every unit is kept.\", \"answer\": \"\"}",
                "");
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, input);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"grade", "--json", f.toString()}, new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(3, code, "bad lines give exit code 3: " + err);
        List<JsonNode> rows = lines(out.toString());
        assertEquals(5, rows.size(), out.toString());
        double right = rows.get(0).get("score").asDouble();
        double wrong = rows.get(1).get("score").asDouble();
        assertTrue(right >= 0.8 && right <= 1, "right answer: " + rows.get(0));
        assertTrue(wrong <= 0.2, "wrong answer: " + rows.get(1));
        assertEquals(1, rows.get(0).get("id").asInt());
        assertEquals("hit", rows.get(0).get("key_points").get(1).get("status").asText(), rows.get(0).toString());
        assertEquals(3, rows.get(2).get("line").asInt());
        assertTrue(rows.get(2).get("error").asText().startsWith("not JSON"), rows.get(2).toString());
        assertTrue(rows.get(3).get("error").asText().contains("answer"), rows.get(3).toString());
        assertEquals(0.0, rows.get(4).get("score").asDouble(), "empty answer, key points derived from the reference");
        assertEquals(2, rows.get(4).get("key_points").size());
    }

    @Test
    void stdinWorksToo() {
        String input = "{\"reference\": \"r\", \"key_points\": [\"softmax outputs sum to one\"], \"answer\": \"the softmax outputs sum to 1\"}\n";
        StringWriter out = new StringWriter();
        GradeCommand cmd = new GradeCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Map.of());
        int code = new CommandLine(cmd).setOut(new PrintWriter(out)).execute("--json");
        assertEquals(0, code);
        assertTrue(lines(out.toString()).get(0).get("score").asDouble() > 0.8, out.toString());
    }

    @Test
    void oneAnswerAgainstACardShowsTheDiffView() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"grade", "activations-relu", "max(0, z): zero for negative inputs, identity for positive;",
            "derivative 0 for z<0 and 1 for z>0. It is differentiable everywhere. \u001b[31m"}, new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(0, code, err.toString());
        String o = out.toString();
        assertTrue(o.contains("+ relu(z) = max(0, z)"), o);
        assertTrue(o.contains("matched: "), o);
        assertTrue(o.contains("! not differentiable at 0") || o.contains("- not differentiable at 0"), o);
        assertTrue(o.contains("Suggested grade: "), o);
        assertFalse(o.contains("\u001b"), "escapes in the answer are never echoed");
    }

    @Test
    void anUnknownCardIsNothingFound() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"grade", "no-such-card", "x"}, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
        assertEquals(1, code);
        assertTrue(err.toString().contains("no-such-card"), err.toString());
    }
}
