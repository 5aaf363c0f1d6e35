package io.verideck.numeric.init;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Initial weights and biases. {@code U(-r, r)} has variance {@code r^2 / 3}: {@code r = 1/sqrt(N)} gives
 * {@code 1/(3N)}; Glorot's {@code r = sqrt(6 / (N + M))} (fan-in {@code N}, fan-out {@code M}) gives
 * {@code 2 / (N + M)}, which keeps the activation variance of a linear layer constant when
 * {@code N = M}. An output bias {@code b = sigma^{-1}(y_bar) = log(y_bar / (1 - y_bar))} makes a network
 * with zero weights predict the label marginal. Reference: Glorot and Bengio (2010); Goodfellow et al.
 * (2016), section 8.4.
 */
public final class Initializers {
    private Initializers() {
    }

    /**
     * @param uniform01 samples of {@code U(0, 1)} (any shape)
     * @param r half-width
     * @return {@code U(-r, r)} samples, {@code r (2u - 1)}
     */
    public static INDArray uniform(INDArray uniform01, double r) {
        return uniform01.mul(2 * r).subi(r);
    }

    /**
     * @param fanIn {@code N}
     * @return {@code 1/sqrt(N)}
     */
    public static double fanInRange(int fanIn) {
        return 1 / Math.sqrt(fanIn);
    }

    /**
     * @param fanIn {@code N}
     * @param fanOut {@code M}
     * @return {@code sqrt(6 / (N + M))}
     */
    public static double glorotRange(double fanIn, double fanOut) {
        return Math.sqrt(6 / (fanIn + fanOut));
    }

    /**
     * @param r half-width
     * @return the variance {@code r^2 / 3} of {@code U(-r, r)}
     */
    public static double uniformVariance(double r) {
        return r * r / 3;
    }

    /**
     * @param r half-width
     * @return the fourth central moment {@code r^4 / 5} of {@code U(-r, r)} (for the standard error)
     */
    public static double uniformFourthMoment(double r) {
        return r * r * r * r / 5;
    }

    /**
     * @param marginal mean label {@code y_bar in (0, 1)}
     * @return {@code log(y_bar / (1 - y_bar))}
     */
    public static double marginalBias(double marginal) {
        return Math.log(marginal / (1 - marginal));
    }

    /**
     * The softmax version: {@code b_k = log p_k} makes {@code softmax(b) = p}.
     *
     * @param marginals class frequencies (sum 1)
     * @return {@code log p}
     */
    public static INDArray marginalBias(INDArray marginals) {
        return Transforms.log(marginals, true);
    }

    /**
     * Forward pass of a deep linear network {@code h_l = W_l h_{l-1}}.
     *
     * @param weights the layer matrices {@code [width, width]}
     * @param input {@code [width, batch]}
     * @return the variance of the entries of every {@code h_l}, {@code l = 0..L}
     */
    public static double[] activationVariances(java.util.List<INDArray> weights, INDArray input) {
        double[] out = new double[weights.size() + 1];
        INDArray h = input;
        out[0] = h.varNumber().doubleValue();
        for (int l = 0; l < weights.size(); l++) {
            h = weights.get(l).mmul(h);
            out[l + 1] = h.varNumber().doubleValue();
        }
        return out;
    }
}
