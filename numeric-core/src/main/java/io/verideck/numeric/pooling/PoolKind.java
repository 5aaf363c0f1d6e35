package io.verideck.numeric.pooling;

/** The summary a pooling window computes. */
public enum PoolKind {
    /** {@code max_i x_i}; the gradient goes to the argmax. */
    MAX,
    /** {@code (1/k^2) sum_i x_i}; the gradient is shared equally. */
    AVERAGE,
    /** {@code sqrt(sum_i x_i^2)}; the gradient is {@code x_i / ||x||}. */
    L2
}
