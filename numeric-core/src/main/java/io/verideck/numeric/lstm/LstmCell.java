package io.verideck.numeric.lstm;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One LSTM step: {@code a = [h_{t-1}, x_t] W + b}; {@code f = sigma(a_f)}, {@code i = sigma(a_i)},
 * {@code C~ = tanh(a_C)}, {@code o = sigma(a_o)} (three sigmoid gates and one tanh candidate);
 * {@code C_t = f * C_{t-1} + i * C~}; {@code h_t = o * tanh(C_t)}. Shapes: {@code x [B, d]},
 * {@code h, C [B, u]} (stacked parameters give {@code [S, B, u]}). Reference: Hochreiter and
 * Schmidhuber (1997); Gers et al. (2000) for the forget gate; Goodfellow et al. (2016), section 10.10.1.
 */
public final class LstmCell {
    private LstmCell() {
    }

    /**
     * The quantities of one step.
     *
     * @param preActivation {@code a}, {@code [.., 4u]}
     * @param forget {@code f}
     * @param input {@code i}
     * @param candidate {@code C~}
     * @param output {@code o}
     * @param cell {@code C_t}
     * @param hidden {@code h_t}
     */
    public record Step(INDArray preActivation, INDArray forget, INDArray input, INDArray candidate, INDArray output,
            INDArray cell, INDArray hidden) {
    }

    /**
     * @param p parameters (possibly stacked)
     * @param x input {@code [B, d]}
     * @param h previous hidden state
     * @param c previous cell state
     * @return the step
     */
    public static Step forward(LstmParameters p, INDArray x, INDArray h, INDArray c) {
        INDArray a = Stacked.addBias(Stacked.matmul(h, p.stateRows()).add(Stacked.matmul(x, p.inputRows())), p.bias());
        long u = p.units();
        INDArray f = Transforms.sigmoid(block(a, 0, u), false);
        INDArray i = Transforms.sigmoid(block(a, 1, u), false);
        INDArray g = Transforms.tanh(block(a, 2, u), false);
        INDArray o = Transforms.sigmoid(block(a, 3, u), false);
        INDArray cell = f.mul(c).addi(i.mul(g));
        return new Step(a, f, i, g, o, cell, hidden(o, cell));
    }

    /**
     * @param output output gate {@code o}
     * @param cell cell state {@code C_t}
     * @return {@code h_t = o * tanh(C_t)}
     */
    public static INDArray hidden(INDArray output, INDArray cell) {
        return output.mul(Transforms.tanh(cell, true));
    }

    /**
     * The split form: each gate with its own matrix applied to the concatenated vector, {@code sigma([h, x] W_g + b_g)}.
     *
     * @param p parameters (not stacked)
     * @param x input {@code [B, d]}
     * @param h previous hidden state {@code [B, u]}
     * @param c previous cell state {@code [B, u]}
     * @return the step
     */
    public static Step forwardSplit(LstmParameters p, INDArray x, INDArray h, INDArray c) {
        INDArray hx = Nd4j.hstack(h, x);
        INDArray[] pre = new INDArray[4];
        for (int g = 0; g < 4; g++) {
            pre[g] = hx.mmul(p.gateWeights(g)).addiRowVector(p.gateBias(g));
        }
        INDArray f = Transforms.sigmoid(pre[0], true);
        INDArray i = Transforms.sigmoid(pre[1], true);
        INDArray g = Transforms.tanh(pre[2], true);
        INDArray o = Transforms.sigmoid(pre[3], true);
        INDArray cell = f.mul(c).addi(i.mul(g));
        return new Step(Nd4j.hstack(pre), f, i, g, o, cell, o.mul(Transforms.tanh(cell, true)));
    }

    /**
     * @param a pre-activations {@code [..., 4u]}
     * @param k block index
     * @param u units
     * @return block {@code k}, a copy
     */
    static INDArray block(INDArray a, int k, long u) {
        INDArrayIndex[] idx = new INDArrayIndex[a.rank()];
        for (int d = 0; d < idx.length - 1; d++) {
            idx[d] = NDArrayIndex.all();
        }
        idx[idx.length - 1] = NDArrayIndex.interval(k * u, (k + 1) * u);
        return a.get(idx).dup('c');
    }
}
