package io.verideck.numeric.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Parameters of a GRU cell, gate blocks in the order {@code z, r, n} along the last axis. Each may
 * carry a leading stack axis (one set per perturbed copy) in the stacked forward passes.
 *
 * @param inputWeights {@code U [d, 3u]}
 * @param hiddenWeights {@code W [u, 3u]}
 * @param inputBias {@code b_i [3u]}
 * @param hiddenBias {@code b_h [3u]}
 */
public record GruParameters(INDArray inputWeights, INDArray hiddenWeights, INDArray inputBias, INDArray hiddenBias) {
    /** @return the number of units {@code u} */
    public long units() {
        return hiddenWeights.size(hiddenWeights.rank() - 2);
    }

    /** @return the input size {@code d} */
    public long inputSize() {
        return inputWeights.size(inputWeights.rank() - 2);
    }

    /**
     * @param d input size
     * @param u units
     * @return {@code 3(d u + u u + 2u)}
     */
    public static long count(long d, long u) {
        return 3 * (d * u + u * u + 2 * u);
    }
}
