package io.verideck.numeric.sampling;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The univariate normal density {@code N(x; m, s^2) = exp(-(x - m)^2 / (2 s^2)) / (s sqrt(2 pi))}, its log,
 * and its upper tail {@code P(X > a)} by composite Simpson quadrature of the density on {@code [a, a + 40]}
 * (the rest is below {@code 1e-300}). Reference: any probability text.
 */
public final class NormalDensity {
    private NormalDensity() {
    }

    /**
     * @param x points (any shape)
     * @param mean {@code m}
     * @param sd {@code s > 0}
     * @return {@code log N(x; m, s^2)}, same shape
     */
    public static INDArray logPdf(INDArray x, double mean, double sd) {
        INDArray z = x.sub(mean).divi(sd);
        return z.muli(z).muli(-0.5).subi(Math.log(sd) + 0.5 * Math.log(2 * Math.PI));
    }

    /**
     * @param x point
     * @param mean mean
     * @param sd standard deviation
     * @return the density
     */
    public static double pdf(double x, double mean, double sd) {
        double z = (x - mean) / sd;
        return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
    }

    /**
     * @param a threshold
     * @return {@code P(Z > a)} for a standard normal {@code Z}, {@code a >= 0}
     */
    public static double upperTail(double a) {
        return simpson(a, a + 40, 200_000);
    }

    private static double simpson(double lo, double hi, int n) {
        double h = (hi - lo) / n;
        double sum = pdf(lo, 0, 1) + pdf(hi, 0, 1);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * pdf(lo + i * h, 0, 1);
        }
        return sum * h / 3;
    }
}
