package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The maxout unit {@code g(z)_i = max_{j in G(i)} z_j} with groups of {@code k} consecutive entries,
 * {@code G(i) = {(i-1)k+1, ..., ik}}. The gradient of {@code g_i} is 1 at the group's argmax and 0
 * elsewhere (the upstream gradient is routed to the winner). Shapes: {@code z [..., m k] -> [..., m]}.
 * Reference: Goodfellow et al., "Maxout networks" (2013); <i>Deep Learning</i>, section 6.3.1.
 */
public final class Maxout {
    private Maxout() {
    }

    /**
     * @param z pre-activations, last axis of length {@code m k}
     * @param k pieces per unit
     * @return {@code [..., m]}
     */
    public static INDArray value(INDArray z, int k) {
        return grouped(z, k).max(-1);
    }

    /**
     * @param z pre-activations {@code [m k]}
     * @param k pieces per unit
     * @return the Jacobian {@code [m, m k]}: a one at each unit's argmax
     */
    public static INDArray jacobian(INDArray z, int k) {
        long m = z.length() / k;
        INDArray arg = grouped(z.reshape(z.length()), k).argMax(1);
        INDArray j = Nd4j.zeros(z.dataType(), m, m * k);
        for (long i = 0; i < m; i++) {
            j.putScalar(i, i * k + arg.getLong(i), 1.0);
        }
        return j;
    }

    /**
     * Maxout of affine pieces of one input: {@code max_j (w_j^T x + b_j)}, a convex function of x.
     *
     * @param x inputs {@code [B, d]}
     * @param w slopes {@code [d, k]}
     * @param b offsets {@code [k]}
     * @return {@code [B]}
     */
    public static INDArray affinePieces(INDArray x, INDArray w, INDArray b) {
        return x.mmul(w).addiRowVector(b).max(1);
    }

    private static INDArray grouped(INDArray z, int k) {
        long[] shape = z.shape();
        long[] target = new long[shape.length + 1];
        System.arraycopy(shape, 0, target, 0, shape.length - 1);
        target[shape.length - 1] = shape[shape.length - 1] / k;
        target[shape.length] = k;
        return z.dup('c').reshape('c', target);
    }
}
