package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The univariate Gaussian {@code N(x; mu, sigma^2) = (2 pi sigma^2)^(-1/2) exp(-(x - mu)^2 / (2 sigma^2))},
 * and the same density in precision form {@code sqrt(beta / (2 pi)) exp(-beta (x - mu)^2 / 2)} with
 * {@code beta = 1 / sigma^2}. Reference: Goodfellow et al. (2016), equations 3.21 and 3.22.
 *
 * @param mu mean
 * @param variance {@code sigma^2 > 0}
 */
public record Gaussian(double mu, double variance) implements Density {

    /**
     * Checks the parameters.
     *
     * @param mu mean
     * @param variance variance
     */
    public Gaussian {
        if (!(variance > 0)) {
            throw new IllegalArgumentException("variance must be positive: " + variance);
        }
    }

    @Override
    public INDArray density(INDArray x) {
        INDArray z = x.sub(mu);
        return Transforms.exp(z.muli(z).divi(-2 * variance), false).divi(Math.sqrt(2 * Math.PI * variance));
    }

    /**
     * @param x point
     * @return {@code N(x; mu, sigma^2)}
     */
    public double density(double x) {
        return Math.exp(-(x - mu) * (x - mu) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    /**
     * @param x points
     * @return the precision form {@code sqrt(beta / 2 pi) exp(-beta (x - mu)^2 / 2)}, same shape
     */
    public INDArray precisionDensity(INDArray x) {
        double beta = 1 / variance;
        INDArray z = x.sub(mu);
        return Transforms.exp(z.muli(z).muli(-beta / 2), false).muli(Math.sqrt(beta / (2 * Math.PI)));
    }

    @Override
    public double[] breakpoints() {
        double s = Math.sqrt(variance);
        return new double[] {mu - 10 * s, mu - 3 * s, mu, mu + 3 * s, mu + 10 * s};
    }
}
