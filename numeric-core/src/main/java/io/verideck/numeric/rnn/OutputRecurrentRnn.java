package io.verideck.numeric.rnn;

import io.verideck.numeric.Stacked;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An RNN whose only recurrence goes from the previous output to the hidden state (claim K6):
 * {@code h_t = tanh(x_t U + y_{t-1} W + b)}, {@code o_t = h_t V + c}, {@code L_t = CE(softmax(o_t), y_t)}
 * (batch mean). Under teacher forcing {@code y_{t-1}} is the ground truth, so {@code L_t} depends on
 * the parameters through step {@code t} alone and the per-step gradients can be computed in parallel;
 * free running feeds back the model's own output distribution instead. Shapes: {@code U [d, u]},
 * {@code W [K, u]}, {@code b [u]}, {@code V [u, K]}, {@code c [K]}, {@code xs [T, B, d]}, {@code ys [T, B, K]}
 * one-hot, {@code y0 [B, K]} the start symbol. Reference: Goodfellow et al. (2016), section 10.2.1.
 *
 * @param inputWeights {@code U}
 * @param outputToHidden {@code W}
 * @param bias {@code b}
 * @param outputWeights {@code V}
 * @param outputBias {@code c}
 */
public record OutputRecurrentRnn(INDArray inputWeights, INDArray outputToHidden, INDArray bias, INDArray outputWeights,
        INDArray outputBias) {

    /**
     * The loss of step {@code t} alone under teacher forcing; parameters may be stacked {@code [S, ...]}.
     *
     * @param xs inputs
     * @param ys targets
     * @param y0 start symbol
     * @param t step
     * @return {@code L_t}, {@code [S]} (S = 1 when nothing is stacked)
     */
    public INDArray stepLoss(INDArray xs, INDArray ys, INDArray y0, int t) {
        INDArray prev = t == 0 ? y0 : ys.slice(t - 1);
        INDArray h = Transforms.tanh(Stacked.addBias(Stacked.matmul(xs.slice(t), inputWeights).add(Stacked.matmul(prev, outputToHidden)), bias), false);
        INDArray o = Stacked.addBias(Stacked.matmul(h, outputWeights), outputBias);
        return SoftmaxCrossEntropy.lossStacked(o.rank() == 2 ? o.reshape(1, o.rows(), o.columns()) : o, ys.slice(t));
    }

    /**
     * @param xs inputs
     * @param ys targets
     * @param y0 start symbol
     * @return {@code sum_t L_t} under teacher forcing, {@code [S]}
     */
    public INDArray teacherForcedLoss(INDArray xs, INDArray ys, INDArray y0) {
        INDArray total = null;
        for (int t = 0; t < xs.size(0); t++) {
            INDArray term = stepLoss(xs, ys, y0, t);
            total = total == null ? term : total.addi(term);
        }
        return total;
    }

    /**
     * The gradient of {@code L_t} alone, written out: {@code do = (p_t - y_t) / B}, {@code da = do V^T * (1 - h^2)},
     * {@code dU = x_t^T da}, {@code dW = y_{t-1}^T da}, {@code db = sum da}, {@code dV = h^T do}, {@code dc = sum do}.
     *
     * @param xs inputs
     * @param ys targets
     * @param y0 start symbol
     * @param t step
     * @return {@code dU, dW, db, dV, dc}
     */
    public List<INDArray> stepGradients(INDArray xs, INDArray ys, INDArray y0, int t) {
        INDArray prev = t == 0 ? y0 : ys.slice(t - 1);
        INDArray x = xs.slice(t);
        INDArray h = Transforms.tanh(x.mmul(inputWeights).addi(prev.mmul(outputToHidden)).addiRowVector(bias), false);
        INDArray o = h.mmul(outputWeights).addiRowVector(outputBias);
        INDArray dOut = Softmax.probabilities(o).subi(ys.slice(t)).divi(x.rows());
        INDArray da = dOut.mmul(outputWeights.transpose()).muli(h.mul(h).rsubi(1.0));
        List<INDArray> g = new ArrayList<>();
        g.add(x.transpose().mmul(da));
        g.add(prev.transpose().mmul(da));
        g.add(da.sum(0));
        g.add(h.transpose().mmul(dOut));
        g.add(dOut.sum(0));
        return g;
    }

    /**
     * Free running: the model's own output distribution is fed back instead of the ground truth.
     *
     * @param xs inputs
     * @param y0 start symbol
     * @param teacher targets to feed back instead (teacher forcing), or null to run free
     * @return output distributions {@code [T, B, K]}
     */
    public INDArray outputs(INDArray xs, INDArray y0, INDArray teacher) {
        long k = outputBias.length();
        INDArray out = Nd4j.create(xs.dataType(), xs.size(0), xs.size(1), k);
        INDArray prev = y0;
        for (int t = 0; t < xs.size(0); t++) {
            INDArray h = Transforms.tanh(xs.slice(t).mmul(inputWeights).addi(prev.mmul(outputToHidden)).addiRowVector(bias), false);
            INDArray p = Softmax.probabilities(h.mmul(outputWeights).addiRowVector(outputBias));
            out.slice(t).assign(p);
            prev = teacher == null ? p : teacher.slice(t);
        }
        return out;
    }
}
