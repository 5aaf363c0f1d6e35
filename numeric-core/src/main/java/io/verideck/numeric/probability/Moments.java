package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Expectation, variance and covariance, exact for discrete distributions and as sample estimates:
 * {@code E f = sum_x P(x) f(x)}, {@code Var f = E[(f - E f)^2] = E f^2 - (E f)^2},
 * {@code Cov(f, g) = E[(f - E f)(g - E g)]}, {@code std = sqrt(Var)}. Discrete distributions are
 * given as values {@code [k]} with probabilities {@code [k]}, or as a joint table {@code [nx, ny]} with
 * values {@code f(x) [nx]}, {@code g(y) [ny]}. Sample estimates use the {@code 1/n} normalization
 * unless a method says otherwise. Reference: Goodfellow et al. (2016), section 3.8.
 */
public final class Moments {
    private Moments() {
    }

    /**
     * @param values {@code f(x)} {@code [k]}
     * @param probabilities {@code P(x)} {@code [k]}
     * @return {@code sum P f}
     */
    public static double expectation(INDArray values, INDArray probabilities) {
        return values.mul(probabilities).sumNumber().doubleValue();
    }

    /**
     * @param values {@code [k]}
     * @param probabilities {@code [k]}
     * @return {@code E[(f - E f)^2]}
     */
    public static double variance(INDArray values, INDArray probabilities) {
        INDArray d = values.sub(expectation(values, probabilities));
        return d.muli(d).muli(probabilities).sumNumber().doubleValue();
    }

    /**
     * @param values {@code [k]}
     * @param probabilities {@code [k]}
     * @return {@code E f^2 - (E f)^2}
     */
    public static double varianceFromMoments(INDArray values, INDArray probabilities) {
        double mean = expectation(values, probabilities);
        return expectation(values.mul(values), probabilities) - mean * mean;
    }

    /**
     * @param joint {@code P(x, y)} {@code [nx, ny]}
     * @param f {@code f(x)} {@code [nx]}
     * @param g {@code g(y)} {@code [ny]}
     * @return {@code E[(f - E f)(g - E g)]}
     */
    public static double covariance(INDArray joint, INDArray f, INDArray g) {
        double ef = expectation(f, JointTable.marginalX(joint));
        double eg = expectation(g, JointTable.marginalY(joint));
        INDArray df = f.sub(ef).reshape(f.length(), 1);
        INDArray dg = g.sub(eg).reshape(1, g.length());
        return df.mmul(dg).muli(joint).sumNumber().doubleValue();
    }

    /**
     * @param x samples {@code [n]}
     * @param y samples {@code [n]}
     * @return {@code (1/n) sum (x - mean x)(y - mean y)}
     */
    public static double sampleCovariance(INDArray x, INDArray y) {
        INDArray dx = x.sub(x.meanNumber().doubleValue());
        INDArray dy = y.sub(y.meanNumber().doubleValue());
        return dx.muli(dy).meanNumber().doubleValue();
    }

    /**
     * The standard error of {@link #sampleCovariance}: the sample standard deviation of the products
     * of centred values over {@code sqrt(n)}.
     *
     * @param x samples {@code [n]}
     * @param y samples {@code [n]}
     * @return the estimated standard error
     */
    public static double sampleCovarianceStandardError(INDArray x, INDArray y) {
        INDArray p = x.sub(x.meanNumber().doubleValue()).muli(y.sub(y.meanNumber().doubleValue()));
        return p.stdNumber().doubleValue() / Math.sqrt(x.length());
    }
}
