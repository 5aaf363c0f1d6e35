package io.verideck.verifier.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.numeric.NumericBackend;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.verifier.gen.Source;
import io.verideck.verifier.gen.TensorGen;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The checker accepts known gradients and rejects deliberately wrong ones (sign flip, missing factor
 * of 2, transposed matrix, off-by-one index, gradient of a neighbouring formula), in both modes.
 */
class GradientCheckerTest {
    private static final long SEED = 7L;

    @BeforeAll
    static void load() {
        NumericBackend.load();
    }

    /** f(A) = 1/2 ||A v||^2 over a non-square A [3, 4]: grad = (A v) v^T. */
    private static Differentiable quadratic(INDArray v, Function<INDArray, INDArray> gradient) {
        ParameterLayout layout = new ParameterLayout(java.util.List.of("A"), java.util.List.of(new long[] {3, 4}));
        return Differentiable.scalar(layout, s -> {
            INDArray a = s.reshape('c', s.size(0), 3, 4);
            INDArray av = io.verideck.numeric.Stacked.matmul(a, v.reshape(4, 1));
            return av.muli(av).reshape(s.size(0), 3).sum(1).muli(0.5);
        }, gradient);
    }

    private static INDArray point() {
        return TensorGen.dense(-1, 1, 12).generate(Source.random(SEED));
    }

    private static INDArray vector() {
        return TensorGen.dense(-1, 1, 4).generate(Source.random(SEED + 1));
    }

    private static INDArray rightGradient(INDArray flat, INDArray v) {
        INDArray a = flat.reshape('c', 3, 4);
        return a.mmul(v.reshape(4, 1)).mmul(v.reshape(1, 4)).reshape(12);
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void acceptsTheRightGradient(GradientChecker.Mode mode) {
        INDArray v = vector();
        GradientCheckResult r = GradientChecker.of(mode, Tolerance.ELEMENTWISE).check(quadratic(v, x -> rightGradient(x, v)), point(), SEED);
        assertTrue(r.passed(), () -> r.mismatch().describe());
        assertTrue(r.maxRelError() < 1e-6, "max rel " + r.maxRelError());
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void rejectsASignFlip(GradientChecker.Mode mode) {
        INDArray v = vector();
        assertRejected(mode, quadratic(v, x -> rightGradient(x, v).neg()));
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void rejectsAMissingFactorOfTwo(GradientChecker.Mode mode) {
        INDArray v = vector();
        // The gradient of ||Av||^2 (no 1/2) checked against 1/2 ||Av||^2: off by a factor of 2.
        assertRejected(mode, quadratic(v, x -> rightGradient(x, v).mul(2)));
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void rejectsATransposedMatrix(GradientChecker.Mode mode) {
        INDArray v = vector();
        // (A v) v^T laid out as its transpose [4, 3] and read back in [3, 4] order.
        assertRejected(mode, quadratic(v, x -> rightGradient(x, v).reshape('c', 3, 4).transpose().dup('c').reshape(12)));
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void rejectsAnOffByOneIndex(GradientChecker.Mode mode) {
        INDArray v = vector();
        assertRejected(mode, quadratic(v, x -> {
            double[] g = rightGradient(x, v).toDoubleVector();
            double[] shifted = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                shifted[i] = g[(i + 1) % g.length];
            }
            return Nd4j.createFromArray(shifted);
        }));
    }

    @ParameterizedTest
    @EnumSource(GradientChecker.Mode.class)
    void rejectsTheGradientOfANeighbouringFormula(GradientChecker.Mode mode) {
        // Softmax cross-entropy checked against softmax(z) + y (the sign of the target term wrong)
        // and against sigmoid(z) - y (the binary neighbour's gradient).
        INDArray z = TensorGen.dense(-3, 3, 2, 4).generate(Source.random(SEED));
        INDArray y = TensorGen.oneHot(2, 4).generate(Source.random(SEED));
        ParameterLayout layout = ParameterLayout.of("z", z);
        Function<INDArray, INDArray> stacked = s -> SoftmaxCrossEntropy.lossStacked(s.reshape('c', s.size(0), 2, 4), y);
        assertRejected(mode, Differentiable.scalar(layout, stacked,
                v -> Softmax.probabilities(v.reshape(2, 4)).addi(y).divi(2).reshape(8)), z.reshape(8));
        assertRejected(mode, Differentiable.scalar(layout, stacked,
                v -> Transforms.sigmoid(v.reshape(2, 4)).subi(y).divi(2).reshape(8)), z.reshape(8));
        GradientCheckResult ok = GradientChecker.of(mode, Tolerance.ELEMENTWISE).check(Differentiable.scalar(layout, stacked,
                v -> SoftmaxCrossEntropy.gradient(v.reshape(2, 4), y).reshape(8)), z.reshape(8), SEED);
        assertTrue(ok.passed(), () -> ok.mismatch().describe());
    }

    @org.junit.jupiter.api.Test
    void aFailureNamesOutputInputAndBothValues() {
        INDArray v = vector();
        GradientCheckResult r = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.DEFAULT)
                .check(quadratic(v, x -> rightGradient(x, v).neg()), point(), SEED);
        assertFalse(r.passed());
        String text = r.mismatch().describe();
        assertTrue(text.matches("Jacobian mismatch for output 0 with respect to input \\d+ \\(A\\[\\d,\\d\\]\\): numerical .*, analytical .*"), text);
        assertEquals(-r.mismatch().numeric(), r.mismatch().analytic(), 1e-5 + 1e-3 * Math.abs(r.mismatch().numeric()));
    }

    @org.junit.jupiter.api.Test
    void fullModeEvaluatesAllPerturbationsInOneStackedCall() {
        INDArray v = vector();
        int[] calls = {0};
        Differentiable f = quadratic(v, x -> rightGradient(x, v));
        Differentiable counted = new Differentiable(f.layout(), f.outputs(), s -> {
            calls[0]++;
            return f.stacked().apply(s);
        }, f.jacobian());
        GradientCheckResult r = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE).check(counted, point(), SEED);
        assertTrue(r.passed());
        assertEquals(1, calls[0]);
        assertEquals(24, r.evaluations());
    }

    private static void assertRejected(GradientChecker.Mode mode, Differentiable f) {
        assertRejected(mode, f, point());
    }

    private static void assertRejected(GradientChecker.Mode mode, Differentiable f, INDArray x) {
        GradientCheckResult r = GradientChecker.of(mode, Tolerance.DEFAULT).check(f, x, SEED);
        assertFalse(r.passed(), "a wrong gradient was accepted in mode " + mode + " (max rel " + r.maxRelError() + ")");
    }
}
