package io.verideck.numeric.generative;

import java.util.SplittableRandom;

/**
 * Likelihood-free two-sample tests (claim M18): statistics computed from the samples alone. The
 * permutation test on the difference in means rejects {@code H_0: P = Q} when the observed
 * {@code |mean(x) - mean(y)|} is in the top {@code alpha} of its permutation distribution, which gives
 * type-I error at most {@code alpha}. The classifier test trains a linear discriminant (direction
 * {@code mean(y) - mean(x)}, threshold at the midpoint) on one half and reports its accuracy on the
 * other half: about 1/2 under {@code H_0}. Reference: Lehmann and Romano, <i>Testing Statistical
 * Hypotheses</i> (2005), chapter 15; Lopez-Paz and Oquab, "Revisiting Classifier Two-Sample Tests" (2017).
 */
public final class TwoSampleTest {
    private TwoSampleTest() {
    }

    /**
     * @param x first sample
     * @param y second sample
     * @param permutations number of random relabellings
     * @param random the caller's seeded generator
     * @return the permutation p-value {@code (1 + #{T_perm >= T_obs}) / (1 + permutations)}
     */
    public static double permutationPValue(double[] x, double[] y, int permutations, SplittableRandom random) {
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        double total = 0;
        for (double v : pooled) {
            total += v;
        }
        double observed = statistic(pooled, x.length, total);
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = 0; i < x.length; i++) { // partial Fisher-Yates: the first |x| slots are a random subset
                int j = i + random.nextInt(pooled.length - i);
                double t = pooled[i];
                pooled[i] = pooled[j];
                pooled[j] = t;
            }
            if (statistic(pooled, x.length, total) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (1.0 + permutations);
    }

    private static double statistic(double[] pooled, int nx, double total) {
        double sx = 0;
        for (int i = 0; i < nx; i++) {
            sx += pooled[i];
        }
        return Math.abs(sx / nx - (total - sx) / (pooled.length - nx));
    }

    /**
     * @param x first sample {@code [n][d]}
     * @param y second sample {@code [n][d]}
     * @return the held-out accuracy of a linear discriminant trained on the first halves
     */
    public static double classifierAccuracy(double[][] x, double[][] y) {
        int d = x[0].length;
        int hx = x.length / 2;
        int hy = y.length / 2;
        double[] mx = new double[d];
        double[] my = new double[d];
        for (int i = 0; i < hx; i++) {
            for (int k = 0; k < d; k++) {
                mx[k] += x[i][k] / hx;
            }
        }
        for (int i = 0; i < hy; i++) {
            for (int k = 0; k < d; k++) {
                my[k] += y[i][k] / hy;
            }
        }
        double threshold = 0;
        for (int k = 0; k < d; k++) {
            threshold += (my[k] - mx[k]) * (my[k] + mx[k]) / 2;
        }
        int correct = 0;
        for (int i = hx; i < x.length; i++) {
            correct += score(x[i], mx, my) < threshold ? 1 : 0;
        }
        for (int i = hy; i < y.length; i++) {
            correct += score(y[i], mx, my) >= threshold ? 1 : 0;
        }
        return correct / (double) (x.length - hx + y.length - hy);
    }

    private static double score(double[] v, double[] mx, double[] my) {
        double s = 0;
        for (int k = 0; k < v.length; k++) {
            s += (my[k] - mx[k]) * v[k];
        }
        return s;
    }
}
