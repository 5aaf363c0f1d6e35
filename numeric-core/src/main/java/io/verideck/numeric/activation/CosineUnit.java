package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The cosine unit {@code h = cos(W x + b)} with {@code dh_i/db_i = -sin(W x + b)_i} (the Jacobian
 * with respect to b is diagonal). Shapes: {@code W [m, d]}, {@code x [d]}, {@code b [B, m]} (a stack
 * of biases) {@code -> h [B, m]}. Reference: Goodfellow et al., <i>Deep Learning</i>, section 6.3.3.
 */
public final class CosineUnit {
    private CosineUnit() {
    }

    /**
     * @param w weights {@code [m, d]}
     * @param x input {@code [d]}
     * @param b biases {@code [B, m]}
     * @return {@code cos(W x + b)} per row of b
     */
    public static INDArray value(INDArray w, INDArray x, INDArray b) {
        INDArray wx = w.mmul(x.reshape(x.length(), 1)).reshape(1, w.size(0));
        return Transforms.cos(b.addRowVector(wx), false);
    }

    /**
     * @param w weights {@code [m, d]}
     * @param x input {@code [d]}
     * @param b one bias {@code [m]}
     * @return {@code dh/db [m, m] = diag(-sin(W x + b))}
     */
    public static INDArray jacobianBias(INDArray w, INDArray x, INDArray b) {
        INDArray pre = w.mmul(x.reshape(x.length(), 1)).reshape(w.size(0)).addi(b.reshape(b.length()));
        return Nd4j.diag(Transforms.sin(pre, false).negi());
    }
}
