package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A univariate probability density {@code p(x) >= 0} with {@code integral p = 1}, evaluated
 * elementwise on an array, and the breakpoints that cut its support into pieces on which it is
 * smooth (kinks and jumps fall on a breakpoint; the mass outside the outermost ones is below
 * {@code 1e-15}), for {@link Quadrature}.
 */
public sealed interface Density permits Gaussian, Laplace, Exponential, Uniform {
    /**
     * @param x points, any shape
     * @return {@code p(x)}, same shape
     */
    INDArray density(INDArray x);

    /** @return increasing breakpoints covering the support */
    double[] breakpoints();
}
