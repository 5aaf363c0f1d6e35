package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hostile input fails fast with an error: never a hang, never a stack overflow (the same idea as
 * commonmark-java's PathologicalTest). Every case runs under a time limit in its own thread.
 */
class FormulaHostileInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Variables X = Variables.parse(
            "x scalar; a scalar; aa scalar; v vector[100]; W matrix[100,100]; M matrix[3,3]; u vector[3]");

    private static FormulaException failsFast(String text) {
        return assertTimeoutPreemptively(LIMIT, () -> assertThrows(FormulaException.class, () -> Formula.parse(text, X)));
    }

    @Test
    void hundredThousandCharactersAreRefusedBeforeAnyWork() {
        assertEquals("formula too long: 100000 characters (the limit is 4000)", failsFast("x+".repeat(50_000)).getMessage());
        assertEquals("formula too long: 200001 characters (the limit is 4000)",
                failsFast("(".repeat(100_000) + "x" + ")".repeat(100_000)).getMessage());
    }

    @Test
    void deepNestingWithinTheLengthLimitIsAnError() {
        String expected = "nested deeper than " + Parser.MAX_DEPTH + " levels";
        assertTrue(failsFast("(".repeat(1900) + "x" + ")".repeat(1900)).getMessage().endsWith(expected));
        assertTrue(failsFast("-".repeat(3900) + "x").getMessage().endsWith(expected));
        assertTrue(failsFast("2^".repeat(1900) + "2").getMessage().endsWith(expected));
        assertTrue(failsFast("exp(".repeat(600) + "x" + ")".repeat(600)).getMessage().endsWith(expected));
        assertTrue(failsFast("\\frac{1}{".repeat(350) + "x" + "}".repeat(350)).getMessage().endsWith(expected));
        assertTrue(failsFast("|".repeat(3000) + "x").getMessage().endsWith(expected));
        assertTrue(failsFast("{".repeat(3000)).getMessage().endsWith(expected));
    }

    @Test
    void deepNestingStopsAtTheColumnWhereTheLimitIsCrossed() {
        FormulaException e = failsFast("(".repeat(1000) + "x" + ")".repeat(1000));
        // the outermost level is the formula itself, so the 100th '(' is one too many: the error points past it
        assertEquals("col " + (Parser.MAX_DEPTH + 1) + ": formula nested deeper than " + Parser.MAX_DEPTH + " levels", e.getMessage());
    }

    @Test
    void longFlatFormulasParseAndEvaluateQuickly() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Formula sum = Formula.parse("x+".repeat(1999) + "x", X);
            assertEquals(4000.0, sum.evaluate(java.util.Map.of("x", Value.scalar(2))).asScalar());
            Formula products = Formula.parse("M ".repeat(1999) + "u", X);
            Value v = products.evaluate(X.samplePoint(new SplittableRandom(1)));
            assertEquals(3, v.rows());
        });
    }

    @Test
    void evaluationWorkIsBounded() {
        FormulaException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(FormulaException.class,
                () -> Formula.parse("W ".repeat(1999) + "v", X).evaluate(X.samplePoint(new SplittableRandom(1)))));
        assertTrue(e.getMessage().endsWith("formula too costly to evaluate (more than " + Evaluator.MAX_WORK
                + " arithmetic operations)"), e.getMessage());
    }

    @Test
    void ambiguousRunsOfLettersAreRefusedWithoutExponentialSearch() {
        assertTimeoutPreemptively(LIMIT, () -> {
            assertThrows(FormulaException.class, () -> Formula.parse("a".repeat(60) + "b", X));
            assertThrows(FormulaException.class, () -> Formula.parse("a".repeat(3999), X));
            assertThrows(FormulaException.class, () -> Formula.parse("a".repeat(60), X));
        });
    }

    @Test
    void theJudgeReturnsInvalidInsteadOfThrowing() {
        Verdict v = assertTimeoutPreemptively(LIMIT, () -> FormulaJudge.judge("x", "x scalar", "(".repeat(100_000), 1));
        assertEquals(Verdict.Result.INVALID, v.result());
        Verdict w = assertTimeoutPreemptively(LIMIT, () -> FormulaJudge.judge("x", "x vector[100000]", "x", 1));
        assertEquals(Verdict.Result.INVALID, w.result());
    }

    @Test
    void randomTokenSoupNeverThrowsOrHangs() {
        long seed = Long.getLong("formula.fuzz.seed", System.nanoTime());
        System.out.println("FormulaHostileInputTest.randomTokenSoup seed=" + seed
                + " (rerun with -Dformula.fuzz.seed=" + seed + ")");
        String[] pieces = {"x", "y", "W", "v", "(", ")", "{", "}", "+", "-", "*", "/", "^", "T", ".*", "⊙", "|", ",",
            "2", "0.5", "e", "pi", "exp", "log", "sum", "max", "softmax", "dot", "norm", "\\frac", "\\sqrt", "\\hat",
            "_", "_{", "'", " ", "σ", "\\sigma", "\\left(", "\\right)", "xy", "Wv", "\\cdot", "²", "**", "\\", ".", "$"};
        SplittableRandom random = new SplittableRandom(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder text = new StringBuilder();
                int n = 1 + random.nextInt(30);
                for (int k = 0; k < n; k++) text.append(pieces[random.nextInt(pieces.length)]);
                String typed = text.toString();
                Verdict v = FormulaJudge.judge("x y + sum(v)", "x scalar; y positive; v vector[3]; W matrix[3,3]", typed, seed + i,
                        new FormulaJudge.Options(8, 1e-6, 1e-9, 4));
                assertTrue(v.result() != Verdict.Result.INVALID || v.error() != null, () -> "seed " + seed + ": " + typed);
            }
        });
    }
}
