package io.verideck.numeric.lstm;

import io.verideck.numeric.Stacked;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An LSTM run over a sequence with the loss {@code L = 1/2 sum_t ||h_t - y_t||^2} and its gradient by
 * backpropagation through time, written out: with {@code dh_t = (h_t - y_t) + dh_{t+1} carried},
 * {@code dC = dh * o * (1 - tanh^2 C_t) + dC_{t+1} * f_{t+1}}, {@code do = dh * tanh C_t},
 * {@code df = dC * C_{t-1}}, {@code di = dC * C~}, {@code dC~ = dC * i}, then through the gate
 * nonlinearities to {@code da}, {@code dW += [h_{t-1}, x_t]^T da}, {@code db += sum da}, and the carry
 * {@code dh_{t-1} = da W_h^T}. Shapes: {@code xs [T, B, d]}, {@code ys [T, B, u]}, {@code h0, c0 [B, u]}.
 */
public final class LstmSequence {
    private LstmSequence() {
    }

    /**
     * Gradients of the sequence loss.
     *
     * @param weights {@code dL/dW}
     * @param bias {@code dL/db}
     * @param initialHidden {@code dL/dh_0}
     * @param initialCell {@code dL/dC_0}
     */
    public record Gradients(INDArray weights, INDArray bias, INDArray initialHidden, INDArray initialCell) {
    }

    /**
     * @param p parameters, possibly stacked
     * @param xs inputs
     * @param h0 initial hidden state {@code [B, u]}
     * @param c0 initial cell state {@code [B, u]}
     * @param ys targets
     * @return the loss, {@code [S]} ({@code S = 1} when not stacked)
     */
    public static INDArray loss(LstmParameters p, INDArray xs, INDArray h0, INDArray c0, INDArray ys) {
        INDArray h = h0;
        INDArray c = c0;
        if (p.weights().rank() == 3) {
            long s = p.weights().size(0);
            h = h0.rank() == 3 ? h0 : Stacked.repeat(h0, s).dup('c');
            c = c0.rank() == 3 ? c0 : Stacked.repeat(c0, s).dup('c');
        }
        INDArray total = null;
        for (int t = 0; t < xs.size(0); t++) {
            LstmCell.Step step = LstmCell.forward(p, xs.slice(t), h, c);
            h = step.hidden();
            c = step.cell();
            INDArray diff = h.rank() == 2 ? h.sub(ys.slice(t)).reshape(1, h.rows(), h.columns()) : h.sub(Stacked.repeat(ys.slice(t), h.size(0)));
            INDArray term = Stacked.sumPerCopy(diff.mul(diff)).muli(0.5);
            total = total == null ? term : total.addi(term);
        }
        return total;
    }

    /**
     * @param p parameters (not stacked)
     * @param xs inputs
     * @param h0 initial hidden state
     * @param c0 initial cell state
     * @param ys targets
     * @return the BPTT gradients
     */
    public static Gradients gradients(LstmParameters p, INDArray xs, INDArray h0, INDArray c0, INDArray ys) {
        int steps = (int) xs.size(0);
        List<LstmCell.Step> s = new ArrayList<>();
        List<INDArray> hs = new ArrayList<>();
        List<INDArray> cs = new ArrayList<>();
        hs.add(h0);
        cs.add(c0);
        for (int t = 0; t < steps; t++) {
            LstmCell.Step step = LstmCell.forward(p, xs.slice(t), hs.get(t), cs.get(t));
            s.add(step);
            hs.add(step.hidden());
            cs.add(step.cell());
        }
        INDArray dW = Nd4j.zerosLike(p.weights());
        INDArray db = Nd4j.zerosLike(p.bias());
        INDArray dhNext = Nd4j.zerosLike(h0);
        INDArray dcNext = Nd4j.zerosLike(c0);
        INDArray wh = p.stateRows();
        for (int t = steps - 1; t >= 0; t--) {
            LstmCell.Step st = s.get(t);
            INDArray dh = st.hidden().sub(ys.slice(t)).addi(dhNext);
            INDArray tc = Transforms.tanh(st.cell(), true);
            INDArray dc = dh.mul(st.output()).muli(tc.mul(tc).rsubi(1.0)).addi(dcNext);
            INDArray dOut = dh.mul(tc);
            INDArray dF = dc.mul(cs.get(t));
            INDArray dI = dc.mul(st.candidate());
            INDArray dG = dc.mul(st.input());
            INDArray daF = dF.muli(st.forget().mul(st.forget().rsub(1.0)));
            INDArray daI = dI.muli(st.input().mul(st.input().rsub(1.0)));
            INDArray daG = dG.muli(st.candidate().mul(st.candidate()).rsubi(1.0));
            INDArray daO = dOut.muli(st.output().mul(st.output().rsub(1.0)));
            INDArray da = Nd4j.hstack(daF, daI, daG, daO);
            dW.addi(Nd4j.hstack(hs.get(t), xs.slice(t)).transpose().mmul(da));
            db.addi(da.sum(0));
            dhNext = da.mmul(wh.transpose());
            dcNext = dc.mul(st.forget());
        }
        return new Gradients(dW, db, dhNext, dcNext);
    }
}
