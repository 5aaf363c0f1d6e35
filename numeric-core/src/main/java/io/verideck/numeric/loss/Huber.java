package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Huber loss of a residual {@code r} (claim E3): {@code L(r) = r^2 / 2} for {@code |r| <= delta},
 * else {@code delta |r| - delta^2 / 2}; {@code L'(r) = clip(r, -delta, delta)}. It is convex and
 * {@code C^1} at {@code |r| = delta}; {@code L / delta -> |r|} as {@code delta -> 0} and {@code L -> r^2
 * / 2} as {@code delta -> infinity}. Shapes: elementwise. Reference: Huber, "Robust estimation of a
 * location parameter", Annals of Mathematical Statistics 35 (1964).
 */
public final class Huber {
    private Huber() {
    }

    /**
     * @param r residuals
     * @param delta threshold {@code > 0}
     * @return {@code L_delta(r)}, elementwise
     */
    public static INDArray value(INDArray r, double delta) {
        INDArray a = Transforms.abs(r, true);
        INDArray inside = a.lte(delta).castTo(r.dataType());
        INDArray quadratic = r.mul(r).muli(0.5);
        INDArray linear = a.mul(delta).subi(0.5 * delta * delta);
        return quadratic.muli(inside).addi(linear.muli(inside.rsub(1.0)));
    }

    /**
     * @param r residuals
     * @param delta threshold
     * @return {@code clip(r, -delta, delta)}
     */
    public static INDArray derivative(INDArray r, double delta) {
        return Transforms.min(Transforms.max(r, -delta, true), delta, false);
    }
}
