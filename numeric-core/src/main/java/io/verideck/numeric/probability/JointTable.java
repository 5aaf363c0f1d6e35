package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A discrete joint distribution {@code P(x, y)} as a table {@code [nx, ny]} (rows index {@code x}),
 * with the sum rule {@code P(x) = sum_y P(x, y)}, conditionals {@code P(y | x) = P(x, y) / P(x)}, and
 * Bayes' rule {@code P(y | x) = P(x | y) P(y) / P(x)}. Reference: Goodfellow et al. (2016), sections
 * 3.4, 3.5 and 3.11.
 */
public final class JointTable {
    private JointTable() {
    }

    /**
     * @param joint {@code [nx, ny]}
     * @return {@code P(x)}, {@code [nx]}
     */
    public static INDArray marginalX(INDArray joint) {
        return joint.sum(1);
    }

    /**
     * @param joint {@code [nx, ny]}
     * @return {@code P(y)}, {@code [ny]}
     */
    public static INDArray marginalY(INDArray joint) {
        return joint.sum(0);
    }

    /**
     * @param joint {@code [nx, ny]}, every {@code P(x) > 0}
     * @return {@code P(y | x)}, {@code [nx, ny]}, rows summing to 1
     */
    public static INDArray yGivenX(INDArray joint) {
        return joint.divColumnVector(marginalX(joint).reshape(joint.rows(), 1));
    }

    /**
     * @param joint {@code [nx, ny]}, every {@code P(y) > 0}
     * @return {@code P(x | y)}, {@code [nx, ny]}, columns summing to 1
     */
    public static INDArray xGivenY(INDArray joint) {
        return joint.divRowVector(marginalY(joint).reshape(1, joint.columns()));
    }

    /**
     * Bayes' rule from the likelihood and the prior only (no joint table).
     *
     * @param likelihood {@code P(x | y)}, {@code [nx, ny]}
     * @param prior {@code P(y)}, {@code [ny]}
     * @return {@code P(y | x) = P(x | y) P(y) / sum_y' P(x | y') P(y')}, {@code [nx, ny]}
     */
    public static INDArray bayes(INDArray likelihood, INDArray prior) {
        INDArray numerator = likelihood.mulRowVector(prior.reshape(1, prior.length()));
        return numerator.divColumnVector(numerator.sum(1).reshape(likelihood.rows(), 1));
    }
}
