package io.verideck.numeric.probability;

import java.util.SplittableRandom;

/**
 * The standard error of a sample mean, {@code SE(x_bar) = sigma / sqrt(n)}: a hundred times more
 * samples give ten times less error. {@link #sampleMeans} simulates it: the means of {@code reps}
 * independent samples of {@code n} uniform {@code U[0, 1)} draws ({@code sigma^2 = 1/12}); the draws
 * are summed as they are made, so memory stays {@code O(reps)} however large {@code n} is. Reference:
 * Goodfellow et al. (2016), section 5.4.2.
 */
public final class StandardError {
    private StandardError() {
    }

    /**
     * @param sigma standard deviation of one draw
     * @param n sample size
     * @return {@code sigma / sqrt(n)}
     */
    public static double ofMean(double sigma, long n) {
        return sigma / Math.sqrt(n);
    }

    /**
     * @param reps repetitions
     * @param n draws per repetition
     * @param seed seed
     * @return {@code reps} sample means
     */
    public static double[] sampleMeans(int reps, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] means = new double[reps];
        for (int i = 0; i < reps; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += r.nextDouble();
            }
            means[i] = s / n;
        }
        return means;
    }

    /**
     * @param values values
     * @return their standard deviation with the {@code 1/(m-1)} normalization
     */
    public static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }
}
