package io.verideck.numeric.logistic;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The softplus {@code zeta(a) = log(1 + e^a)}, a smooth {@code max(a, 0)} with {@code zeta'(a) =
 * sigma(a)}. The stable form {@code max(a, 0) + log1p(e^{-|a|})} stays finite at {@code |a| = 1000},
 * where the form as written overflows. Shapes: elementwise. Reference: Goodfellow et al., <i>Deep
 * Learning</i> (2016), section 3.10.
 */
public final class Softplus {
    private Softplus() {
    }

    /**
     * @param a input
     * @return {@code max(a, 0) + log1p(e^{-|a|})}
     */
    public static INDArray value(INDArray a) {
        INDArray tail = Transforms.log1p(Transforms.exp(Transforms.abs(a, true).negi(), false), false);
        return Transforms.max(a, 0.0, true).addi(tail);
    }

    /**
     * @param a input
     * @return {@code log(1 + e^a)} as written (infinite for {@code a > 709})
     */
    public static INDArray naive(INDArray a) {
        return Transforms.log(Transforms.exp(a, true).addi(1.0), false);
    }
}
