package io.verideck.numeric.normalization;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The deep scalar linear chain {@code y^ = x prod_{i=1}^l w_i} with {@code g_i = dy^/dw_i = x prod_{j != i} w_j}.
 * A simultaneous gradient step gives exactly {@code x prod_i (w_i - eps g_i)}, whose expansion
 * {@code sum_{S subset [l]} (-eps)^{|S|} x prod_{i in S} g_i prod_{i not in S} w_i} has first-order term
 * {@code -eps g^T g} and second-order terms such as {@code eps^2 g_1 g_2 x prod_{i >= 3} w_i}: the effect
 * of a step on one layer depends on all the others. Reference: Goodfellow et al. (2016), section 8.7.1.
 */
public final class LinearChain {
    private LinearChain() {
    }

    /**
     * @param x input
     * @param w weights {@code w_1..w_l}
     * @return {@code x prod w}
     */
    public static double output(double x, double[] w) {
        double p = x;
        for (double wi : w) {
            p *= wi;
        }
        return p;
    }

    /**
     * @param x input
     * @param ws one weight vector per row {@code [S, l]}
     * @return {@code x prod_i w_i} per row, {@code [S]}
     */
    public static INDArray outputStacked(double x, INDArray ws) {
        return ws.prod(1).muli(x);
    }

    /**
     * @param x input
     * @param w weights
     * @return {@code g_i = x prod_{j != i} w_j}
     */
    public static double[] gradient(double x, double[] w) {
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double p = x;
            for (int j = 0; j < w.length; j++) {
                if (j != i) {
                    p *= w[j];
                }
            }
            g[i] = p;
        }
        return g;
    }

    /**
     * @param x input
     * @param w weights
     * @param eps learning rate
     * @return {@code x prod_i (w_i - eps g_i)}
     */
    public static double afterStep(double x, double[] w, double eps) {
        double[] g = gradient(x, w);
        double p = x;
        for (int i = 0; i < w.length; i++) {
            p *= w[i] - eps * g[i];
        }
        return p;
    }

    /**
     * The term of the expansion for one subset of the layers.
     *
     * @param x input
     * @param w weights
     * @param eps learning rate
     * @param subset bit {@code i} set when layer {@code i} contributes {@code -eps g_i}
     * @return {@code (-eps)^{|S|} x prod_{i in S} g_i prod_{i not in S} w_i}
     */
    public static double expansionTerm(double x, double[] w, double eps, int subset) {
        double[] g = gradient(x, w);
        double p = x;
        for (int i = 0; i < w.length; i++) {
            p *= (subset >> i & 1) == 1 ? -eps * g[i] : w[i];
        }
        return p;
    }
}
