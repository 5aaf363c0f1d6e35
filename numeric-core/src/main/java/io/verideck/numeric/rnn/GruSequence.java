package io.verideck.numeric.rnn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GRU run over a sequence with a squared-error loss on every state, differentiated by
 * backpropagation through time.
 *
 * <p>{@code h_t = GRU(x_t, h_{t-1})} for {@code t = 1..T}; {@code L = sum_t 1/(2B) ||h_t - y_t||^2}.
 * BPTT walks back from {@code T}: {@code dL/dh_t = (h_t - y_t)/B + (dh_{t+1}/dh_t)^T dL/dh_{t+1}},
 * and every parameter gradient is the sum over steps of the per-step gradients (the weights are
 * shared across time). Shapes: {@code xs [T, B, d]}, {@code targets [T, B, u]}, {@code h0 [B, u]}.
 * Reference: Werbos (1990); Goodfellow et al. (2016), section 10.2.2.
 *
 * @param cell the cell (and its convention)
 */
public record GruSequence(GruCell cell) {

    /**
     * @param p parameters, plain or stacked
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state, plain or stacked
     * @param targets {@code [T, B, u]}
     * @return the loss; {@code [S]} if anything was stacked, else a scalar array
     */
    public INDArray loss(GruParameters p, INDArray xs, INDArray h0, INDArray targets) {
        INDArray h = h0;
        INDArray total = null;
        long batch = xs.size(1);
        for (int t = 0; t < xs.size(0); t++) {
            h = cell.forward(p, xs.slice(t), h).next();
            INDArray d = h.sub(targets.slice(t));
            INDArray sq = d.muli(d);
            INDArray term = sq.rank() == 3 ? sq.reshape(sq.size(0), sq.length() / sq.size(0)).sum(1) : sq.sum();
            total = total == null ? term : total.addi(term);
        }
        return total.divi(2.0 * batch);
    }

    /**
     * Backpropagation through time.
     *
     * @param p parameters (plain)
     * @param xs inputs
     * @param h0 initial state
     * @param targets targets
     * @return gradients of the loss with respect to the parameters, every input and {@code h0}
     */
    public Gradients gradients(GruParameters p, INDArray xs, INDArray h0, INDArray targets) {
        List<GruCell.Step> steps = new ArrayList<>();
        INDArray h = h0;
        for (int t = 0; t < xs.size(0); t++) {
            GruCell.Step step = cell.forward(p, xs.slice(t), h);
            steps.add(step);
            h = step.next();
        }
        long batch = xs.size(1);
        INDArray dU = Nd4j.zerosLike(p.inputWeights());
        INDArray dW = Nd4j.zerosLike(p.hiddenWeights());
        INDArray dbi = Nd4j.zerosLike(p.inputBias());
        INDArray dbh = Nd4j.zerosLike(p.hiddenBias());
        INDArray dxs = Nd4j.zerosLike(xs);
        INDArray carry = Nd4j.zerosLike(h0);
        for (int t = steps.size() - 1; t >= 0; t--) {
            INDArray dh = steps.get(t).next().sub(targets.slice(t)).divi(batch).addi(carry);
            GruCell.Gradients g = cell.backward(p, steps.get(t), dh);
            dU.addi(g.parameters().inputWeights());
            dW.addi(g.parameters().hiddenWeights());
            dbi.addi(g.parameters().inputBias());
            dbh.addi(g.parameters().hiddenBias());
            dxs.slice(t).assign(g.input());
            carry = g.state();
        }
        return new Gradients(new GruParameters(dU, dW, dbi, dbh), dxs, carry);
    }

    /**
     * Gradients of the sequence loss.
     *
     * @param parameters summed over time steps
     * @param inputs {@code dL/dx_t}, {@code [T, B, d]}
     * @param initialState {@code dL/dh_0}
     */
    public record Gradients(GruParameters parameters, INDArray inputs, INDArray initialState) {
    }
}
