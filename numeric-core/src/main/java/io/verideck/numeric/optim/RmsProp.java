package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * RMSProp: {@code r <- rho r + (1 - rho) g .* g}, {@code Delta theta = -eps / sqrt(delta + r) .* g},
 * elementwise. From {@code r_0 = 0} with a constant gradient {@code r_t = (1 - rho^t) g^2 -> g^2}, so the
 * step tends to {@code eps} in magnitude and does not vanish (unlike AdaGrad). Reference: Hinton (2012,
 * lecture 6e); Goodfellow et al. (2016), algorithm 8.5.
 */
public final class RmsProp {
    private final double eps;
    private final double rho;
    private final double delta;
    private INDArray r;

    /**
     * @param eps global rate
     * @param rho decay rate
     * @param delta small constant
     * @param shape parameter shape; the accumulator starts at 0
     */
    public RmsProp(double eps, double rho, double delta, long... shape) {
        this.eps = eps;
        this.rho = rho;
        this.delta = delta;
        this.r = Nd4j.zeros(shape);
    }

    /**
     * @param g gradient
     * @return the update {@code Delta theta}
     */
    public INDArray step(INDArray g) {
        INDArray gg = g.reshape(r.shape());
        r = accumulate(r, gg, rho);
        return gg.mul(effectiveRate()).negi();
    }

    /**
     * @param r accumulator
     * @param g gradient (same shape)
     * @param rho decay rate
     * @return {@code rho r + (1 - rho) g .* g} (new array)
     */
    public static INDArray accumulate(INDArray r, INDArray g, double rho) {
        return r.mul(rho).addi(g.mul(g).muli(1 - rho));
    }

    /** @return {@code eps / sqrt(delta + r)} */
    public INDArray effectiveRate() {
        return Transforms.sqrt(r.add(delta), false).rdivi(eps);
    }

    /** @return the accumulator {@code r} (a copy) */
    public INDArray accumulator() {
        return r.dup();
    }
}
