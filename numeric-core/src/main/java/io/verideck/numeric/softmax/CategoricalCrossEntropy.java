package io.verideck.numeric.softmax;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Categorical cross-entropy of predicted probability rows, averaged over the batch.
 *
 * <p>{@code CE(P, Y) = -(1/B) sum_b sum_k y_bk log p_bk}; with a one-hot row only the true-class term
 * {@code -log p_b,y} remains. {@code dCE/dp_bk = -y_bk / (B p_bk)}. Shapes: {@code P, Y [B, K]};
 * stacked: {@code P [S, B, K]}. Reference: Goodfellow et al. (2016), section 6.2.1.1.
 */
public final class CategoricalCrossEntropy {
    private CategoricalCrossEntropy() {
    }

    /**
     * @param p {@code [B, K]} probabilities
     * @param y {@code [B, K]} targets
     * @return the mean loss
     */
    public static double loss(INDArray p, INDArray y) {
        return lossStacked(p.reshape(1, p.size(0), p.size(1)), y).getDouble(0);
    }

    /**
     * @param p {@code [S, B, K]}
     * @param y {@code [B, K]}, shared
     * @return {@code [S]}
     */
    public static INDArray lossStacked(INDArray p, INDArray y) {
        return Stacked.sumPerCopy(Transforms.log(p, true).muli(y).negi()).divi(p.size(1));
    }

    /**
     * @param p {@code [B, K]}
     * @param y {@code [B, K]}
     * @return {@code dCE/dP}
     */
    public static INDArray gradient(INDArray p, INDArray y) {
        return y.div(p).negi().divi(p.size(0));
    }
}
