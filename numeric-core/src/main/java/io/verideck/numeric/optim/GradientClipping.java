package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Gradient clipping. By norm: {@code g' = g min(1, c / |g|)} (same direction, {@code |g'| <= c}); by value:
 * {@code g'_i = clip(g_i, -c, c)} (changes the direction in general). Reference: Pascanu, Mikolov and
 * Bengio (2013); Goodfellow et al. (2016), section 10.11.1.
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * @param g gradient (any shape)
     * @param c threshold, {@code > 0}
     * @return {@code g min(1, c / |g|)}
     */
    public static INDArray byNorm(INDArray g, double c) {
        double norm = g.norm2Number().doubleValue();
        return norm <= c ? g.dup() : g.mul(c / norm);
    }

    /**
     * @param g gradient
     * @param c threshold, {@code > 0}
     * @return {@code clip(g_i, -c, c)} elementwise
     */
    public static INDArray byValue(INDArray g, double c) {
        return Transforms.min(Transforms.max(g, -c, true), c, false);
    }
}
