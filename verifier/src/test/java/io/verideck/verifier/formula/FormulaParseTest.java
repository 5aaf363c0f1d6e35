package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How typed text is read ({@link Formula#reading()}) and the errors it produces, with their columns. */
class FormulaParseTest {
    private static final Variables VARS = Variables.parse(
            "x scalar; y scalar; a scalar; b scalar; n positive; W matrix[3,3]; W_hh matrix[3,3]; h vector[3];"
                    + " z vector[3]; x_i scalar; y_hat scalar; beta_1 unit; m scalar; v positive; eps positive");

    @ParameterizedTest(name = "{0}  reads as  {1}")
    @CsvSource(delimiterString = "=>", value = {
        "2x                         => 2 x",
        "2 * x                      => 2 x",
        "W h                        => W h",
        "W^T h                      => W^T h",
        "h^{T} h                    => h^T h",
        "h' W                       => h^T W",
        "W^\\top h                  => W^T h",
        "Wh                         => W h",
        "W_hh h                     => W_hh h",
        "W_{hh} h                   => W_hh h",
        "\\frac{a}{b}               => a / b",
        "\\frac{1}{1+e^{-x}}        => 1 / (1 + e^(-x))",
        "\\sigma(x)                 => sigmoid(x)",
        "σ(x)                       => sigmoid(x)",
        "σx                         => sigmoid(x)",
        "x_{i} + x_i                => x_i + x_i",
        "\\hat{y} - y               => y_hat - y",
        "\\log x + 1                => log(x) + 1",
        "\\exp(x)                   => exp(x)",
        "\\ln(x)                    => log(x)",
        "a \\cdot b                 => a b",
        "a \\times b                => a b",
        "z ⊙ h                      => z .* h",
        "z \\odot h                 => z .* h",
        "z .* h                     => z .* h",
        "e^{-x}                     => e^(-x)",
        "e^-x                       => e^(-x)",
        "2^2^n                      => 2^(2^n)",
        "-x^2                       => -x^2",
        "|x - y|                    => abs(x - y)",
        "\\sqrt{x}                  => sqrt(x)",
        "√x                         => sqrt(x)",
        "\\left( x + y \\right) a   => (x + y) a",
        "β_1 m                      => beta_1 m",
        "\\beta_{1} m               => beta_1 m",
        "\\epsilon a                => eps a",
        "a**2                       => a^2",
        "x²                         => x^2",
        "1/2 x                      => 1 / 2 * x",
        "a - (b - x)                => a - (b - x)",
        "a / (b x)                  => a / (b x)",
        "max(0, x)                  => max(0, x)",
        "\\max(a, b)                => max(a, b)",
        "norm(h)^2                  => norm(h)^2",
        "sum(h) / 3                 => sum(h) / 3",
        "\\operatorname{softmax}(z) => softmax(z)",
        "\\mathbf{W} h              => W h",
        "2 \\pi v                   => 2 pi v",
        "[x + y] a                  => (x + y) a",
        "x − y                      => x - y",
    })
    void reads(String typed, String reading) {
        assertEquals(reading, Formula.parse(typed, VARS).reading());
    }

    @ParameterizedTest(name = "{0}  fails with  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "1/(1+exp(-x)  => col 13: expected ')' to close the '(' at col 3, found the end of the formula",
        "(x + y        => col 7: expected ')' to close the '(' at col 1, found the end of the formula",
        "x +           => col 4: expected a number, a name or '(', found the end of the formula",
        "x $ y         => col 3: unexpected character '$'",
        "q + x         => col 1: unknown name 'q' (variables: W, W_hh, a, b, beta_1, eps, h, m, n, v, x, x_i, y, y_hat, z)",
        "dot(h)        => col 1: dot takes 2 arguments, found 1",
        "log           => col 4: expected '(' after 'log', found the end of the formula",
        "\\sum_i x     => col 1: unsupported TeX command '\\sum'",
        "x)            => col 2: expected an operator or the end of the formula (unbalanced ')'), found ')'",
        "x y 2         => col 5: expected an operator or the end of the formula, found 2",
        "x_            => col 2: expected a subscript after '_', found the end of the formula",
        "a . b         => col 3: expected '.*' or a number, found '.'",
        "|x            => col 3: expected '|' to close the absolute value, found the end of the formula",
        "\\frac{1}     => col 9: expected an argument for '\\frac', found the end of the formula",
    })
    void rejects(String typed, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(typed, VARS));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}  fails with  {1}")
    @CsvSource(delimiterString = "=>", value = {
        "x vec[3]            => col 3: unknown kind 'vec' (expected one of: scalar, positive, unit, binary, binary[n], integer[a,b], vector[n], matrix[m,n], prob[n], onehot[n], spd[n])",
        "x scalar; y vector  => col 13: vector needs one size [n]",
        "x scalar; x unit    => col 11: variable 'x' is declared twice",
        "W matrix[3]         => col 9: matrix needs a size [m,n]",
        "x vector[0]         => col 9: size 0 is out of range 1..100",
        "x                   => col 1: expected 'name kind' such as 'x scalar' or 'W matrix[3,4]', found 'x'",
        "x scalar[2]         => col 9: scalar takes no size",
    })
    void rejectsBadVariables(String variables, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> Variables.parse(variables));
        assertEquals(message, e.getMessage());
    }

    @Test
    void shapesFollowLinearAlgebra() {
        Variables vars = Variables.parse("W matrix[3,2]; z vector[2]; h vector[3]; x vector[2]");
        assertEquals(3, Formula.parse("W z + h", vars).evaluate(vars.samplePoint(new java.util.SplittableRandom(1))).rows());
        FormulaException e = assertThrows(FormulaException.class,
                () -> Formula.parse("W^T z", vars).evaluate(vars.samplePoint(new java.util.SplittableRandom(1))));
        assertEquals("col 5: cannot multiply 2x3 by 2x1 (for a matrix product the inner sizes must agree: 3 vs 2)", e.getMessage());
        FormulaException sum = assertThrows(FormulaException.class,
                () -> Formula.parse("h + z", vars).evaluate(vars.samplePoint(new java.util.SplittableRandom(1))));
        assertEquals("col 5: cannot add 3x1 and 2x1 (shapes differ)", sum.getMessage());
    }
}
