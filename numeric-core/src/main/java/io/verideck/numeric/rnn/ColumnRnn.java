package io.verideck.numeric.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The RNN of the course and of CS230 in column form (claim K2), for one sequence:
 * {@code a^<t> = tanh(W_aa a^<t-1> + W_ax x^<t> + b_a)}, {@code yhat^<t> = softmax(W_ya a^<t> + b_y)}.
 * It is {@link ElmanRnn} (row form {@code h W + x U + b}) with {@code W_aa = W^T}, {@code W_ax = U^T},
 * {@code W_ya = V^T}. Shapes: {@code W_aa [u, u]}, {@code W_ax [u, d]}, {@code b_a [u]},
 * {@code W_ya [K, u]}, {@code b_y [K]}, {@code xs [T, d]}. Reference: Goodfellow et al. (2016),
 * equations 10.8-10.11.
 *
 * @param stateWeights {@code W_aa}
 * @param inputWeights {@code W_ax}
 * @param stateBias {@code b_a}
 * @param outputWeights {@code W_ya}
 * @param outputBias {@code b_y}
 */
public record ColumnRnn(INDArray stateWeights, INDArray inputWeights, INDArray stateBias, INDArray outputWeights,
        INDArray outputBias) {

    /**
     * One state update {@code tanh(b + W a + U x)}.
     *
     * @param a previous state {@code [u]}
     * @param x input {@code [d]}
     * @return the new state {@code [u]}
     */
    public INDArray step(INDArray a, INDArray x) {
        long u = stateBias.length();
        INDArray pre = stateWeights.mmul(a.reshape(u, 1)).addi(inputWeights.mmul(x.reshape(x.length(), 1))).addi(stateBias.reshape(u, 1));
        return Transforms.tanh(pre, false).reshape(u);
    }

    /**
     * @param xs inputs {@code [T, d]}
     * @param a0 initial state {@code [u]}
     * @return the softmax outputs {@code [T, K]}
     */
    public INDArray outputs(INDArray xs, INDArray a0) {
        long k = outputBias.length();
        INDArray out = Nd4j.create(a0.dataType(), xs.rows(), k);
        INDArray a = a0;
        for (int t = 0; t < xs.rows(); t++) {
            a = step(a, xs.getRow(t));
            INDArray o = outputWeights.mmul(a.reshape(a.length(), 1)).addi(outputBias.reshape(k, 1)).reshape(1, k);
            out.getRow(t).assign(io.verideck.numeric.softmax.Softmax.builtIn(o).reshape(k));
        }
        return out;
    }
}
