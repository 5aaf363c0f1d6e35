package io.verideck.numeric.rnn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The {@link ElmanRnn} forward pass and loss built as a SameDiff graph, unrolled over the sequence, and
 * differentiated by ND4J's reverse-mode autodiff: an oracle for the hand-written backpropagation through
 * time that shares no code with it. Same shapes and loss as {@link ElmanRnn}: {@code a_t = b + h_{t-1} W
 * + x_t U}, {@code h_t = tanh a_t}, {@code o_t = c + h_t V}, {@code L = sum_t mean_batch CE(softmax(o_t), y_t)}.
 */
public final class ElmanRnnSameDiff {
    private ElmanRnnSameDiff() {
    }

    /**
     * @param rnn the network
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state {@code [B, u]}
     * @param ys one-hot targets {@code [T, B, K]}
     * @return SameDiff's gradients; {@code recurrentPerStep} is empty, {@code initialState} is {@code dL/dh_0}
     */
    public static ElmanRnn.Gradients gradients(ElmanRnn rnn, INDArray xs, INDArray h0, INDArray ys) {
        SameDiff sd = SameDiff.create();
        SDVariable u = sd.var("U", rnn.inputWeights().dup());
        SDVariable w = sd.var("W", rnn.recurrentWeights().dup());
        SDVariable b = sd.var("b", rnn.bias().dup().reshape(1, rnn.bias().length()));
        SDVariable v = sd.var("V", rnn.outputWeights().dup());
        SDVariable c = sd.var("c", rnn.outputBias().dup().reshape(1, rnn.outputBias().length()));
        SDVariable h = sd.var("h0", h0.dup());
        SDVariable total = null;
        double batch = xs.size(1);
        for (int t = 0; t < xs.size(0); t++) {
            SDVariable x = sd.constant("x" + t, xs.slice(t).dup());
            SDVariable y = sd.constant("y" + t, ys.slice(t).dup());
            h = sd.math().tanh(h.mmul(w).add(x.mmul(u)).add(b));
            SDVariable o = h.mmul(v).add(c);
            SDVariable term = sd.nn().logSoftmax(o).mul(y).sum().mul(-1.0 / batch);
            total = total == null ? term : total.add(term);
        }
        total.rename("loss");
        sd.setLossVariables("loss");
        Map<String, INDArray> g = io.verideck.numeric.SameDiffQuiet.call(() -> sd.calculateGradients(new HashMap<>(), "U", "W", "b", "V", "c", "h0"));
        return new ElmanRnn.Gradients(g.get("U"), g.get("W"), g.get("b").reshape(rnn.bias().length()), g.get("V"),
                g.get("c").reshape(rnn.outputBias().length()), java.util.List.of(), g.get("h0"));
    }

}
