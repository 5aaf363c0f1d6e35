package io.verideck.numeric.mlp;

import io.verideck.numeric.Stacked;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The loss on a network's output {@code Yhat [B, K]} against targets {@code Y [B, K]}, averaged over
 * the batch.
 *
 * <p>{@code MSE = (1/B) sum_b 1/2 ||yhat_b - y_b||^2} with gradient {@code (Yhat - Y)/B};
 * {@code SOFTMAX_CROSS_ENTROPY} treats the output as logits (see {@link SoftmaxCrossEntropy}).
 */
public enum MlpLoss {
    /** Half squared error, batch mean. */
    MSE,
    /** Softmax followed by cross-entropy, batch mean. */
    SOFTMAX_CROSS_ENTROPY;

    /**
     * @param output {@code [S, B, K]}
     * @param targets {@code [B, K]}
     * @return {@code [S]}
     */
    public INDArray valueStacked(INDArray output, INDArray targets) {
        if (this == SOFTMAX_CROSS_ENTROPY) {
            return SoftmaxCrossEntropy.lossStacked(output, targets);
        }
        INDArray d = output.sub(targets);
        return Stacked.sumPerCopy(d.muli(d)).muli(0.5 / output.size(1));
    }

    /**
     * @param output {@code [B, K]}
     * @param targets {@code [B, K]}
     * @return {@code dL/dYhat}
     */
    public INDArray gradient(INDArray output, INDArray targets) {
        if (this == SOFTMAX_CROSS_ENTROPY) {
            return SoftmaxCrossEntropy.gradient(output, targets);
        }
        return output.sub(targets).divi(output.size(0));
    }
}
