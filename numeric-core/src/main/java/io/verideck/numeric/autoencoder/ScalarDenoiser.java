package io.verideck.numeric.autoencoder;

/**
 * The best linear denoiser of 1-D data {@code x ~ N(0, 1)} seen through Gaussian corruption
 * {@code x~ = x + sigma eps}: minimizing {@code E (x - a x~)^2} gives {@code a = 1/(1 + sigma^2)}, which
 * equals the score form {@code x~ + sigma^2 d/dx~ log p(x~)} with {@code x~ ~ N(0, 1 + sigma^2)}, i.e.
 * {@code x~ - sigma^2/(1+sigma^2) x~} (Vincent, "A connection between score matching and denoising
 * autoencoders", 2011).
 */
public final class ScalarDenoiser {
    private ScalarDenoiser() {
    }

    /**
     * @param sigma corruption standard deviation
     * @return {@code 1 / (1 + sigma^2)}
     */
    public static double optimalGain(double sigma) {
        return 1 / (1 + sigma * sigma);
    }

    /**
     * @param noisy {@code x~}
     * @param sigma corruption level
     * @return {@code x~ + sigma^2 grad log N(x~; 0, 1 + sigma^2)}
     */
    public static double scoreDenoise(double noisy, double sigma) {
        double s2 = sigma * sigma;
        return noisy + s2 * (-noisy / (1 + s2));
    }

    /**
     * Gradient descent on the empirical loss {@code (1/n) sum (x_i - a x~_i)^2}, from {@code a = 0}.
     *
     * @param noisy corrupted samples
     * @param clean clean samples
     * @param rate step size
     * @param steps updates
     * @return the fitted gain
     */
    public static double fitGain(double[] noisy, double[] clean, double rate, int steps) {
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < noisy.length; i++) {
            sxx += noisy[i] * noisy[i];
            sxy += noisy[i] * clean[i];
        }
        sxx /= noisy.length;
        sxy /= noisy.length;
        double a = 0;
        for (int t = 0; t < steps; t++) {
            a -= rate * 2 * (a * sxx - sxy);
        }
        return a;
    }
}
