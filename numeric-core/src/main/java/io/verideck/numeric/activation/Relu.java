package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The rectified linear unit {@code g(z) = max(0, z)}, elementwise, with {@code g'(z) = [z > 0]}: at the
 * kink 0 the value returned is the left derivative 0 (the right derivative is 1). Positively
 * homogeneous: {@code g(a z) = a g(z)} for {@code a > 0}. Shapes: any, preserved. Reference:
 * Goodfellow et al., <i>Deep Learning</i>, section 6.3.1.
 */
public final class Relu {
    private Relu() {
    }

    /**
     * @param z inputs
     * @return {@code max(0, z)}
     */
    public static INDArray value(INDArray z) {
        return Transforms.max(z, 0.0, true);
    }

    /**
     * @param z inputs
     * @return {@code [z > 0]}, values in {0, 1}
     */
    public static INDArray derivative(INDArray z) {
        return z.gt(0.0).castTo(z.dataType());
    }
}
