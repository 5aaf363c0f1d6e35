package io.verideck.numeric.optim;

import java.util.function.LongToDoubleFunction;

/**
 * SGD on the noisy scalar quadratic {@code f(theta) = theta^2 / 2} with gradient estimates
 * {@code g = theta + sigma xi}, {@code xi ~ N(0, 1)}, run on many independent chains at once. With a
 * constant rate {@code eps} the error settles at the noise floor
 * {@code E[theta^2] = eps sigma^2 / (2 - eps)} (stationary variance of {@code theta' = (1 - eps) theta - eps
 * sigma xi}), which is {@code O(eps)}; a decreasing schedule keeps reducing it. Reference: Bottou,
 * Curtis and Nocedal (2018), section 4. The chains are plain arrays: each step is a scalar recursion
 * and an ND4J op per scalar would cost more than the arithmetic.
 */
public final class NoisyQuadratic {
    private NoisyQuadratic() {
    }

    /**
     * @param eps rate
     * @param sigma noise scale
     * @return the stationary {@code E[theta^2]} under a constant rate
     */
    public static double noiseFloor(double eps, double sigma) {
        return eps * sigma * sigma / (2 - eps);
    }

    /**
     * Runs the chains.
     *
     * @param theta0 start of every chain
     * @param noise standard normal draws, {@code noise[k][c]} for step {@code k} of chain {@code c}
     * @param sigma noise scale
     * @param rate {@code eps_k} for {@code k = 1, 2, ...}
     * @return {@code theta^2} of every chain after each step, {@code [steps][chains]}
     */
    public static double[][] squaredErrors(double theta0, double[][] noise, double sigma, LongToDoubleFunction rate) {
        int chains = noise[0].length;
        double[] theta = new double[chains];
        java.util.Arrays.fill(theta, theta0);
        double[][] out = new double[noise.length][chains];
        for (int k = 0; k < noise.length; k++) {
            double eps = rate.applyAsDouble(k + 1L);
            for (int c = 0; c < chains; c++) {
                theta[c] -= eps * (theta[c] + sigma * noise[k][c]);
                out[k][c] = theta[c] * theta[c];
            }
        }
        return out;
    }
}
