package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The log-cosh loss of a residual {@code r} (claim E4): {@code L(r) = log cosh r}, {@code L'(r) = tanh
 * r}, {@code L''(r) = 1 - tanh^2 r}; about {@code r^2 / 2} for small {@code r} (error at most {@code
 * r^4 / 12}) and {@code |r| - log 2} for large {@code |r|}. The stable form {@code |r| + log1p(e^{-2|r|})
 * - log 2} stays finite at {@code r = 1000}, where {@code cosh} overflows. Shapes: elementwise.
 * Reference: Chen et al., "Log hyperbolic cosine loss improves variational auto-encoder" (2019).
 */
public final class LogCosh {
    private LogCosh() {
    }

    /**
     * @param r residuals
     * @return {@code |r| + log1p(e^{-2|r|}) - log 2}
     */
    public static INDArray value(INDArray r) {
        INDArray a = Transforms.abs(r, true);
        return Transforms.log1p(Transforms.exp(a.mul(-2.0), false), false).addi(a).subi(Math.log(2));
    }

    /**
     * @param r residuals
     * @return {@code log(cosh r)} as written (infinite once {@code cosh} overflows, near 710)
     */
    public static INDArray naive(INDArray r) {
        return Transforms.log(Transforms.cosh(r, true), false);
    }

    /**
     * @param r residuals
     * @return {@code tanh r}
     */
    public static INDArray derivative(INDArray r) {
        return Transforms.tanh(r, true);
    }

    /**
     * @param r residuals
     * @return {@code 1 - tanh^2 r}
     */
    public static INDArray secondDerivative(INDArray r) {
        INDArray t = Transforms.tanh(r, true);
        return t.muli(t).rsubi(1.0);
    }
}
