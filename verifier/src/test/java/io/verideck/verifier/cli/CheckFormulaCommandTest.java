package io.verideck.verifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code check-formula} run in-process: exit codes, text and JSON output. */
class CheckFormulaCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CheckFormulaCommand());
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void acceptedIsExitZero() {
        assertEquals(0, run("--reference", "sigmoid(x)", "--variables", "x scalar", "e^x/(1+e^x)"));
        assertTrue(out.toString().startsWith("accepted: equal to the answer at 40 random points"), out.toString());
        assertTrue(out.toString().contains("read as: e^x / (1 + e^x)"), out.toString());
    }

    @Test
    void rejectedIsExitOneWithHintAndCounterexample() {
        assertEquals(1, run("--reference", "0.5*x^2", "--variables", "x scalar", "x^2"));
        assertTrue(out.toString().startsWith("rejected: off by a factor of 2: yours = 2 × the answer"), out.toString());
        assertTrue(out.toString().contains("counterexample: x = "), out.toString());
    }

    @Test
    void parseErrorIsExitTwoWithACaretUnderTheColumn() {
        assertEquals(2, run("--reference", "x", "--variables", "x scalar", "(x + 1"));
        assertEquals(String.format("error: col 7: expected ')' to close the '(' at col 1, found the end of the formula%n"
                + "  (x + 1%n        ^%n"), err.toString());
    }

    @Test
    void missingReferenceAndCardIsAUsageError() {
        assertEquals(2, run("x"));
        assertTrue(err.toString().contains("give --card ID, or --reference F with --variables V"), err.toString());
    }

    @Test
    void unknownCardIsExitThree(@TempDir Path decks) {
        assertEquals(3, run("--card", "no-such-card", "--decks", decks.toString(), "x"));
        assertEquals(String.format("error: unknown card 'no-such-card'%n"), err.toString());
    }

    @Test
    void aCardIsReadFromADecksDirectory(@TempDir Path decks) throws IOException {
        Files.writeString(decks.resolve("d.md"), "---\ndeck: D\n---\n\n## Question?\nid: my-card\nformula: softmax(z) - y\n"
                + "variables: z vector[5]; y onehot[5]\n\nAnswer.\n");
        assertEquals(0, run("--card", "my-card", "--decks", decks.toString(), "exp(z)/sum(exp(z)) - y"));
        assertEquals(1, run("--card", "my-card", "--decks", decks.toString(), "y - softmax(z)"));
        assertTrue(out.toString().contains("rejected: differs in sign"), out.toString());
    }

    @Test
    void theConvolutionOutputSizeCardWantsTheFloorAndGivesAnIntegerCounterexample() {
        assertEquals(0, run("--card", "cnn-output-size-formula", "\\lfloor (N + 2P - F)/S \\rfloor + 1"));
        assertEquals(1, run("--card", "cnn-output-size-formula", "(N - F + 2P)/S + 1"));
        assertTrue(out.toString().matches("(?s).*counterexample: N = \\d+, F = \\d+, P = \\d+, S = \\d+\\R.*"), out.toString());
    }

    @Test
    void aBadDeclarationIsExitThreeWithItsColumn() {
        assertEquals(3, run("--reference", "n", "--variables", "n integer[5,1]", "n"));
        assertEquals(String.format("error: the variables: col 10: empty range: 5 > 1%n  n integer[5,1]%n           ^%n"), err.toString());
    }

    @Test
    void aBuiltInCardIsFoundThroughTheProjectRoot() {
        assertEquals(0, run("--card", "output-layers-softmax-ce-gradient", "\\frac{e^{z}}{sum(e^{z})} - y"));
    }

    @Test
    void aBrokenCardFormulaIsExitThree() {
        assertEquals(3, run("--card", "c", "--reference", "x +", "--variables", "x scalar", "x"));
        assertTrue(err.toString().startsWith("error: card 'c': col 4: expected a number"), err.toString());
    }

    @Test
    void jsonOutput() {
        assertEquals(1, run("--json", "--seed", "5", "--reference", "x", "--variables", "x unit", "x + 1"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"result\": \"REJECTED\", \"card\": null, \"readAs\": \"x + 1\","
                + " \"hint\": \"off by a constant: yours = the answer + 1\", \"counterexample\": {\"x\": 0."), json);
        assertTrue(json.endsWith("\"pointsTried\": 40, \"pointsSkipped\": 0, \"error\": null}"), json);
        out.getBuffer().setLength(0);
        assertEquals(2, run("--json", "--reference", "x", "--variables", "x unit", "x +"));
        assertTrue(out.toString().contains("\"result\": \"INVALID\""), out.toString());
        assertTrue(out.toString().contains("\"error\": \"col 4: expected a number, a name or '(', found the end of the formula\""));
    }
}
