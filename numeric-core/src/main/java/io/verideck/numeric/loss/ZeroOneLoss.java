package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The 0-1 loss (claim E7): {@code L(i, j) = 1[i != j]}; the error rate is its mean; for a linear
 * classifier {@code 1/n sum_i 1[y_i beta^T x_i <= 0]}, a step function of {@code beta} whose partial
 * derivatives are 0 almost everywhere, so gradient descent gets no signal, and exact minimization is
 * combinatorial. Shapes: labels {@code [n]}, {@code X [n, d]}, stacked {@code beta} rows {@code [S, d]}.
 * Reference: Hastie et al., <i>The Elements of Statistical Learning</i> (2009), section 2.4.
 */
public final class ZeroOneLoss {
    private ZeroOneLoss() {
    }

    /**
     * @param predicted predicted labels {@code [n]}
     * @param truth true labels {@code [n]}
     * @return the mean of {@code 1[predicted != truth]}
     */
    public static double errorRate(INDArray predicted, INDArray truth) {
        return predicted.neq(truth).castTo(predicted.dataType()).meanNumber().doubleValue();
    }

    /**
     * @param x design {@code [n, d]}
     * @param y labels in {-1, +1} {@code [n]}
     * @param betas rows {@code [S, d]}
     * @return {@code 1/n sum_i 1[y_i beta^T x_i <= 0]} per row, {@code [S]}
     */
    public static INDArray linearErrorStacked(INDArray x, INDArray y, INDArray betas) {
        INDArray margins = betas.mmul(x.transpose()).muliRowVector(y.reshape(1, y.length()));
        return margins.lte(0.0).castTo(x.dataType()).mean(1);
    }

    /**
     * Exhaustive minimization over all {@code 2^n} labelings of {@code n} sorted points on a line,
     * keeping those a threshold rule {@code sign(x - t)} can produce.
     *
     * @param xs points, strictly increasing
     * @param labels labels in {-1, +1}
     * @return {@code (least error count, labelings examined)}
     */
    public static long[] bruteForceThreshold(double[] xs, int[] labels) {
        int n = xs.length;
        long best = n;
        long examined = 0;
        for (long mask = 0; mask < (1L << n); mask++) {
            examined++;
            boolean threshold = true;
            for (int i = 1; i < n; i++) {
                if (((mask >> (i - 1)) & 1) == 1 && ((mask >> i) & 1) == 0) {
                    threshold = false;
                    break;
                }
            }
            if (!threshold) {
                continue;
            }
            long errors = 0;
            for (int i = 0; i < n; i++) {
                int predicted = ((mask >> i) & 1) == 1 ? 1 : -1;
                if (predicted != labels[i]) {
                    errors++;
                }
            }
            best = Math.min(best, errors);
        }
        return new long[] {best, examined};
    }

    /**
     * The same minimum by one sweep over the {@code n + 1} thresholds.
     *
     * @param labels labels of the points in increasing order, in {-1, +1}
     * @return the least error count of a rule "-1 left of t, +1 right of t"
     */
    public static long sweepThreshold(int[] labels) {
        int n = labels.length;
        long errors = 0;
        for (int l : labels) {
            if (l != 1) {
                errors++;
            }
        }
        long best = errors;
        for (int i = 0; i < n; i++) {
            errors += labels[i] == 1 ? 1 : -1;
            best = Math.min(best, errors);
        }
        return best;
    }
}
