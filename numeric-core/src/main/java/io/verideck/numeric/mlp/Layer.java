package io.verideck.numeric.mlp;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One dense layer {@code H = g(H_prev W + b)}.
 *
 * @param weights {@code W [n_in, n_out]}
 * @param bias {@code b [n_out]}
 * @param activation {@code g}
 */
public record Layer(INDArray weights, INDArray bias, Activation activation) {
    /** @return {@code n_in} */
    public long inputs() {
        return weights.size(0);
    }

    /** @return {@code n_out} */
    public long outputs() {
        return weights.size(1);
    }
}
