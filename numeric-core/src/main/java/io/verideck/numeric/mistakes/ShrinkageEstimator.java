package io.verideck.numeric.mistakes;

import java.util.random.RandomGenerator;

/**
 * Mean squared error of the estimators {@code c * xbar} of a Gaussian mean (claim C8): {@code c = 1}
 * is the MLE, {@code c = n/(n+1)} a consistent shrinkage estimator.
 * Exact: {@code MSE(c xbar) = c^2 sigma^2/n + (1 - c)^2 mu^2}.
 */
public final class ShrinkageEstimator {
    private ShrinkageEstimator() {
    }

    /** @return the exact MSE of {@code c * xbar} for n draws of {@code N(mu, sigma^2)} */
    public static double exactMse(double c, double mu, double sigma, int n) {
        return c * c * sigma * sigma / n + (1 - c) * (1 - c) * mu * mu;
    }

    /**
     * Monte Carlo MSE of {@code c1 * xbar} and {@code c2 * xbar}, on the same samples.
     *
     * @return {@code [mse1, mse2, se1, se2]} (estimates and their standard errors)
     */
    public static double[] monteCarloMse(double c1, double c2, double mu, double sigma, int n, int reps, RandomGenerator random) {
        double s1 = 0;
        double s2 = 0;
        double q1 = 0;
        double q2 = 0;
        for (int r = 0; r < reps; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += mu + sigma * random.nextGaussian();
            }
            double xbar = sum / n;
            double e1 = (c1 * xbar - mu) * (c1 * xbar - mu);
            double e2 = (c2 * xbar - mu) * (c2 * xbar - mu);
            s1 += e1;
            s2 += e2;
            q1 += e1 * e1;
            q2 += e2 * e2;
        }
        double m1 = s1 / reps;
        double m2 = s2 / reps;
        return new double[] {m1, m2, Math.sqrt((q1 / reps - m1 * m1) / reps), Math.sqrt((q2 / reps - m2 * m2) / reps)};
    }
}
