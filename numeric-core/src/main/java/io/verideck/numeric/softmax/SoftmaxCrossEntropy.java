package io.verideck.numeric.softmax;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Cross-entropy of a softmax output against target distributions, averaged over the batch.
 *
 * <p>{@code L(Z, Y) = (1/B) sum_b sum_k -y_bk log softmax(z_b)_k = (1/B) sum_b (LSE(z_b) sum_k y_bk -
 * y_b . z_b)}, so {@code dL/dz_b = (softmax(z_b) sum_k y_bk - y_b) / B}, which is {@code (softmax(z_b) -
 * y_b) / B} for one-hot or probability targets. Shapes: logits {@code Z [B, K]}, targets {@code Y
 * [B, K]}. Reference: Goodfellow et al. (2016), section 6.2.2.3.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /**
     * @param logits {@code [B, K]}
     * @param targets {@code [B, K]}, rows usually one-hot or probability vectors
     * @return the mean loss
     */
    public static double loss(INDArray logits, INDArray targets) {
        return lossStacked(logits.reshape(1, logits.size(0), logits.size(1)), targets).getDouble(0);
    }

    /**
     * @param logits {@code [S, B, K]}, one batch per perturbed copy
     * @param targets {@code [B, K]}, shared
     * @return {@code [S]}
     */
    public static INDArray lossStacked(INDArray logits, INDArray targets) {
        INDArray perRow = Softmax.logProbabilities(logits).muli(targets).negi();
        return Stacked.sumPerCopy(perRow).divi(logits.size(1));
    }

    /**
     * @param logits {@code [B, K]}
     * @param targets {@code [B, K]}
     * @return {@code dL/dZ}, {@code [B, K]}
     */
    public static INDArray gradient(INDArray logits, INDArray targets) {
        INDArray s = Softmax.probabilities(logits);
        return s.muli(targets.sum(true, 1)).subi(targets).divi(logits.size(0));
    }
}
