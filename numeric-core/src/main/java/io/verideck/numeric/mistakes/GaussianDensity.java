package io.verideck.numeric.mistakes;

/**
 * The n-dimensional Gaussian density with diagonal covariance (claim A17), with the correct
 * normaliser {@code ((2 pi)^n |Sigma|)^{-1/2}} and with 003 L2's {@code ((2 pi)^2 |Sigma|)^{-1/2}}.
 */
public final class GaussianDensity {
    private GaussianDensity() {
    }

    /** @return {@code N(x; mu, diag(var))} */
    public static double density(double[] x, double[] mu, double[] var) {
        return normalizer(x.length, var) * Math.exp(-0.5 * quadratic(x, mu, var));
    }

    /** @return the density with the {@code (2 pi)^2} normaliser whatever n is */
    public static double densityAsWritten(double[] x, double[] mu, double[] var) {
        double det = 1;
        for (double v : var) {
            det *= v;
        }
        return Math.sqrt(1 / (Math.pow(2 * Math.PI, 2) * det)) * Math.exp(-0.5 * quadratic(x, mu, var));
    }

    /** @return the univariate density {@code N(x; mu, var)} */
    public static double univariate(double x, double mu, double var) {
        return Math.exp(-0.5 * (x - mu) * (x - mu) / var) / Math.sqrt(2 * Math.PI * var);
    }

    private static double normalizer(int n, double[] var) {
        double det = 1;
        for (double v : var) {
            det *= v;
        }
        return 1 / Math.sqrt(Math.pow(2 * Math.PI, n) * det);
    }

    private static double quadratic(double[] x, double[] mu, double[] var) {
        double q = 0;
        for (int i = 0; i < x.length; i++) {
            q += (x[i] - mu[i]) * (x[i] - mu[i]) / var[i];
        }
        return q;
    }
}
