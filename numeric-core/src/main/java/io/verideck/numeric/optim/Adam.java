package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam: {@code m_t = beta1 m + (1 - beta1) g}, {@code v_t = beta2 v + (1 - beta2) g^2},
 * {@code m^_t = m_t / (1 - beta1^t)}, {@code v^_t = v_t / (1 - beta2^t)},
 * {@code Delta theta = -eps m^_t / (sqrt(v^_t) + delta)}, elementwise; defaults {@code beta1 = 0.9},
 * {@code beta2 = 0.999}. Without bias correction {@code m_t, v_t} replace {@code m^_t, v^_t}. With a
 * constant gradient the corrected moments are exactly {@code g} and {@code g^2}. Reference: Kingma and Ba
 * (2015), algorithm 1; Goodfellow et al. (2016), algorithm 8.7.
 */
public final class Adam {
    private final double eps;
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final boolean correct;
    private INDArray m;
    private INDArray v;
    private int t;

    /**
     * @param eps step size
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param delta small constant added to {@code sqrt(v^)}
     * @param correct whether to apply the bias correction
     * @param shape parameter shape; the moments start at 0
     */
    public Adam(double eps, double beta1, double beta2, double delta, boolean correct, long... shape) {
        this.eps = eps;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.delta = delta;
        this.correct = correct;
        this.m = Nd4j.zeros(shape);
        this.v = Nd4j.zeros(shape);
    }

    /**
     * @param g gradient
     * @return the update {@code Delta theta}
     */
    public INDArray step(INDArray g) {
        INDArray gg = g.reshape(m.shape());
        t++;
        m = moment(m, gg, beta1);
        v = moment(v, gg.mul(gg), beta2);
        return firstMoment().divi(Transforms.sqrt(secondMoment(), false).addi(delta)).muli(-eps);
    }

    /**
     * The exponential moving average both moments use.
     *
     * @param m previous average
     * @param x new value ({@code g} for the first moment, {@code g .* g} for the second), same shape
     * @param beta decay
     * @return {@code beta m + (1 - beta) x} (new array)
     */
    public static INDArray moment(INDArray m, INDArray x, double beta) {
        return m.mul(beta).addi(x.mul(1 - beta));
    }

    /** @return {@code m^_t} (or {@code m_t} without correction) */
    public INDArray firstMoment() {
        return correct ? m.div(1 - Math.pow(beta1, t)) : m.dup();
    }

    /** @return {@code v^_t} (or {@code v_t} without correction) */
    public INDArray secondMoment() {
        return correct ? v.div(1 - Math.pow(beta2, t)) : v.dup();
    }

    /** @return the uncorrected {@code m_t} */
    public INDArray rawFirstMoment() {
        return m.dup();
    }

    /** @return the uncorrected {@code v_t} */
    public INDArray rawSecondMoment() {
        return v.dup();
    }

    /**
     * The bound on {@code |m_t| / sqrt(v_t)} (uncorrected moments) from Cauchy-Schwarz, valid for
     * {@code beta1^2 < beta2}.
     *
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @return {@code (1 - beta1) / sqrt((1 - beta2)(1 - beta1^2 / beta2))}
     */
    public static double ratioBound(double beta1, double beta2) {
        return (1 - beta1) / Math.sqrt((1 - beta2) * (1 - beta1 * beta1 / beta2));
    }
}
