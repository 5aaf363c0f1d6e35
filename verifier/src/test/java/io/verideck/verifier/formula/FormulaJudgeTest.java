package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.verifier.formula.Verdict.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equivalent spellings are accepted, near misses rejected with the right hint, undefined points skipped. */
class FormulaJudgeTest {
    private static final long SEED = 20261121L;

    @ParameterizedTest(name = "{2}  equals  {0}")
    @CsvSource(delimiterString = "=>", value = {
        "sigmoid(x)                        => x scalar                   => e^x/(1+e^x)",
        "sigmoid(x)                        => x scalar                   => 1/(1+exp(-x))",
        "sigmoid(x)                        => x scalar                   => \\frac{1}{1+e^{-x}}",
        "sigmoid(x)                        => x scalar                   => σ(x)",
        "sigmoid(x)                        => x scalar                   => \\sigma(x)",
        "sigmoid(x)                        => x scalar                   => 1 - sigmoid(-x)",
        "sigmoid(x)                        => x scalar                   => (1 + tanh(x/2))/2",
        "sigmoid(x) * (1 - sigmoid(x))     => x scalar                   => σ(x)(1-σ(x))",
        "sigmoid(x) * (1 - sigmoid(x))     => x scalar                   => e^{-x}/(1+e^{-x})^2",
        "sigmoid(x) * (1 - sigmoid(x))     => x scalar                   => sigmoid(x) - sigmoid(x)^2",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => exp(z)/sum(exp(z)) - y",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => -y + softmax(z)",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => \\operatorname{softmax}(z) - y",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => \\frac{e^{z}}{sum(e^{z})} - y",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => exp(z - max(z))/sum(exp(z - max(z))) - y",
        "softmax(z) - y                    => z vector[5]; y onehot[5]   => softmax(z + 3) - y",
        "mean((y - p)^2)                   => y vector[5]; p vector[5]   => sum((y - p) .* (y - p))/5",
        "mean((y - p)^2)                   => y vector[5]; p vector[5]   => (y - p)^T (y - p) / 5",
        "mean((y - p)^2)                   => y vector[5]; p vector[5]   => norm(y - p)^2/5",
        "mean((y - p)^2)                   => y vector[5]; p vector[5]   => \\frac{1}{5} dot(y-p, y-p)",
        "exp(-(x - m)^2 / (2*v)) / sqrt(2*pi*v) => x scalar; m scalar; v positive => \\frac{1}{\\sqrt{2\\pi v}} e^{-\\frac{(x-m)^2}{2v}}",
        "2 W x x^T                         => W matrix[3,2]; x vector[2] => 2 (W x) x^T",
        "2 W x x^T                         => W matrix[3,2]; x vector[2] => 2Wxx^T",
        "2 W^T W x                         => W matrix[3,2]; x vector[2] => 2 W^T (W x)",
        "X^T (X w - y)                     => X matrix[6,3]; w vector[3]; y vector[6] => X^T X w - X^T y",
        "w - a * g                         => w vector[4]; a positive; g vector[4] => w - a g",
        "H^T softmax(H s)                  => H matrix[5,3]; s vector[3] => H' softmax(Hs)",
        "log(sum(exp(z))) - dot(y, z)      => z vector[5]; y onehot[5]   => -sum(y .* log(softmax(z)))",
        "softplus((1 - 2y) * z)            => y binary; z scalar         => -(y log(σ(z)) + (1-y) log(1-σ(z)))",
        "mu + s * e                        => mu scalar; s positive; e scalar => e s + mu",
        "u*d + u^2 + u                     => u positive; d positive     => u(d + u + 1)",
        "beta_1*m + (1 - beta_1)*g         => beta_1 unit; m scalar; g scalar => \\beta_1 m + (1-\\beta_{1}) g",
    })
    void accepts(String answer, String variables, String typed) {
        Verdict v = FormulaJudge.judge(answer, variables, typed, SEED);
        assertEquals(Result.ACCEPTED, v.result(), () -> "seed " + SEED + ": " + v);
        assertNull(v.hint());
        assertTrue(v.pointsTried() >= FormulaJudge.Options.DEFAULT.points());
    }

    @ParameterizedTest(name = "{2}  differs from  {0}: {3}")
    @CsvSource(delimiterString = "=>", value = {
        "sigmoid(x)                     => x scalar => -1/(1+exp(-x))              => differs in sign: yours is minus the answer",
        "softmax(z) - y                 => z vector[5]; y onehot[5] => y - softmax(z) => differs in sign: yours is minus the answer",
        "0.5 * (mu^2 + s^2 - log(s^2) - 1) => mu scalar; s positive => mu^2 + s^2 - log(s^2) - 1 => off by a factor of 2: yours = 2 × the answer",
        "x^2                            => x scalar => x^2/2                      => off by a factor of 1/2: yours = 1/2 × the answer",
        "2 W^T W x                      => W matrix[3,2]; x vector[2] => W^T W x  => off by a factor of 1/2: yours = 1/2 × the answer",
        "sigmoid(x)                     => x scalar => sigmoid(x) + 1             => off by a constant: yours = the answer + 1",
        "log(1 + exp(x))                => x scalar => log(2 + 2exp(x))           => off by a constant: yours = the answer + 0.693147",
        "W x                            => W matrix[3,4]; x vector[4] => x^T W^T  => the answer is a vector of length 3 but yours is a row vector of length 3 (transposed?)",
        "mean((y - p)^2)                => y vector[5]; p vector[5] => (y - p)^2  => the answer is a scalar but yours is a vector of length 5",
    })
    void rejectsWithHint(String answer, String variables, String typed, String hint) {
        Verdict v = FormulaJudge.judge(answer, variables, typed, SEED);
        assertEquals(Result.REJECTED, v.result(), () -> "seed " + SEED + ": " + v);
        assertEquals(hint, v.hint());
        assertEquals(Variables.parse(variables).domains().keySet(), v.counterexample().keySet());
    }

    @ParameterizedTest(name = "{2}  differs from  {0}")
    @CsvSource(delimiterString = "=>", value = {
        "sigmoid(x)                     => x scalar                   => 1/(1+exp(x))",
        "W x                            => W matrix[3,3]; x vector[3] => W^T x",
        "-(y*log(p) + (1 - y)*log(1 - p)) => y unit; p unit          => -(y*log(p) + (1 - y)*log(p))",
        "0.5*min(abs(r), d)^2 + d*(abs(r) - min(abs(r), d)) => r scalar; d positive => min(abs(r), d)^2 + d*(abs(r) - min(abs(r), d))",
        "softmax(z) - y                 => z vector[5]; y onehot[5]   => softmax(z) - 1",
        "exp(z) / sum(exp(z))           => z vector[4]                => exp(z) / sum(z)",
    })
    void rejectsNearMisses(String answer, String variables, String typed) {
        Verdict v = FormulaJudge.judge(answer, variables, typed, SEED);
        assertEquals(Result.REJECTED, v.result(), () -> "seed " + SEED + ": " + v);
        assertTrue(v.hint() != null && !v.hint().isBlank());
        assertEquals(Variables.parse(variables).domains().keySet(), v.counterexample().keySet());
    }

    @Test
    void transposedNonSquareMatrixIsRejectedWithTheShapeProblem() {
        Verdict v = FormulaJudge.judge("W x", "W matrix[3,4]; x vector[4]", "W^T x", SEED);
        assertEquals(Result.REJECTED, v.result());
        assertEquals("the shapes do not fit: col 5: cannot multiply 4x3 by 4x1"
                + " (for a matrix product the inner sizes must agree: 3 vs 4)", v.hint());
    }

    @Test
    void counterexampleReallySeparatesTheFormulas() {
        Verdict v = FormulaJudge.judge("sigmoid(x)", "x scalar", "1/(1+exp(x))", SEED);
        double x = (Double) v.counterexample().get("x");
        double answer = 1 / (1 + Math.exp(-x));
        double typed = 1 / (1 + Math.exp(x));
        assertTrue(Math.abs(answer - typed) > 1e-6, "seed " + SEED + ": x = " + x);
    }

    @Test
    void pointsWhereEitherSideIsUndefinedAreSkippedAndCounted() {
        Verdict v = FormulaJudge.judge("log(x)", "x scalar", "2 log(sqrt(x))", SEED);
        assertEquals(Result.ACCEPTED, v.result(), () -> "seed " + SEED + ": " + v);
        assertTrue(v.pointsSkipped() > 10, () -> "seed " + SEED + ": about half of [-3, 3] is undefined: " + v);
        assertEquals(FormulaJudge.Options.DEFAULT.points(), v.pointsTried() - v.pointsSkipped());
    }

    @Test
    void typedUndefinedWhereTheAnswerIsDefinedIsRejected() {
        Verdict v = FormulaJudge.judge("x", "x scalar", "sqrt(x)^2", SEED);
        assertEquals(Result.REJECTED, v.result(), () -> "seed " + SEED + ": " + v);
        assertTrue(v.hint().startsWith("yours is undefined at "), v.hint());
        assertTrue((Double) v.counterexample().get("x") < 0);
    }

    @Test
    void anAnswerUndefinedEverywhereIsInvalid() {
        Verdict v = FormulaJudge.judge("log(-abs(x) - 1)", "x scalar", "x", SEED);
        assertEquals(Result.INVALID, v.result());
        assertTrue(v.error().startsWith("answer formula: defined at only 0 of"), v.error());
    }

    @Test
    void errorsSayWhoseFaultItIs() {
        assertEquals("col 7: expected ')' to close the '(' at col 1, found the end of the formula",
                FormulaJudge.judge("x", "x scalar", "(x + 1", SEED).error());
        assertEquals("answer formula: col 1: unknown name 'q' (variables: x)",
                FormulaJudge.judge("q", "x scalar", "x", SEED).error());
        assertEquals("variables: col 3: unknown kind 'real' (expected one of: scalar, positive, unit, binary, binary[n],"
                + " integer[a,b], vector[n], matrix[m,n], prob[n], onehot[n], spd[n])", FormulaJudge.judge("x", "x real", "x", SEED).error());
        assertEquals(Result.INVALID, FormulaJudge.judge("x", "x scalar", null, SEED).result());
    }

    @Test
    void sameSeedSameVerdict() {
        Verdict a = FormulaJudge.judge("softmax(z) - y", "z vector[5]; y onehot[5]", "softmax(z) - 2y", 99);
        Verdict b = FormulaJudge.judge("softmax(z) - y", "z vector[5]; y onehot[5]", "softmax(z) - 2y", 99);
        assertEquals(a.hint(), b.hint());
        assertTrue(java.util.Arrays.equals((double[]) a.counterexample().get("z"), (double[]) b.counterexample().get("z")));
    }

    @Test
    void matrixDomainsHaveTheirProperties() {
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("A", "A spd[3]", "A^T", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("1", "p prob[4]", "sum(p)", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("1", "y onehot[4]", "sum(y .* y)", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("x", "x binary", "x^2", SEED).result());
        assertEquals(Result.REJECTED, FormulaJudge.judge("x", "x unit", "x^2", SEED).result());
        assertEquals(Result.ACCEPTED, FormulaJudge.judge("abs(x)", "x positive", "x", SEED).result());
    }
}
