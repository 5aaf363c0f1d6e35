package io.verideck.numeric.mistakes;

/**
 * Batch normalization of one feature over a batch (claim J12): {@code (h - mu)/sqrt(sigma^2 + delta)}
 * with the biased batch variance, and the "divide by the variance" version of 001-C70/C71.
 */
public final class BatchNormalizer {
    private BatchNormalizer() {
    }

    /** @return the batch mean */
    public static double mean(double[] h) {
        double s = 0;
        for (double v : h) {
            s += v;
        }
        return s / h.length;
    }

    /** @return the biased batch variance {@code 1/m sum (h - mu)^2} */
    public static double variance(double[] h) {
        double mu = mean(h);
        double s = 0;
        for (double v : h) {
            s += (v - mu) * (v - mu);
        }
        return s / h.length;
    }

    /** @return {@code (h - mu)/sqrt(var + delta)} */
    public static double[] normalize(double[] h, double delta) {
        double mu = mean(h);
        double sd = Math.sqrt(variance(h) + delta);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = (h[i] - mu) / sd;
        }
        return out;
    }

    /** @return 001-C70: {@code (h - mu)/var} */
    public static double[] normalizeAsWritten(double[] h) {
        double mu = mean(h);
        double var = variance(h);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = (h[i] - mu) / var;
        }
        return out;
    }
}
