package io.verideck.numeric.information;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Differential entropies {@code h = -int p log p} of distributions on {@code [0, infinity)} with mean
 * {@code mu} (claim E12): exponential {@code 1 + log mu} (the maximum among all densities on {@code [0,
 * infinity)} with that mean), Gamma with shape {@code k} and scale {@code mu / k}: {@code k + log(mu /
 * k) + log Gamma(k) + (1 - k) psi(k)}, half-normal with scale {@code s = mu sqrt(pi / 2)}: {@code 1/2
 * log(pi e s^2 / 2)}, uniform on {@code [0, 2 mu]}: {@code log(2 mu)}. {@link #gammaByQuadrature} and
 * {@link #halfNormalByQuadrature} integrate {@code -p log p} numerically as a check of the closed forms. Reference: Cover and Thomas,
 * <i>Elements of Information Theory</i> (2006), sections 8.1 and 12.1.
 */
public final class DifferentialEntropy {
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private DifferentialEntropy() {
    }

    /**
     * @param mu mean
     * @return {@code 1 + log mu}
     */
    public static double exponential(double mu) {
        return 1 + Math.log(mu);
    }

    /**
     * @param k shape
     * @param mu mean
     * @return entropy of Gamma(k, mu / k)
     */
    public static double gamma(double k, double mu) {
        return k + Math.log(mu / k) + logGamma(k) + (1 - k) * digamma(k);
    }

    /**
     * @param mu mean
     * @return entropy of the half-normal with mean {@code mu}
     */
    public static double halfNormal(double mu) {
        double s = mu * Math.sqrt(Math.PI / 2);
        return 0.5 * Math.log(Math.PI * Math.E * s * s / 2);
    }

    /**
     * @param mu mean
     * @return entropy of the uniform distribution on {@code [0, 2 mu]}
     */
    public static double uniform(double mu) {
        return Math.log(2 * mu);
    }

    /**
     * {@code -int_0^inf p log p dx} for Gamma(k, theta), by the trapezoid rule in {@code t = log x}
     * (so the integrable singularity at 0 for {@code k < 1} becomes a decaying tail) on {@code [-60,
     * log(theta) + 8]} with {@code points} nodes, all in a few vectorized ops.
     *
     * @param k shape
     * @param theta scale
     * @param points number of nodes
     * @return the numeric entropy
     */
    public static double gammaByQuadrature(double k, double theta, int points) {
        double lo = -60;
        double hi = Math.log(theta) + Math.log(60 + 10 * k);
        INDArray t = Nd4j.linspace(lo, hi, points, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        INDArray x = Transforms.exp(t, true);
        INDArray logp = t.mul(k - 1).subi(x.div(theta)).subi(logGamma(k) + k * Math.log(theta));
        return trapezoid(Transforms.exp(logp, true).muli(logp).muli(x).negi(), (hi - lo) / (points - 1));
    }

    /**
     * {@code -int_0^inf p log p dx} for the half-normal with mean {@code mu}, by the same trapezoid
     * rule in {@code t = log x} as {@link #gammaByQuadrature}.
     *
     * @param mu mean
     * @param points number of nodes
     * @return the numeric entropy
     */
    public static double halfNormalByQuadrature(double mu, int points) {
        double s = mu * Math.sqrt(Math.PI / 2);
        double lo = -60;
        double hi = Math.log(12 * s);
        INDArray t = Nd4j.linspace(lo, hi, points, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        INDArray x = Transforms.exp(t, true);
        INDArray logp = x.mul(x).divi(-2 * s * s).addi(0.5 * Math.log(2 / Math.PI) - Math.log(s));
        return trapezoid(Transforms.exp(logp, true).muli(logp).muli(x).negi(), (hi - lo) / (points - 1));
    }

    private static double trapezoid(INDArray values, double h) {
        long last = values.length() - 1;
        return h * (values.sumNumber().doubleValue() - 0.5 * (values.getDouble(0) + values.getDouble(last)));
    }

    /**
     * @param x argument {@code > 0}
     * @return {@code log Gamma(x)} (Lanczos, g = 7; relative error about 1e-15)
     */
    public static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /**
     * @param x argument {@code > 0}
     * @return the digamma function {@code psi(x)}, by recurrence to {@code x >= 10} and the
     *     asymptotic series
     */
    public static double digamma(double x) {
        double shift = 0;
        double v = x;
        while (v < 10) {
            shift -= 1 / v;
            v += 1;
        }
        double inv2 = 1 / (v * v);
        return shift + Math.log(v) - 0.5 / v
                - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
    }
}
