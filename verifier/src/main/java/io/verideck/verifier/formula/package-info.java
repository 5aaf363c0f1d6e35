/**
 * Typed formulas checked numerically: the engine behind exam mode and {@code verideck check-formula}.
 *
 * <h2>The idea</h2>
 * Two formulas are taken to be equal when they agree at many random points of the declared variable
 * domains, the way WeBWorK and STACK grade mathematics. No symbolic algebra is needed, so any correct
 * spelling is accepted ({@code e^x/(1+e^x)} for {@code sigmoid(x)}), and a wrong answer is caught with a
 * concrete counterexample point.
 *
 * <h2>The pieces</h2>
 * <ol>
 *   <li>{@code Lexer} turns typed text into tokens and spells out TeX ({@code \frac}, {@code \sigma},
 *       {@code \hat{y}}, {@code x_{i}}), Greek letters and Unicode operators ({@code ⊙}, {@code ·},
 *       {@code −}); input over 4000 characters is refused before any work.</li>
 *   <li>{@code Parser} builds the syntax tree ({@code Expr}) by recursive descent with a nesting limit of
 *       100 levels, resolving names against the declared {@link io.verideck.verifier.formula.Variables}
 *       (variables first, then functions, then the constants {@code e} and {@code pi}, then runs of
 *       declared names such as {@code Wx}). Every error names its column:
 *       {@code col 13: expected ')' to close the '(' at col 3, found the end of the formula}.</li>
 *   <li>{@code Evaluator} computes a {@link io.verideck.verifier.formula.Value} (a dense matrix of
 *       doubles; vectors are columns) with linear-algebra shapes and a bound on the arithmetic work.
 *       Undefined results are NaN or infinite entries, never exceptions.</li>
 *   <li>{@link io.verideck.verifier.formula.Domain} draws seeded random values: scalars, positives, unit
 *       interval, 0/1 and 0/1 vectors, integers in a range, vectors, matrices (each optionally bounded
 *       by {@code in (a,b)}), probability vectors, one-hot vectors, SPD matrices. {@code Variables}
 *       parses the declarations with {@code DeclarationReader}, which names the column of an error.</li>
 *   <li>{@link io.verideck.verifier.formula.FormulaJudge} compares both formulas at 40 defined points
 *       (relative tolerance 1e-6, absolute 1e-9), skipping and counting points where either side is
 *       undefined, and explains a rejection ({@code Hints}): off by a factor, differs in sign, off by a
 *       constant, a shape or transpose mismatch, or undefined where the answer is defined. The result is
 *       a {@link io.verideck.verifier.formula.Verdict}. {@code floor}, {@code ceil} and {@code round}
 *       snap rounding noise to the nearest whole number, so on integer domains piecewise-constant
 *       answers are compared exactly.</li>
 * </ol>
 *
 * <p>The package is pure Java (no ND4J, no native code), so exam mode can call it without loading the
 * numeric backend. The language itself is documented in {@code docs/formulas.md} and
 * {@code docs/card-format.md}.
 */
package io.verideck.verifier.formula;
