package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The generalized ReLU {@code h = max(0, z) + alpha min(0, z)}, elementwise with one slope per entry
 * or a shared scalar slope. {@code alpha = -1} gives {@code |z|}, {@code alpha = 0} ReLU, {@code alpha
 * = 0.01} leaky ReLU, a learned alpha PReLU. Derivatives: {@code dh/dz = 1} for {@code z > 0},
 * {@code alpha} for {@code z < 0}; {@code dh/dalpha = min(0, z)}. Shapes: {@code alpha} broadcasts
 * against {@code z}. Reference: Goodfellow et al., <i>Deep Learning</i>, section 6.3.1; He et al.
 * (2015) for PReLU.
 */
public final class GeneralizedRelu {
    /** The usual leaky-ReLU slope. */
    public static final double LEAKY_SLOPE = 0.01;

    private GeneralizedRelu() {
    }

    /**
     * @param z inputs
     * @param alpha slopes, same shape as {@code z} or broadcastable
     * @return {@code max(0, z) + alpha min(0, z)}
     */
    public static INDArray value(INDArray z, INDArray alpha) {
        return Transforms.max(z, 0.0, true).addi(Transforms.min(z, 0.0, true).muli(alpha));
    }

    /**
     * @param z inputs
     * @param alpha shared slope
     * @return {@code max(0, z) + alpha min(0, z)}
     */
    public static INDArray value(INDArray z, double alpha) {
        return Transforms.max(z, 0.0, true).addi(Transforms.min(z, 0.0, true).muli(alpha));
    }

    /**
     * @param z inputs
     * @param alpha slopes
     * @return {@code dh/dz}: 1 where {@code z > 0}, {@code alpha} elsewhere
     */
    public static INDArray derivativeZ(INDArray z, INDArray alpha) {
        INDArray positive = z.gt(0.0).castTo(z.dataType());
        return positive.add(positive.rsub(1.0).muli(alpha));
    }

    /**
     * @param z inputs
     * @return {@code dh/dalpha = min(0, z)}
     */
    public static INDArray derivativeAlpha(INDArray z) {
        return Transforms.min(z, 0.0, true);
    }
}
