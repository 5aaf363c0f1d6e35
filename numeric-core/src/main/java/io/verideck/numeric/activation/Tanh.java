package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hyperbolic tangent, elementwise: {@code tanh z = 2 sigma(2z) - 1}, {@code tanh' = 1 - tanh^2},
 * odd, {@code tanh 0 = 0}. Shapes: any, preserved. Reference: Goodfellow et al., <i>Deep
 * Learning</i>, section 6.3.2.
 */
public final class Tanh {
    private Tanh() {
    }

    /**
     * @param z inputs
     * @return {@code tanh z} (ND4J's op)
     */
    public static INDArray value(INDArray z) {
        return Transforms.tanh(z, true);
    }

    /**
     * @param z inputs
     * @return {@code 2 sigma(2z) - 1}
     */
    public static INDArray viaSigmoid(INDArray z) {
        return Sigmoid.value(z.mul(2.0)).muli(2.0).subi(1.0);
    }

    /**
     * @param z inputs
     * @return {@code 1 - tanh^2 z}
     */
    public static INDArray derivative(INDArray z) {
        INDArray t = value(z);
        return t.muli(t).rsubi(1.0);
    }
}
