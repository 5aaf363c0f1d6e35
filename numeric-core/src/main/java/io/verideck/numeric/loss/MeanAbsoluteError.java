package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@code MAE = 1/n sum_i |y_i - yhat_i|} with subgradient {@code 1/n sign(yhat_i - y_i)} (claim E2):
 * its gradient has magnitude {@code 1/n} whatever the residual, and over constant predictions it is
 * minimized at a median. (Writing the absolute value squared, as one source does, gives the MSE.)
 * Shapes: {@code y, yhat [n]}, stacked {@code [S, n]}. Reference: Hastie et al., <i>The Elements of
 * Statistical Learning</i> (2009), section 10.6.
 */
public final class MeanAbsoluteError {
    private MeanAbsoluteError() {
    }

    /**
     * @param predictions rows {@code [S, n]}
     * @param y targets {@code [n]}
     * @return the MAE of each row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray predictions, INDArray y) {
        return Transforms.abs(predictions.subRowVector(y.reshape(1, y.length())), false).mean(1);
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @return the MAE
     */
    public static double loss(INDArray predictions, INDArray y) {
        return lossStacked(predictions.reshape(1, predictions.length()), y).getDouble(0);
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @return {@code 1/n sign(yhat - y)}
     */
    public static INDArray subgradient(INDArray predictions, INDArray y) {
        return Transforms.sign(predictions.sub(y.reshape(predictions.shape())), false).muli(1.0 / predictions.length());
    }
}
