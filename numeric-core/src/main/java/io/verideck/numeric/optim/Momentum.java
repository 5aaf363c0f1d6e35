package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Classical (heavy-ball) momentum: {@code v <- alpha v - eps g}, {@code theta <- theta + v},
 * {@code alpha in [0, 1)}. Unrolled from {@code v_0 = 0}: {@code v_t = -eps sum_{k<=t} alpha^{t-k} g_k};
 * under a constant gradient {@code v_t -> -eps g / (1 - alpha)}. Shapes: {@code v} and {@code g} alike.
 * Reference: Polyak (1964); Goodfellow et al. (2016), section 8.3.2.
 */
public final class Momentum {
    private Momentum() {
    }

    /**
     * @param v velocity
     * @param g gradient (same length)
     * @param alpha momentum coefficient
     * @param eps learning rate
     * @return {@code alpha v - eps g} (new array, shape of {@code v})
     */
    public static INDArray velocity(INDArray v, INDArray g, double alpha, double eps) {
        return v.mul(alpha).subi(g.reshape(v.shape()).mul(eps));
    }

    /**
     * @param gradients {@code g_1 .. g_t} as rows {@code [t, n]}
     * @param alpha momentum coefficient
     * @param eps learning rate
     * @return {@code v_t = -eps sum_k alpha^{t-k} g_k} as a row {@code [1, n]}
     */
    public static INDArray unrolled(INDArray gradients, double alpha, double eps) {
        int t = (int) gradients.rows();
        double[] w = new double[t];
        for (int k = 0; k < t; k++) {
            w[k] = -eps * Math.pow(alpha, t - 1 - k);
        }
        return Nd4j.createFromArray(new double[][] {w}).mmul(gradients);
    }

    /**
     * @param g the constant gradient
     * @param alpha momentum coefficient
     * @param eps learning rate
     * @return {@code -eps g / (1 - alpha)}
     */
    public static INDArray terminalVelocity(INDArray g, double alpha, double eps) {
        return g.mul(-eps / (1 - alpha));
    }
}
