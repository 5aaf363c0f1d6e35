package io.verideck.numeric.lstm;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * LSTM parameters: one matrix acting on the concatenation {@code [h_{t-1}, x_t]} (rows {@code 0..u-1}
 * act on {@code h}, rows {@code u..u+d-1} on {@code x}) and one bias, gate blocks {@code f, i, C~, o}.
 * Possibly stacked: {@code W [S, u + d, 4u]}, {@code b [S, 4u]}.
 *
 * @param weights {@code W [u + d, 4u]}
 * @param bias {@code b [4u]}
 */
public record LstmParameters(INDArray weights, INDArray bias) {

    /** @return units {@code u} */
    public long units() {
        return bias.size(bias.rank() - 1) / 4;
    }

    /** @return input size {@code d} */
    public long inputSize() {
        return weights.size(weights.rank() - 2) - units();
    }

    /** @return the rows acting on {@code h}, {@code [u, 4u]} (or stacked) */
    public INDArray stateRows() {
        return rows(0, units());
    }

    /** @return the rows acting on {@code x}, {@code [d, 4u]} (or stacked) */
    public INDArray inputRows() {
        return rows(units(), units() + inputSize());
    }

    /**
     * @param gate 0 = f, 1 = i, 2 = C~, 3 = o
     * @return that gate's own matrix {@code W_g [u + d, u]} (the split form)
     */
    public INDArray gateWeights(int gate) {
        long u = units();
        return weights.get(NDArrayIndex.all(), NDArrayIndex.interval(gate * u, (gate + 1) * u)).dup();
    }

    /**
     * @param gate 0 = f, 1 = i, 2 = C~, 3 = o
     * @return that gate's bias {@code [u]}
     */
    public INDArray gateBias(int gate) {
        long u = units();
        return bias.get(NDArrayIndex.interval(gate * u, (gate + 1) * u)).dup();
    }

    /** @return the number of entries, {@code 4 (u (u + d) + u)} */
    public long count() {
        return weights.length() + bias.length();
    }

    private INDArray rows(long from, long to) {
        if (weights.rank() == 3) {
            return weights.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup('c');
        }
        return weights.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup('c');
    }
}
