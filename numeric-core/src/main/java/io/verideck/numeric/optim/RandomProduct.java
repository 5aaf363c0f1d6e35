package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The product {@code prod_{t=1}^n w^(t)} of independent weights with mean 0 and variance {@code nu}: its
 * variance is {@code nu^n} (the mean is 0 and {@code E[prod w^2] = prod E[w^2]}), so choosing
 * {@code nu = (nu*)^{1/n}} gives variance {@code nu*}. Reference: Goodfellow et al. (2016), section 10.7.
 */
public final class RandomProduct {
    private RandomProduct() {
    }

    /**
     * @param weights {@code [samples, n]}, one sequence of weights per row
     * @return the products {@code [samples]}
     */
    public static INDArray products(INDArray weights) {
        return weights.prod(1);
    }

    /**
     * @param nu variance of one factor
     * @param n number of factors
     * @return {@code nu^n}
     */
    public static double variance(double nu, int n) {
        return Math.pow(nu, n);
    }

    /**
     * @param target wanted variance of the product
     * @param n number of factors
     * @return {@code target^{1/n}}
     */
    public static double factorVariance(double target, int n) {
        return Math.pow(target, 1.0 / n);
    }
}
