package io.verideck.numeric.rnn;

import io.verideck.numeric.Stacked;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The plain tanh RNN with softmax outputs and backpropagation through time.
 *
 * <p>{@code a_t = b + h_{t-1} W + x_t U}, {@code h_t = tanh(a_t)}, {@code o_t = c + h_t V},
 * {@code L = sum_t CE(softmax(o_t), y_t)} (each step a batch mean). BPTT: {@code dh_t = (softmax(o_t) -
 * y_t) V^T / B + da_{t+1} W^T}, {@code da_t = dh_t * (1 - h_t^2)}, {@code dW = sum_t h_{t-1}^T da_t}
 * (likewise {@code U}, {@code b}), {@code dV = sum_t h_t^T do_t}. Each step's term is the gradient of
 * that step's own copy of {@code W}; their sum is the gradient of the shared {@code W}. Shapes:
 * {@code U [d, u]}, {@code W [u, u]}, {@code b [u]}, {@code V [u, K]}, {@code c [K]}, {@code xs [T, B,
 * d]}, {@code ys [T, B, K]} one-hot, {@code h0 [B, u]}. Reference: Goodfellow et al. (2016), section
 * 10.2.2, equations 10.8 and 10.16-10.28 (column form there, row form here).
 *
 * @param inputWeights {@code U}
 * @param recurrentWeights {@code W}
 * @param bias {@code b}
 * @param outputWeights {@code V}
 * @param outputBias {@code c}
 */
public record ElmanRnn(INDArray inputWeights, INDArray recurrentWeights, INDArray bias, INDArray outputWeights,
        INDArray outputBias) {

    /**
     * Loss with one recurrent matrix per step (stacked or not): tied weights pass the same matrix
     * {@code T} times.
     *
     * @param recurrentPerStep {@code W_t} for each step
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state
     * @param ys targets
     * @return the loss, {@code [S]} when anything is stacked
     */
    public INDArray loss(List<INDArray> recurrentPerStep, INDArray xs, INDArray h0, INDArray ys) {
        INDArray h = h0;
        INDArray total = null;
        for (int t = 0; t < xs.size(0); t++) {
            INDArray a = Stacked.addBias(Stacked.matmul(h, recurrentPerStep.get(t)).add(Stacked.matmul(xs.slice(t), inputWeights)), bias);
            h = Transforms.tanh(a, false);
            INDArray o = Stacked.addBias(Stacked.matmul(h, outputWeights), outputBias);
            INDArray stacked = o.rank() == 2 ? o.reshape(1, o.rows(), o.columns()) : o;
            INDArray term = SoftmaxCrossEntropy.lossStacked(stacked, ys.slice(t));
            total = total == null ? term : total.addi(term);
        }
        return total;
    }

    /**
     * The same network with every other parameter repeated over a stack of {@code s} copies, for
     * evaluating perturbations of one tensor only.
     *
     * @param s stack length
     * @return the stacked network
     */
    public ElmanRnn withStack(long s) {
        return new ElmanRnn(Stacked.repeat(inputWeights, s), Stacked.repeat(recurrentWeights, s), Stacked.repeat(bias, s),
                Stacked.repeat(outputWeights, s), Stacked.repeat(outputBias, s));
    }

    /**
     * @param xs inputs
     * @param h0 initial state
     * @param ys targets
     * @return gradients, including the per-step terms of {@code dW}
     */
    public Gradients gradients(INDArray xs, INDArray h0, INDArray ys) {
        int steps = (int) xs.size(0);
        List<INDArray> hs = new ArrayList<>();
        List<INDArray> os = new ArrayList<>();
        hs.add(h0);
        for (int t = 0; t < steps; t++) {
            INDArray a = hs.get(t).mmul(recurrentWeights).addi(xs.slice(t).mmul(inputWeights)).addiRowVector(bias);
            INDArray h = Transforms.tanh(a, false);
            hs.add(h);
            os.add(h.mmul(outputWeights).addiRowVector(outputBias));
        }
        double batch = xs.size(1);
        INDArray dU = Nd4j.zerosLike(inputWeights);
        INDArray db = Nd4j.zerosLike(bias);
        INDArray dV = Nd4j.zerosLike(outputWeights);
        INDArray dc = Nd4j.zerosLike(outputBias);
        List<INDArray> dWPerStep = new ArrayList<>();
        INDArray carry = Nd4j.zerosLike(h0);
        for (int t = steps - 1; t >= 0; t--) {
            INDArray h = hs.get(t + 1);
            INDArray dOut = Softmax.probabilities(os.get(t)).subi(ys.slice(t)).divi(batch);
            dV.addi(h.transpose().mmul(dOut));
            dc.addi(dOut.sum(0));
            INDArray dh = dOut.mmul(outputWeights.transpose()).addi(carry);
            INDArray da = dh.muli(h.mul(h).rsubi(1.0));
            dWPerStep.add(hs.get(t).transpose().mmul(da));
            dU.addi(xs.slice(t).transpose().mmul(da));
            db.addi(da.sum(0));
            carry = da.mmul(recurrentWeights.transpose());
        }
        Collections.reverse(dWPerStep);
        INDArray dW = Nd4j.zerosLike(recurrentWeights);
        dWPerStep.forEach(dW::addi);
        return new Gradients(dU, dW, db, dV, dc, dWPerStep, carry);
    }

    /**
     * Gradients of the sequence loss.
     *
     * @param inputWeights {@code dL/dU}
     * @param recurrentWeights {@code dL/dW}, the sum of {@code recurrentPerStep}
     * @param bias {@code dL/db}
     * @param outputWeights {@code dL/dV}
     * @param outputBias {@code dL/dc}
     * @param recurrentPerStep {@code dL/dW_t}: the gradient of step t's own copy of {@code W}
     * @param initialState {@code dL/dh_0}
     */
    public record Gradients(INDArray inputWeights, INDArray recurrentWeights, INDArray bias, INDArray outputWeights,
            INDArray outputBias, List<INDArray> recurrentPerStep, INDArray initialState) {
    }
}
