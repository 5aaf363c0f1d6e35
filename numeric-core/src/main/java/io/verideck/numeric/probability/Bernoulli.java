package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Bernoulli distribution {@code P(x) = phi^x (1 - phi)^(1 - x)}, {@code x in {0, 1}}, with
 * {@code E x = phi}, {@code Var x = phi (1 - phi)}, the score
 * {@code d/dphi log P(x) = x / phi - (1 - x) / (1 - phi)} and the maximum-likelihood estimate
 * {@code phi_hat = mean(x)}. Reference: Goodfellow et al. (2016), section 3.9.2.
 *
 * @param phi {@code P(x = 1)}, in {@code [0, 1]}
 */
public record Bernoulli(double phi) {

    /** @param phi probability of 1 */
    public Bernoulli {
        if (!(phi >= 0 && phi <= 1)) {
            throw new IllegalArgumentException("phi must be in [0, 1]: " + phi);
        }
    }

    /**
     * @param x 0 or 1 (other values give the formula's continuous extension)
     * @return {@code phi^x (1 - phi)^(1 - x)}
     */
    public double pmf(double x) {
        return Math.pow(phi, x) * Math.pow(1 - phi, 1 - x);
    }

    /** @return {@code phi} */
    public double mean() {
        return phi;
    }

    /** @return {@code phi (1 - phi)} */
    public double variance() {
        return phi * (1 - phi);
    }

    /**
     * @param x 0 or 1
     * @return {@code x / phi - (1 - x) / (1 - phi)}
     */
    public double score(double x) {
        return x / phi - (1 - x) / (1 - phi);
    }

    /**
     * @param phis {@code [S]} values of {@code phi} in {@code (0, 1)}
     * @param x 0 or 1
     * @return {@code log P(x)} for each, {@code [S]}
     */
    public static INDArray logPmfStacked(INDArray phis, double x) {
        return Transforms.log(phis, true).muli(x).addi(Transforms.log(phis.rsub(1), false).muli(1 - x));
    }

    /**
     * @param x observations in {@code {0, 1}}, any shape
     * @return the maximum-likelihood {@code phi}, the fraction of ones
     */
    public static double mle(INDArray x) {
        return x.meanNumber().doubleValue();
    }

    /**
     * @param n number of draws
     * @param seed seed
     * @return {@code [n]} draws, 0 or 1
     */
    public INDArray sample(int n, long seed) {
        return SeededSamples.uniform(seed, 0, 1, n).lt(phi).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    }
}
