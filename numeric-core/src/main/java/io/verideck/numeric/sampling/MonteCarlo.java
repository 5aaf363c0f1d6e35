package io.verideck.numeric.sampling;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Monte Carlo estimator {@code s_n = (1/n) sum_i f(x_i)}, {@code x_i ~ p}, of {@code s = E_p[f]}: unbiased,
 * with {@code Var s_n = Var f / n}, estimated standard error {@code sd(f) / sqrt(n)}, and asymptotically
 * normal (CLT). Rows of a matrix are independent replicates. Reference: Goodfellow et al. (2016),
 * section 17.1; Robert and Casella, <i>Monte Carlo Statistical Methods</i> (2004), chapter 3.
 */
public final class MonteCarlo {
    private MonteCarlo() {
    }

    /**
     * @param values {@code f(x_i)}, {@code [n]}
     * @return {@code s_n}
     */
    public static double estimate(INDArray values) {
        return values.meanNumber().doubleValue();
    }

    /**
     * @param values {@code f(x_i)}
     * @return {@code sd(f) / sqrt(n)} (sample standard deviation, {@code n - 1})
     */
    public static double standardError(INDArray values) {
        return values.stdNumber().doubleValue() / Math.sqrt(values.length());
    }

    /**
     * @param values {@code [R, n]}: R replicates of n values each
     * @return the R estimates, {@code [R]}
     */
    public static INDArray replicateEstimates(INDArray values) {
        return values.mean(1);
    }

    /**
     * @param values {@code [R, n]}
     * @return the R estimated standard errors, {@code [R]}
     */
    public static INDArray replicateStandardErrors(INDArray values) {
        return values.std(true, 1).divi(Math.sqrt(values.columns())).reshape(values.rows());
    }
}
