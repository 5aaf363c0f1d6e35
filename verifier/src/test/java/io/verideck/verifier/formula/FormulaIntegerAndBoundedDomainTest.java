package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.verifier.formula.Verdict.Result;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Integer, binary-vector and bounded domains, and {@code floor}, {@code ceil}, {@code round}: parsing,
 * sampling, evaluation and judging. Randomized sampling checks print their seed.
 */
class FormulaIntegerAndBoundedDomainTest {
    private static final long SEED = 5;
    private static final String CONV = "N integer[8,32]; F integer[1,7]; P integer[0,3]; S integer[1,4]";
    private static long seed;

    @BeforeAll
    static void pickSeed() {
        seed = Long.getLong("formula.integer.seed", System.nanoTime());
        System.out.println("FormulaIntegerAndBoundedDomainTest seed=" + seed + " (rerun with -Dformula.integer.seed=" + seed + ")");
    }

    private static Value[] samples(String declaration, int count) {
        return DomainSamples.of(declaration, count, seed);
    }

    @Test
    void integersCoverTheirInclusiveRangeAndNothingElse() {
        Set<Double> seen = new HashSet<>();
        for (Value v : samples("integer[-2,3]", 600)) {
            double x = v.asScalar();
            assertTrue(x == Math.rint(x) && x >= -2 && x <= 3, "seed " + seed + ": " + v);
            seen.add(x);
        }
        assertEquals(Set.of(-2.0, -1.0, 0.0, 1.0, 2.0, 3.0), seen, "seed " + seed);
        for (Value v : samples("integer[7,7]", 20)) assertEquals(7, v.asInt());
    }

    @Test
    void binaryVectorsHoldZerosAndOnes() {
        int ones = 0;
        for (Value v : samples("binary[8]", 200)) {
            assertEquals("8x1", v.shape());
            for (double x : v.data()) {
                assertTrue(x == 0 || x == 1, "seed " + seed + ": " + v);
                ones += (int) x;
            }
        }
        assertTrue(ones > 600 && ones < 1000, "seed " + seed + ": " + ones + " ones of 1600");
    }

    @Test
    void boundedDomainsStayInsideAndOpenEndsAreAvoided() {
        double lowest = 1;
        double highest = -1;
        for (Value v : samples("vector[4] in (-1,1)", 300)) {
            for (double x : v.data()) {
                assertTrue(x > -1 && x < 1, "seed " + seed + ": " + v);
                lowest = Math.min(lowest, x);
                highest = Math.max(highest, x);
            }
        }
        assertTrue(lowest < -0.9 && highest > 0.9, "seed " + seed + ": the samples miss most of (-1, 1): " + lowest + ".." + highest);
        for (Value v : samples("scalar in [2, 5]", 300)) assertTrue(v.asScalar() >= 2 && v.asScalar() <= 5, "seed " + seed + ": " + v);
        for (Value v : samples("matrix[2,3] in (0,1]", 100)) {
            assertEquals("2x3", v.shape());
            for (double x : v.data()) assertTrue(x > 0 && x <= 1, "seed " + seed + ": " + v);
        }
    }

    @Test
    void declarationsReadBack() {
        String text = "n integer[1,10]; x binary[8]; b binary; z vector[4] in (0,1); h vector[4] in [-1,1); t scalar in (-2.5,3]";
        assertEquals(text, Variables.parse(text).toString());
        assertEquals(Variables.parse(text), Variables.parse(Variables.parse(text).toString()));
    }

    @ParameterizedTest(name = "{0}  fails with  {1}")
    @CsvSource(delimiterString = "=>", value = {
        "n integer                    => col 3: integer needs its range [a,b], such as integer[1,10]",
        "n integer[5]                 => col 10: integer needs its range [a,b], such as integer[1,10]",
        "n integer[5,1]               => col 10: empty range: 5 > 1",
        "n integer[1.5,3]             => col 10: the bounds of integer[a,b] must be whole numbers",
        "n integer[1,x]               => col 13: expected a number, found 'x'",
        "n integer[1,3               => col 14: expected ']' to close the '[' at col 10, found the end of the entry",
        "x binary[2,3]                => col 9: binary takes one size [n] (a vector of 0s and 1s) or none",
        "x binary[0]                  => col 9: size 0 is out of range 1..100",
        "x scalar; z vector[4] in 0,1 => col 26: expected an interval such as (0,1) or [-1,1] after 'in', found '0'",
        "z vector[4] in (1,0)         => col 16: empty interval: the lower end 1 is not below the upper end 0",
        "z vector[4] in (0 1)         => col 19: expected ',' between the ends of the interval, found '1'",
        "z vector[4] in (0,1          => col 20: expected ')' or ']' to close the interval opened at col 16, found the end of the entry",
        "p prob[3] in (0,1)           => col 11: only scalar, vector and matrix take a range 'in (a,b)'; prob has a fixed one",
        "z vector[4] (0,1)            => col 13: unexpected '(0,1)' after the domain of 'z'",
        "n integer[1,10000000]        => col 13: number 10000000 is too large (the limit is 1000000)",
    })
    void badDeclarationsPointAtTheColumn(String variables, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> Variables.parse(variables));
        assertEquals(message, e.getMessage());
    }

    @Test
    void floorCeilRoundEvaluateAndSnapRoundingNoise() {
        Variables x = Variables.parse("x scalar");
        assertEquals(2.0, eval("floor(x)", x, 2.7));
        assertEquals(-3.0, eval("floor(x)", x, -2.2));
        assertEquals(3.0, eval("ceil(x)", x, 2.2));
        assertEquals(-2.0, eval("ceil(x)", x, -2.7));
        assertEquals(3.0, eval("round(x)", x, 2.5));
        assertEquals(2.0, eval("round(x)", x, 2.49));
        // in floating point 0.3 / 0.1 is 2.9999999999999996 and 0.1 * 3 * 10 is 3.0000000000000004
        assertEquals(3.0, eval("floor(x / 0.1)", x, 0.3));
        assertEquals(3.0, eval("ceil(0.1 * x * 10)", x, 3));
        assertEquals(2.0, eval("floor(x)", x, 3 - 1e-6), "only rounding noise is snapped");
        assertEquals(2.0, eval("\\lfloor x \\rfloor", x, 2.9));
        assertEquals(3.0, eval("⌈x⌉", x, 2.1));
        assertEquals(6.0, eval("2\\lceil x/2 \\rceil", x, 5));
    }

    private static double eval(String formula, Variables vars, double x) {
        return Formula.parse(formula, vars).evaluate(Map.of("x", Value.scalar(x))).asScalar();
    }

    @Test
    void floorReadsBackAndIsElementwise() {
        Variables v = Variables.parse("z vector[3]");
        assertEquals("floor(z / 2) + 1", Formula.parse("\\lfloor z/2 \\rfloor + 1", v).reading());
        Value out = Formula.parse("floor(z)", v).evaluate(Map.of("z", new Value(3, 1, new double[] {0.5, -0.5, 2})));
        assertEquals(new Value(3, 1, new double[] {0, -1, 2}), out);
    }

    @Test
    void theFlooredOutputSizeAcceptsEquivalentSpellings() {
        String answer = "floor((N - F + 2 * P) / S) + 1";
        for (String typed : new String[] {
            "floor((N + 2P - F)/S) + 1",
            "\\lfloor \\frac{N - F + 2P}{S} \\rfloor + 1",
            "floor((N - F + 2P + S)/S)",
            "⌊(N - F + 2P)/S⌋ + 1",
            "-ceil((F - N - 2P)/S) + 1",
        }) {
            Verdict v = FormulaJudge.judge(answer, CONV, typed, SEED);
            assertEquals(Result.ACCEPTED, v.result(), typed + ": " + v);
        }
    }

    @Test
    void theUnflooredOutputSizeIsRejectedAtAPointWhereItDiffers() {
        Verdict v = FormulaJudge.judge("floor((N - F + 2 * P) / S) + 1", CONV, "(N - F + 2P)/S + 1", SEED);
        assertEquals(Result.REJECTED, v.result(), v.toString());
        double n = (Double) v.counterexample().get("N");
        double f = (Double) v.counterexample().get("F");
        double p = (Double) v.counterexample().get("P");
        double s = (Double) v.counterexample().get("S");
        assertTrue((n - f + 2 * p) % s != 0, "the counterexample must be a point where S does not divide N - F + 2P: " + v.counterexample());
        for (double x : new double[] {n, f, p, s}) assertEquals(Math.rint(x), x, "integer variables give integer counterexamples");
    }

    @Test
    void nearMissesOfIntegerFormulasAreRejected() {
        String[][] misses = {
            {"floor((N - F + 2 * P) / S) + 1", CONV, "ceil((N - F + 2P)/S) + 1"},
            {"floor((N - F + 2 * P) / S) + 1", CONV, "floor((N - F + P)/S) + 1"},
            {"floor((N - F + 2 * P) / S) + 1", CONV, "floor((N - F + 2P)/S)"},
            {"eps/(k - 1)", "eps unit; k integer[2,20]", "eps/k"},
            {"2^n - 1", "n integer[1,12]", "2^n"},
            {"2^(2^n)", "n integer[1,6]", "2^(2n)"},
            {"mean(x)", "x binary[8]", "sum(x)/7"},
        };
        for (String[] m : misses) {
            Verdict v = FormulaJudge.judge(m[0], m[1], m[2], SEED);
            assertEquals(Result.REJECTED, v.result(), m[2] + " against " + m[0] + ": " + v);
        }
        assertEquals("off by a constant: yours = the answer - 1",
                FormulaJudge.judge("floor((N - F + 2 * P) / S) + 1", CONV, "floor((N - F + 2P)/S)", SEED).hint());
    }

    @Test
    void formulasThatAgreeAtEveryIntegerPointAreEqual() {
        // equal at integers, different between them: the judge only sees integer points
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("n", "n integer[-5,5]", "round(n) + sin(pi * n)^2", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("n^2", "n integer[0,9]", "n * floor(n)", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("mean(x)", "x binary[8]", "mean(x^2)", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("mean(x)", "x binary[8]", "sum(x)/8", SEED).result());
        // over the reals the same pairs differ
        assertEquals(Result.REJECTED, FormulaJudge.judge("n^2", "n scalar", "n * floor(n)", SEED).result());
        assertEquals(Result.REJECTED, FormulaJudge.judge("mean(x)", "x vector[8]", "mean(x^2)", SEED).result());
    }

    @Test
    void boundedDomainsMakeFormulasDefinedThatWereNot() {
        String gru = "z vector[3] in (0,1); h vector[3] in (-1,1); h_tilde vector[3] in (-1,1)";
        String answer = "z .* h + (1 - z) .* h_tilde";
        assertEquals(Result.ACCEPTED, FormulaJudge.judge(answer, gru, "h_tilde + z ⊙ (h - h_tilde)", SEED).result());
        assertEquals(Result.REJECTED, FormulaJudge.judge(answer, gru, "(1 - z) .* h + z .* h_tilde", SEED).result());
        // log(z) and atanh-like forms are defined everywhere on the bounded domain
        Verdict v = FormulaJudge.judge("log(z/(1 - z))", "z vector[3] in (0,1)", "log(z) - log(1 - z)", SEED);
        assertEquals(Result.ACCEPTED, v.result(), v.toString());
        assertEquals(0, v.pointsSkipped());
    }
}
