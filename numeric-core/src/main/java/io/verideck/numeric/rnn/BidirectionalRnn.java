package io.verideck.numeric.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A bidirectional RNN (claim K12): a forward {@link SimpleRnn} over {@code x_1..x_T}, a backward one
 * over {@code x_T..x_1}, and a dense output on the concatenation {@code o_t = [h_f^(t); h_b^(t)] V + c}.
 * {@code o_t} depends on inputs after {@code t} through {@code h_b}, so the map is not causal; the
 * forward half alone is. Shapes: {@code xs [T, B, d]}, {@code V [2u, K]}, {@code c [K]}, outputs
 * {@code [T, B, K]}. Reference: Goodfellow et al. (2016), section 10.3.
 *
 * @param forward the left-to-right RNN
 * @param backward the right-to-left RNN
 * @param outputWeights {@code V}
 * @param outputBias {@code c}
 */
public record BidirectionalRnn(SimpleRnn forward, SimpleRnn backward, INDArray outputWeights, INDArray outputBias) {

    /**
     * @param xs inputs
     * @param h0 initial state of both directions {@code [B, u]}
     * @return {@code [h_f^(t); h_b^(t)]} for every t, {@code [T, B, 2u]}
     */
    public INDArray states(INDArray xs, INDArray h0) {
        INDArray hf = forward.run(xs, h0);
        long steps = xs.size(0);
        INDArray reversed = Nd4j.create(xs.dataType(), xs.shape());
        for (int t = 0; t < steps; t++) {
            reversed.slice(t).assign(xs.slice(steps - 1 - t));
        }
        INDArray hbReversed = backward.run(reversed, h0);
        INDArray out = Nd4j.create(xs.dataType(), steps, xs.size(1), 2 * forward.units());
        for (int t = 0; t < steps; t++) {
            out.slice(t).assign(Nd4j.hstack(hf.slice(t), hbReversed.slice(steps - 1 - t)));
        }
        return out;
    }

    /**
     * @param xs inputs
     * @param h0 initial state
     * @return {@code o_t} for every t, {@code [T, B, K]}
     */
    public INDArray outputs(INDArray xs, INDArray h0) {
        return dense(states(xs, h0), outputWeights, outputBias);
    }

    /**
     * The causal counterpart: the forward RNN alone with its own dense output.
     *
     * @param rnn the RNN
     * @param v output weights {@code [u, K]}
     * @param c output bias
     * @param xs inputs
     * @param h0 initial state
     * @return {@code [T, B, K]}
     */
    public static INDArray unidirectionalOutputs(SimpleRnn rnn, INDArray v, INDArray c, INDArray xs, INDArray h0) {
        return dense(rnn.run(xs, h0), v, c);
    }

    private static INDArray dense(INDArray hs, INDArray v, INDArray c) {
        long steps = hs.size(0);
        long b = hs.size(1);
        return hs.reshape('c', steps * b, hs.size(2)).mmul(v).addiRowVector(c).reshape('c', steps, b, v.columns());
    }
}
