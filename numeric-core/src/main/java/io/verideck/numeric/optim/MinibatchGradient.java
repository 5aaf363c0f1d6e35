package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Minibatch gradients of the least-squares risk {@code J(theta) = 1/n sum_i L_i},
 * {@code L_i = 1/2 (x_i^T theta - y_i)^2}. The per-example gradients are the rows of
 * {@code G = (X theta - y) .* X} ({@code [n, p]}); a minibatch {@code B} of size {@code m'} gives
 * {@code g = 1/m' sum_{i in B} grad L_i}, so {@code E_B[g] = grad J} and, sampling with replacement,
 * {@code Var(g) = 1/m' * 1/n sum_i |G_i - grad J|^2} (trace of the covariance). Many minibatches are
 * evaluated at once as {@code C G / m'}, with {@code C [batches, n]} the count of each example in each
 * batch. Reference: Goodfellow et al. (2016), sections 5.9 and 8.1.3.
 */
public final class MinibatchGradient {
    private MinibatchGradient() {
    }

    /**
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param theta coefficients {@code [p, 1]}
     * @return per-example gradients {@code [n, p]}
     */
    public static INDArray perExample(INDArray x, INDArray y, INDArray theta) {
        INDArray residual = x.mmul(theta).subi(y);
        return x.mulColumnVector(residual);
    }

    /**
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param theta coefficients {@code [p, 1]}
     * @return {@code grad J = 1/n X^T (X theta - y)}, {@code [p, 1]}
     */
    public static INDArray full(INDArray x, INDArray y, INDArray theta) {
        return x.transpose().mmul(x.mmul(theta).subi(y)).divi(x.rows());
    }

    /**
     * @param perExample {@code G [n, p]}
     * @param counts {@code C [batches, n]}: how often example {@code i} is in batch {@code b}
     * @param batchSize {@code m'}
     * @return one minibatch gradient per row, {@code [batches, p]}
     */
    public static INDArray batches(INDArray perExample, INDArray counts, int batchSize) {
        return counts.mmul(perExample).divi(batchSize);
    }

    /**
     * @param perExample {@code G [n, p]}
     * @param batchSize {@code m'}
     * @return {@code E|g - grad J|^2} for batches drawn with replacement
     */
    public static double varianceWithReplacement(INDArray perExample, int batchSize) {
        INDArray centered = perExample.subRowVector(perExample.mean(0));
        return centered.mul(centered).sumNumber().doubleValue() / perExample.rows() / batchSize;
    }
}
