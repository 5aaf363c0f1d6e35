package io.verideck.numeric.information;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Entropy and cross-entropy of discrete distributions (claim E11): {@code H(p) = -sum_k p_k log p_k},
 * {@code 0 <= H(p) <= log K} (equality on the right for the uniform distribution), {@code H(p, q) =
 * -sum_k p_k log q_k = H(p) + D(p || q) >= H(p)}. Shapes: rows {@code [S, K]} with positive entries.
 * Reference: Cover and Thomas, <i>Elements of Information Theory</i> (2006), sections 2.1 and 2.3.
 */
public final class Entropy {
    private Entropy() {
    }

    /**
     * @param p rows {@code [S, K]}
     * @return {@code H(p)} per row, {@code [S]}
     */
    public static INDArray entropy(INDArray p) {
        return p.mul(Transforms.log(p, true)).sum(1).negi();
    }

    /**
     * @param p rows {@code [S, K]}
     * @param q rows {@code [S, K]}
     * @return {@code H(p, q)} per row, {@code [S]}
     */
    public static INDArray crossEntropy(INDArray p, INDArray q) {
        return p.mul(Transforms.log(q, true)).sum(1).negi();
    }
}
