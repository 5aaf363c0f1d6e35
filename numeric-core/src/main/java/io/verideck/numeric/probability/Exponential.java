package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The exponential density {@code p(x) = lambda 1[x >= 0] exp(-lambda x)}, with a jump at 0.
 * Reference: Goodfellow et al. (2016), equation 3.25.
 *
 * @param lambda rate {@code > 0}
 */
public record Exponential(double lambda) implements Density {

    /**
     * Checks the parameters.
     *
     * @param lambda rate
     */
    public Exponential {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + lambda);
        }
    }

    @Override
    public INDArray density(INDArray x) {
        INDArray inside = x.gte(0).castTo(x.dataType());
        return Transforms.exp(x.mul(-lambda), false).muli(lambda).muli(inside);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {0, 5 / lambda, 40 / lambda};
    }
}
