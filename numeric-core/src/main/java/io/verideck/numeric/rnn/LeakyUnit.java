package io.verideck.numeric.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A leaky unit, the exponentially weighted moving average (claim K9):
 * {@code mu_t = alpha mu_{t-1} + (1 - alpha) v_t}, so {@code mu_t = alpha^t mu_0 + (1 - alpha) sum_{k=1..t}
 * alpha^{t-k} v_k} and {@code dmu_t/dmu_{t-k} = alpha^k}. Shapes: {@code mu [n]}, {@code vs [T, n]}.
 * Reference: Goodfellow et al. (2016), section 10.9.2.
 *
 * @param alpha {@code alpha in [0, 1]}
 */
public record LeakyUnit(double alpha) {

    /**
     * @param mu previous average
     * @param v new value
     * @return {@code alpha mu + (1 - alpha) v}
     */
    public INDArray step(INDArray mu, INDArray v) {
        return mu.mul(alpha).addi(v.mul(1 - alpha));
    }

    /**
     * @param mu0 initial average {@code [n]}
     * @param vs values {@code [T, n]}
     * @return {@code mu_T} by the recursion
     */
    public INDArray run(INDArray mu0, INDArray vs) {
        INDArray mu = mu0;
        for (int t = 0; t < vs.rows(); t++) {
            mu = step(mu, vs.getRow(t));
        }
        return mu;
    }

    /**
     * @param t steps
     * @return the weights {@code (1 - alpha) alpha^{t-k}}, {@code k = 1..t}, of {@code v_1..v_t}
     */
    public INDArray weights(int t) {
        double[] w = new double[t];
        for (int k = 1; k <= t; k++) {
            w[k - 1] = (1 - alpha) * Math.pow(alpha, t - k);
        }
        return Nd4j.createFromArray(w);
    }

    /**
     * @param mu0 initial average {@code [n]}
     * @param vs values {@code [T, n]}
     * @return {@code mu_T} by the closed form, one matrix product
     */
    public INDArray closedForm(INDArray mu0, INDArray vs) {
        int t = vs.rows();
        return weights(t).reshape(1, t).mmul(vs).reshape(mu0.length()).addi(mu0.mul(Math.pow(alpha, t)));
    }

    /**
     * @param k lag
     * @return {@code dmu_t / dmu_{t-k} = alpha^k}
     */
    public double sensitivity(int k) {
        return Math.pow(alpha, k);
    }
}
