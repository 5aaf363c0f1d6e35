package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The uniform density {@code p(x) = 1 / (b - a)} on {@code [a, b]}, 0 elsewhere. Reference:
 * Goodfellow et al. (2016), section 3.3.2.
 *
 * @param a lower end
 * @param b upper end, {@code > a}
 */
public record Uniform(double a, double b) implements Density {

    /**
     * Checks the parameters.
     *
     * @param a lower end
     * @param b upper end
     */
    public Uniform {
        if (!(b > a)) {
            throw new IllegalArgumentException("need a < b: " + a + ", " + b);
        }
    }

    @Override
    public INDArray density(INDArray x) {
        return x.gte(a).castTo(x.dataType()).muli(x.lte(b).castTo(x.dataType())).divi(b - a);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {a, b};
    }
}
