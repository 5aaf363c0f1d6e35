package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hinge loss of a score {@code f} for a label {@code y in {-1, +1}} (claim E6): {@code l =
 * max(0, 1 - y f)}, {@code dl/df = -y 1[y f < 1]}; it is convex in {@code f} and bounds the 0-1 loss,
 * {@code l >= 1[y f <= 0]}. Shapes: elementwise. Reference: Hastie et al., <i>The Elements of
 * Statistical Learning</i> (2009), section 12.3.2.
 */
public final class Hinge {
    private Hinge() {
    }

    /**
     * @param f scores
     * @param y labels in {-1, +1}
     * @return {@code max(0, 1 - y f)}
     */
    public static INDArray value(INDArray f, INDArray y) {
        return Transforms.max(f.mul(y).rsubi(1.0), 0.0, false);
    }

    /**
     * @param f scores
     * @param y labels
     * @return {@code -y 1[y f < 1]}
     */
    public static INDArray derivative(INDArray f, INDArray y) {
        return f.mul(y).lt(1.0).castTo(f.dataType()).muli(y).negi();
    }
}
