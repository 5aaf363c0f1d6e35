package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code MSE = 1/n sum_i (y_i - yhat_i)^2}, {@code dMSE/dyhat_i = 2/n (yhat_i - y_i)} (claim E1); over
 * constant predictions it is minimized at the mean of {@code y}. Shapes: {@code y, yhat [n]}, stacked
 * {@code [S, n]}. Reference: Goodfellow et al., <i>Deep Learning</i> (2016), section 5.1.4.
 */
public final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /**
     * @param predictions rows {@code [S, n]}
     * @param y targets {@code [n]}
     * @return the MSE of each row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray predictions, INDArray y) {
        INDArray r = predictions.subRowVector(y.reshape(1, y.length()));
        return r.muli(r).mean(1);
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @return the MSE
     */
    public static double loss(INDArray predictions, INDArray y) {
        return lossStacked(predictions.reshape(1, predictions.length()), y).getDouble(0);
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @return {@code 2/n (yhat - y)}
     */
    public static INDArray gradient(INDArray predictions, INDArray y) {
        return predictions.sub(y.reshape(predictions.shape())).muli(2.0 / predictions.length());
    }
}
