package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Laplace density {@code p(x) = exp(-|x - mu| / b) / (2 b)}, with a kink at {@code mu}.
 * Reference: Goodfellow et al. (2016), equation 3.26.
 *
 * @param mu location
 * @param b scale {@code > 0}
 */
public record Laplace(double mu, double b) implements Density {

    /**
     * Checks the parameters.
     *
     * @param mu location
     * @param b scale
     */
    public Laplace {
        if (!(b > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + b);
        }
    }

    @Override
    public INDArray density(INDArray x) {
        return Transforms.exp(Transforms.abs(x.sub(mu), false).divi(-b), false).divi(2 * b);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {mu - 40 * b, mu - 5 * b, mu, mu + 5 * b, mu + 40 * b};
    }
}
