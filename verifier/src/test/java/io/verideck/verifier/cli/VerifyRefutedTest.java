package io.verideck.verifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --refuted} in text and JSON, and the refuted array and coverage of the ordinary report. */
class VerifyRefutedTest {
    @TempDir
    Path dir;

    @Test
    void refutedTextListsCounterexamplesAndEndsWithTheSummary() throws Exception {
        CommandsTest.Outcome o = CommandsTest.verify("--refuted", "--seed", "11");
        assertEquals(0, o.code(), o.err() + o.out());
        String out = o.out();
        assertTrue(out.contains("REFUTED           Z-11  E2       FORMULA"), out);
        assertTrue(out.contains("as written: MAE as written Σ|y−p|²/n: "), out);
        assertTrue(out.contains("(fails)") && out.contains("(holds)"), out);
        assertTrue(out.contains("NO NUMERIC        Z-16"), out);
        assertTrue(out.contains("OUT OF SCOPE      Z-04  C7       GARBLED"), out);
        String[] lines = out.strip().split("\\R");
        assertTrue(lines[lines.length - 1].startsWith("90 §Z entries: 64 refuted (correction held), 0 not refuted, 0 correction failed, "
                + "9 with no numeric counterexample, 17 out of scope (seed 11)"), lines[lines.length - 1]);
    }

    @Test
    void refutedJsonCarriesInputsAndBothSidesValues() throws Exception {
        Path file = dir.resolve("refuted.json");
        CommandsTest.Outcome o = CommandsTest.verify("--refuted", "--json", "--seed", "3", "--out", file.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode root = new ObjectMapper().readTree(o.out());
        assertEquals(root, new ObjectMapper().readTree(Files.readString(file)));
        assertEquals(1, root.get("version").asInt());
        assertEquals(3, root.get("seed").asLong());
        assertEquals(90, root.get("refuted").size());
        JsonNode z41 = root.get("refuted").get(40);
        assertEquals("Z-41", z41.get("id").asText());
        assertEquals("J15", z41.get("claim").asText());
        assertEquals("refuted", z41.get("status").asText());
        JsonNode wrong = z41.get("counterexample").get("wrong").get(0);
        assertFalse(wrong.get("holds").asBoolean());
        assertTrue(Math.abs(wrong.get("leftValue").asDouble() - wrong.get("rightValue").asDouble()) > 1e-6, wrong.toString());
        assertTrue(z41.get("counterexample").get("corrected").get(0).get("holds").asBoolean());
        assertTrue(z41.get("counterexample").get("inputs").has("W"));
        JsonNode z16 = root.get("refuted").get(15);
        assertEquals("no-numeric-counterexample", z16.get("status").asText());
        assertTrue(z16.get("reason").asText().length() > 20);
        assertTrue(z16.get("counterexample").isNull());
        assertEquals(64, root.get("summary").get("refuted").asInt());
        assertEquals(0, root.get("summary").get("notRefuted").asInt());
    }

    @Test
    void refutedWithClaimIsAUsageError() throws Exception {
        assertEquals(2, CommandsTest.verify("--refuted", "--claim", "D8").code());
    }

    @Test
    void verifyReportCarriesRefutedArrayAndCoverage() throws Exception {
        CommandsTest.Outcome o = CommandsTest.verify("--claim", "E9", "--tries", "2", "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode root = new ObjectMapper().readTree(o.out());
        for (String field : new String[] {"version", "generated", "seed", "tries", "claims", "summary"}) {
            assertTrue(root.has(field), field);
        }
        JsonNode refuted = root.get("refuted");
        assertTrue(refuted.size() >= 2, refuted.toString());
        for (JsonNode m : refuted) {
            assertTrue(m.get("claims").toString().contains("E9"), m.toString());
        }
        JsonNode coverage = root.get("coverage");
        assertEquals(167, coverage.get("catalogue").asInt());
        assertEquals(coverage.get("executable").asInt(), 167 - coverage.get("wordOnly").asInt());
        assertEquals(coverage.get("executable").asInt(), coverage.get("implemented").asInt() + coverage.get("missing").size());
        assertEquals(coverage.get("wordOnly").asInt(), coverage.get("notExecutable").size());
    }

    @Test
    void verifyTextEndsWithTheCoverageLine() throws Exception {
        CommandsTest.Outcome o = CommandsTest.verify("--claim", "D8", "--tries", "2");
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().strip().split("\\R");
        assertTrue(lines[lines.length - 1].startsWith("coverage: "), o.out());
        assertTrue(lines[lines.length - 1].matches("coverage: \\d+/\\d+ executable claims implemented \\(\\d+\\.\\d%\\); \\d+ word-only.*"), lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].contains("§Z entries"), o.out());
    }
}
