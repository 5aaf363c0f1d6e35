package io.verideck.numeric.regularization;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Label smoothing: the one-hot target becomes {@code 1 - eps} on the true class and
 * {@code eps / (k - 1)} on each of the other {@code k - 1} classes (the targets still sum to 1). With
 * softmax cross-entropy the gradient is {@code softmax(z) - y~}, and the loss has a finite minimizer:
 * the optimal gap between the true logit and every other is {@code log((1 - eps)(k - 1) / eps)}; with
 * {@code eps = 0} there is none (the gap grows without bound under gradient descent). Shapes: one-hot
 * labels and logits {@code [B, k]}. Reference: Goodfellow et al., <i>Deep Learning</i>, section 7.5.1;
 * Szegedy et al. (2016).
 */
public final class LabelSmoothing {
    private LabelSmoothing() {
    }

    /** @param eps smoothing, in [0, 1) @param k classes, at least 2 @return the target of a wrong class, {@code eps / (k - 1)} */
    public static double offTarget(double eps, double k) {
        return eps / (k - 1);
    }

    /**
     * @param oneHot labels {@code [B, k]}
     * @param eps smoothing
     * @return smoothed targets {@code [B, k]}
     */
    public static INDArray targets(INDArray oneHot, double eps) {
        long k = oneHot.size(-1);
        double off = offTarget(eps, k);
        return oneHot.mul(1 - eps - off).addi(off);
    }

    /** @param eps smoothing, in (0, 1) @param k classes @return {@code log((1 - eps)(k - 1) / eps)} */
    public static double optimalGap(double eps, int k) {
        return Math.log((1 - eps) * (k - 1) / eps);
    }

    /**
     * Gradient descent {@code z <- z - rate (softmax(z) - y~)} on the smoothed softmax cross-entropy of
     * free logits, every row its own problem. Runs on plain doubles: k is tiny and ND4J's per-op cost
     * would dominate thousands of steps.
     *
     * @param targets smoothed targets {@code [B, k]}
     * @param rate step size
     * @param steps number of steps
     * @return the logits after {@code steps} steps from 0
     */
    public static INDArray descend(INDArray targets, double rate, int steps) {
        int rows = (int) targets.size(0);
        int k = (int) targets.size(1);
        double[] y = targets.dup('c').data().asDouble();
        double[] z = new double[rows * k];
        double[] p = new double[k];
        for (int s = 0; s < steps; s++) {
            for (int r = 0; r < rows; r++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    max = Math.max(max, z[r * k + c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    p[c] = Math.exp(z[r * k + c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < k; c++) {
                    z[r * k + c] -= rate * (p[c] / sum - y[r * k + c]);
                }
            }
        }
        return org.nd4j.linalg.factory.Nd4j.create(z, new long[] {rows, k}, 'c');
    }
}
