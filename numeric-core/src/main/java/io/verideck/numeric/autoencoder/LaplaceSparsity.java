package io.verideck.numeric.autoencoder;

/**
 * The sparsity penalty {@code Omega(h) = lambda ||h||_1} and its reading as a prior: with independent
 * Laplace priors {@code p(h_i) = (lambda/2) e^{-lambda |h_i|}},
 * {@code -log prod_i p(h_i) = sum_i (lambda |h_i| - log(lambda/2))}, so the penalty is the negative
 * log-prior up to a constant; its subgradient is {@code lambda sign(h)}. As a {@link CodePenalty} it
 * is averaged over examples and back-propagated through the encoder, {@code dA = (lambda/n) sign(H) . f'(A)}.
 * Goodfellow et al. section 14.2.1.
 *
 * @param lambda {@code lambda > 0}
 */
public record LaplaceSparsity(double lambda) implements CodePenalty {

    /**
     * @param h code
     * @param lambda rate
     * @return {@code lambda sum |h_i|}
     */
    public static double penalty(double[] h, double lambda) {
        double s = 0;
        for (double x : h) {
            s += Math.abs(x);
        }
        return lambda * s;
    }

    /**
     * @param h code (no zero entries)
     * @param lambda rate
     * @return {@code lambda sign(h)}
     */
    public static double[] gradient(double[] h, double lambda) {
        double[] g = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            g[i] = lambda * Math.signum(h[i]);
        }
        return g;
    }

    /**
     * @param x value
     * @param lambda rate
     * @return {@code (lambda/2) e^{-lambda |x|}}
     */
    public static double density(double x, double lambda) {
        return lambda / 2 * Math.exp(-lambda * Math.abs(x));
    }

    /**
     * @param h code
     * @param lambda rate
     * @return {@code sum_i (lambda |h_i| - log(lambda/2))}
     */
    public static double negativeLogPrior(double[] h, double lambda) {
        return penalty(h, lambda) - h.length * Math.log(lambda / 2);
    }

    @Override
    public double value(Autoencoder ae, double[][] x) {
        double s = 0;
        for (double[] row : ae.encode(x)) {
            s += penalty(row, lambda);
        }
        return s / x.length;
    }

    @Override
    public AutoencoderGradients gradients(Autoencoder ae, double[][] x) {
        double[][] h = ae.encode(x);
        double[][] da = new double[x.length][ae.codes()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < ae.codes(); j++) {
                da[i][j] = lambda / x.length * Math.signum(h[i][j]) * ae.encoder().slope(h[i][j]);
            }
        }
        return new AutoencoderGradients(Dense.transposedTimes(da, x), Dense.columnSums(da), new double[ae.inputs()][ae.codes()],
                new double[ae.inputs()]);
    }
}
