package io.verideck.verifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the commands in-process the way quiz-cli does (by class name) and captures their output. */
class CommandsTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String className, String... args) throws Exception {
        Callable<?> command = (Callable<?>) Class.forName(className).getConstructor().newInstance();
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static Outcome verify(String... args) throws Exception {
        return run("io.verideck.verifier.cli.VerifyCommand", args);
    }

    static Outcome runConcept(String... args) throws Exception {
        return run("io.verideck.verifier.cli.RunCommand", args);
    }

    @Test
    void verifyOneClaimAsJson() throws Exception {
        Path file = dir.resolve("report.json");
        Outcome o = verify("--claim", "D8", "--tries", "3", "--seed", "5", "--json", "--out", file.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode root = new ObjectMapper().readTree(o.out());
        assertEquals(1, root.get("version").asInt());
        assertEquals(5, root.get("seed").asLong());
        JsonNode claim = root.get("claims").get(0);
        assertEquals("softmax-ce-gradient", claim.get("slug").asText());
        assertEquals("passed", claim.get("status").asText());
        assertTrue(claim.get("failure").isNull());
        assertEquals(1, root.get("summary").get("passed").asInt());
        assertEquals(root, new ObjectMapper().readTree(Files.readString(file)));
    }

    @Test
    void jsonOutputStaysCleanWhenSameDiffRuns() throws Exception {
        // G3 builds SameDiff graphs, which print to System.out unless muted.
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        Outcome o;
        System.setOut(new java.io.PrintStream(stray, true));
        try {
            o = verify("--claim", "G3", "--tries", "1", "--json");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, o.code(), o.err());
        assertEquals("", stray.toString(), "something wrote to System.out during verify");
        assertEquals("G3", new ObjectMapper().readTree(o.out()).get("claims").get(0).get("id").asText());
    }

    @Test
    void verifyByTagPrintsText() throws Exception {
        Outcome o = verify("--tag", "gan", "--tries", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("PASS   M14"), o.out());
        int gan = io.verideck.verifier.claim.Catalogue.builtIn().tagged("gan").size();
        assertTrue(gan >= 3, "the gan tag names M14-M16 at least");
        assertTrue(o.out().contains(gan + " claims: " + gan + " passed"), o.out());
    }

    @Test
    void verifyUsageErrors() throws Exception {
        Outcome unknown = verify("--claim", "Q42");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown claim 'Q42'"), unknown.err());
        assertEquals(2, verify("--claim", "D8", "--tag", "gan").code());
        assertEquals(2, verify("--tries", "0").code());
        assertEquals(2, verify("--no-such-flag").code());
    }

    @Test
    void runSoftmaxCrossEntropy() throws Exception {
        Path in = dir.resolve("in.json");
        Files.writeString(in, "{\"logits\": [[2.0, 1.0, 0.1]], \"targets\": [[1, 0, 0]]}");
        Outcome o = runConcept("softmax-ce", "--input", in.toString(), "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode out = new ObjectMapper().readTree(o.out()).get("outputs");
        double e2 = Math.exp(2);
        double sum = e2 + Math.exp(1) + Math.exp(0.1);
        assertEquals(-Math.log(e2 / sum), out.get("loss").asDouble(), 1e-12);
        assertEquals(e2 / sum - 1, out.get("gradient").get(0).get(0).asDouble(), 1e-12);
    }

    @Test
    void runReportsBadInputWithFileAndLine() throws IOException, Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"z\": [1, 2,\n}");
        Outcome o = runConcept("softmax", "--input", bad.toString());
        assertEquals(3, o.code());
        assertTrue(o.err().startsWith("run: " + bad + ":3:"), o.err());
        assertTrue(!o.err().contains("\tat "), "no stack trace without --debug");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"mu\": [0.0]}");
        Outcome m = runConcept("gaussian-kl", "--input", missing.toString());
        assertEquals(3, m.code());
        assertTrue(m.err().contains("missing field 'logvar'"), m.err());
        assertEquals(3, runConcept("softmax", "--input", dir.resolve("absent.json").toString()).code());
        assertEquals(2, runConcept("no-such-concept", "--input", bad.toString()).code());
    }

    @Test
    void runGruCellAndMlp() throws Exception {
        Path gru = dir.resolve("gru.json");
        Files.writeString(gru, "{\"U\": [[0.1,0.2,0.3]], \"W\": [[0.4,0.5,0.6]], \"b_i\": [0,0,0], \"b_h\": [0,0,0],"
                + " \"x\": [[1.0]], \"h\": [[0.5]]}");
        Outcome o = runConcept("gru-cell", "--input", gru.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("h_next: "), o.out());
        Path mlp = dir.resolve("mlp.json");
        Files.writeString(mlp, "{\"layers\": [{\"W\": [[1,1],[1,1]], \"b\": [0,-1], \"activation\": \"relu\"},"
                + " {\"W\": [[1],[-2]], \"b\": [0]}], \"x\": [[0,0],[0,1],[1,0],[1,1]]}");
        Outcome x = runConcept("mlp", "--input", mlp.toString(), "--json");
        assertEquals(0, x.code(), x.err());
        assertEquals("[[0.0],[1.0],[1.0],[0.0]]", new ObjectMapper().readTree(x.out()).get("outputs").get("output").toString());
    }
}
