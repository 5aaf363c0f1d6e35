package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The exponential linear unit {@code ELU(z) = z} for {@code z > 0}, {@code alpha (e^z - 1)} for
 * {@code z <= 0}; derivative 1, resp. {@code alpha e^z = ELU(z) + alpha}. Bounded below by
 * {@code -alpha}; continuous at 0, with a continuous derivative there iff {@code alpha = 1}. Shapes:
 * any, preserved. Reference: Clevert, Unterthiner and Hochreiter (2016), eq. 1 and 2.
 */
public final class Elu {
    private Elu() {
    }

    /**
     * @param z inputs
     * @param alpha the negative saturation value, {@code > 0}
     * @return {@code ELU(z)}
     */
    public static INDArray value(INDArray z, double alpha) {
        INDArray positive = z.gt(0.0).castTo(z.dataType());
        INDArray negativePart = Transforms.exp(Transforms.min(z, 0.0, true), false).subi(1.0).muli(alpha);
        return z.mul(positive).addi(negativePart.muli(positive.rsub(1.0)));
    }

    /**
     * @param z inputs
     * @param alpha the negative saturation value
     * @return {@code ELU'(z)}: 1 for {@code z > 0}, {@code alpha e^z} for {@code z <= 0}
     */
    public static INDArray derivative(INDArray z, double alpha) {
        INDArray positive = z.gt(0.0).castTo(z.dataType());
        INDArray negativePart = Transforms.exp(Transforms.min(z, 0.0, true), false).muli(alpha);
        return positive.add(negativePart.muli(positive.rsub(1.0)));
    }
}
