package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hard tanh {@code g(a) = max(-1, min(1, a))}, elementwise, with derivative {@code [|a| < 1]}
 * (0 at the kinks +-1). Shapes: any, preserved. Reference: Goodfellow et al., <i>Deep Learning</i>,
 * section 6.3.3 (Collobert, 2004).
 */
public final class HardTanh {
    private HardTanh() {
    }

    /**
     * @param a inputs
     * @return {@code max(-1, min(1, a))}
     */
    public static INDArray value(INDArray a) {
        return Transforms.max(Transforms.min(a, 1.0, true), -1.0, false);
    }

    /**
     * @param a inputs
     * @return {@code [|a| < 1]}
     */
    public static INDArray derivative(INDArray a) {
        return Transforms.abs(a, true).lt(1.0).castTo(a.dataType());
    }
}
