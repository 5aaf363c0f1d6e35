package io.verideck.numeric.rnn;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The tanh recurrence without outputs, {@code h_t = f(h_{t-1}, x_t; theta) = tanh(x_t U + h_{t-1} W + b)}
 * (row form), with the one transition function {@code f} shared by every step (claims K1, K5, K7,
 * K12). Shapes: {@code U [d, u]}, {@code W [u, u]}, {@code b [u]}, {@code x_t [B, d]}, {@code h [B, u]};
 * a sequence is {@code [T, B, d]}. Reference: Goodfellow et al. (2016), section 10.1, equation 10.5.
 *
 * @param inputWeights {@code U}
 * @param recurrentWeights {@code W}
 * @param bias {@code b}
 */
public record SimpleRnn(INDArray inputWeights, INDArray recurrentWeights, INDArray bias) {

    /** @return the number of units {@code u} */
    public long units() {
        return recurrentWeights.columns();
    }

    /**
     * One application of the shared transition function.
     *
     * @param h previous state {@code [B, u]} (or stacked {@code [S, B, u]})
     * @param x input {@code [B, d]}
     * @return {@code tanh(x U + h W + b)}
     */
    public INDArray step(INDArray h, INDArray x) {
        return Transforms.tanh(Stacked.addBias(Stacked.matmul(h, recurrentWeights).add(Stacked.matmul(x, inputWeights)), bias), false);
    }

    /**
     * The loop form over a sequence of any length: the same three tensors at every step.
     *
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state {@code [B, u]}
     * @return every state, {@code [T, B, u]} (Keras {@code return_sequences=True})
     */
    public INDArray run(INDArray xs, INDArray h0) {
        long steps = xs.size(0);
        INDArray out = Nd4j.create(h0.dataType(), steps, h0.size(0), h0.size(1));
        INDArray h = h0;
        for (int t = 0; t < steps; t++) {
            h = step(h, xs.slice(t));
            out.slice(t).assign(h);
        }
        return out;
    }

    /**
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state
     * @return the last state {@code [B, u]} (Keras {@code return_sequences=False})
     */
    public INDArray last(INDArray xs, INDArray h0) {
        INDArray h = h0;
        for (int t = 0; t < xs.size(0); t++) {
            h = step(h, xs.slice(t));
        }
        return h;
    }

    /**
     * The recursive definition {@code h^{(t)} = f(h^{(t-1)}, x^{(t)})}, {@code h^{(0)} = h0}.
     *
     * @param xs inputs {@code [T, B, d]}
     * @param t step, {@code 0 <= t <= T}
     * @param h0 initial state
     * @return {@code h^{(t)}}
     */
    public INDArray stateRecursive(INDArray xs, int t, INDArray h0) {
        return t == 0 ? h0 : step(stateRecursive(xs, t - 1, h0), xs.slice(t - 1));
    }

    /** @return the number of parameter entries, {@code u d + u u + u} */
    public long parameterCount() {
        return inputWeights.length() + recurrentWeights.length() + bias.length();
    }
}
