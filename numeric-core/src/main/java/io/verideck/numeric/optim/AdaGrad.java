package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AdaGrad: {@code r <- r + g .* g}, {@code Delta theta = -eps / (delta + sqrt(r)) .* g}, elementwise. The
 * accumulator only grows, so the effective rate {@code eps / (delta + sqrt(r_i))} never increases; with a
 * constant gradient and {@code delta = 0} the step is {@code -eps sign(g) / sqrt(t)}. Shapes: {@code g}
 * and {@code r} alike. Reference: Duchi, Hazan and Singer (2011); Goodfellow et al. (2016), algorithm 8.4.
 */
public final class AdaGrad {
    private final double eps;
    private final double delta;
    private INDArray r;

    /**
     * @param eps global rate
     * @param delta small constant
     * @param shape parameter shape; the accumulator starts at 0
     */
    public AdaGrad(double eps, double delta, long... shape) {
        this.eps = eps;
        this.delta = delta;
        this.r = Nd4j.zeros(shape);
    }

    /**
     * @param g gradient
     * @return the update {@code Delta theta}
     */
    public INDArray step(INDArray g) {
        INDArray gg = g.reshape(r.shape());
        r = r.add(gg.mul(gg));
        return update(gg, r, eps, delta);
    }

    /**
     * The update for a given (already accumulated) {@code r}.
     *
     * @param g gradient
     * @param r accumulator including {@code g .* g}, same shape
     * @param eps global rate
     * @param delta small constant
     * @return {@code -eps g / (delta + sqrt(r))}
     */
    public static INDArray update(INDArray g, INDArray r, double eps, double delta) {
        return g.div(Transforms.sqrt(r, true).addi(delta)).muli(-eps);
    }

    /** @return {@code eps / (delta + sqrt(r))} */
    public INDArray effectiveRate() {
        return Transforms.sqrt(r, true).addi(delta).rdivi(eps);
    }

    /** @return the accumulator {@code r} (a copy) */
    public INDArray accumulator() {
        return r.dup();
    }
}
