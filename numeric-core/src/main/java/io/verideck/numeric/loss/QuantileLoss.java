package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The quantile (pinball) loss at level {@code gamma} in (0, 1) (claim E5):
 * {@code L = sum_{y_i < yhat_i} (1 - gamma) |y_i - yhat_i| + sum_{y_i >= yhat_i} gamma |y_i - yhat_i|},
 * equivalently {@code max(gamma (y - yhat), (gamma - 1)(y - yhat))} per term; subgradient in
 * {@code yhat} is {@code 1 - gamma} for over-estimates and {@code -gamma} otherwise. Over constant
 * predictions it is minimized at the empirical {@code gamma}-quantile; {@code gamma = 1/2} gives half
 * the absolute error. Shapes: {@code y, yhat [n]}, stacked predictions {@code [S, n]}. Reference:
 * Koenker and Bassett, "Regression quantiles", Econometrica 46 (1978).
 */
public final class QuantileLoss {
    private QuantileLoss() {
    }

    /**
     * @param predictions rows {@code [S, n]}
     * @param y targets {@code [n]}
     * @param gamma quantile level
     * @return the summed loss of each row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray predictions, INDArray y, double gamma) {
        INDArray u = predictions.rsubRowVector(y.reshape(1, y.length()));
        INDArray under = u.gte(0.0).castTo(u.dataType());
        INDArray weight = under.mul(gamma).addi(under.rsub(1.0).muli(gamma - 1));
        return u.muli(weight).sum(1);
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @param gamma quantile level
     * @return the summed loss
     */
    public static double loss(INDArray predictions, INDArray y, double gamma) {
        return lossStacked(predictions.reshape(1, predictions.length()), y, gamma).getDouble(0);
    }

    /**
     * The version with the sign error: over-estimates weighted by {@code gamma - 1} instead of
     * {@code 1 - gamma}, which makes those terms negative.
     *
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @param gamma quantile level
     * @return {@code sum_{y < yhat} (gamma - 1) |y - yhat| + sum_{y >= yhat} gamma |y - yhat|}
     */
    public static double signErrorVersion(INDArray predictions, INDArray y, double gamma) {
        INDArray u = y.reshape(predictions.shape()).sub(predictions);
        INDArray under = u.gte(0.0).castTo(u.dataType());
        INDArray absU = org.nd4j.linalg.ops.transforms.Transforms.abs(u, true);
        return absU.mul(under).muli(gamma).addi(absU.muli(under.rsub(1.0)).muli(gamma - 1)).sumNumber().doubleValue();
    }

    /**
     * @param predictions {@code [n]}
     * @param y targets {@code [n]}
     * @param gamma quantile level
     * @return the subgradient in {@code yhat}: {@code 1 - gamma} where {@code y < yhat}, else {@code -gamma}
     */
    public static INDArray subgradient(INDArray predictions, INDArray y, double gamma) {
        INDArray over = predictions.gt(y.reshape(predictions.shape())).castTo(predictions.dataType());
        return over.mul(1 - gamma).addi(over.rsub(1.0).muli(-gamma));
    }

    /**
     * The best constant prediction: the empirical {@code gamma}-quantile, the order statistic
     * {@code y_(ceil(n gamma))} (1-based), at which {@code #(y < q) <= n gamma <= #(y <= q)}.
     *
     * @param y targets {@code [n]}
     * @param gamma quantile level
     * @return the minimizer over constants
     */
    public static double constantMinimizer(INDArray y, double gamma) {
        double[] sorted = y.dup().reshape(y.length()).toDoubleVector();
        java.util.Arrays.sort(sorted);
        int k = (int) Math.ceil(sorted.length * gamma);
        return sorted[Math.max(0, k - 1)];
    }
}
