package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Accuracy and test statistics of a least-squares fit (claim C3).
 *
 * <p>{@code SE(beta1)^2 = sigma^2 / Sxx}, {@code SE(beta0)^2 = sigma^2 (1/n + xbar^2 / Sxx)},
 * {@code RSE = sqrt(RSS / (n - 2))}, {@code t = beta1 / SE(beta1)} with {@code sigma} estimated by the
 * RSE, {@code R^2 = 1 - RSS / TSS}, {@code r} the sample correlation, {@code F = ((TSS - RSS) / p) /
 * (RSS / (n - p - 1))}, and {@code 2^p} predictor subsets. Shapes: {@code x, y [n]}; data sets stacked
 * as rows {@code [R, n]}. Reference: James et al., <i>An Introduction to Statistical Learning</i>
 * (2013), sections 3.1.2, 3.1.3 and 3.2.2.
 */
public final class RegressionInference {
    private RegressionInference() {
    }

    /**
     * @param x predictor {@code [n]}
     * @param sigma noise standard deviation
     * @return {@code sigma^2 / Sxx}
     */
    public static double slopeVariance(INDArray x, double sigma) {
        INDArray xc = x.sub(x.meanNumber());
        return sigma * sigma / xc.mul(xc).sumNumber().doubleValue();
    }

    /**
     * @param x predictor {@code [n]}
     * @param sigma noise standard deviation
     * @return {@code sigma^2 (1/n + xbar^2 / Sxx)}
     */
    public static double interceptVariance(INDArray x, double sigma) {
        INDArray xc = x.sub(x.meanNumber());
        double xbar = x.meanNumber().doubleValue();
        return sigma * sigma * (1.0 / x.length() + xbar * xbar / xc.mul(xc).sumNumber().doubleValue());
    }

    /**
     * @param y response {@code [n]}
     * @param fitted fitted values {@code [n]}
     * @return {@code 1 - RSS / TSS}
     */
    public static double rSquared(INDArray y, INDArray fitted) {
        INDArray e = y.sub(fitted);
        INDArray yc = y.sub(y.meanNumber());
        return 1 - e.mul(e).sumNumber().doubleValue() / yc.mul(yc).sumNumber().doubleValue();
    }

    /**
     * @param x first sample {@code [n]}
     * @param y second sample {@code [n]}
     * @return the sample correlation {@code r}
     */
    public static double correlation(INDArray x, INDArray y) {
        INDArray xc = x.sub(x.meanNumber());
        INDArray yc = y.sub(y.meanNumber());
        return xc.mul(yc).sumNumber().doubleValue() / Math.sqrt(xc.mul(xc).sumNumber().doubleValue() * yc.mul(yc).sumNumber().doubleValue());
    }

    /**
     * @param rss residual sum of squares
     * @param n observations
     * @return {@code sqrt(RSS / (n - 2))}
     */
    public static double residualStandardError(double rss, long n) {
        return Math.sqrt(rss / (n - 2));
    }

    /**
     * @param tss total sum of squares
     * @param rss residual sum of squares
     * @param n observations
     * @param p predictors
     * @return {@code ((TSS - RSS) / p) / (RSS / (n - p - 1))}
     */
    public static double fStatistic(double tss, double rss, long n, int p) {
        return ((tss - rss) / p) / (rss / (n - p - 1));
    }

    /**
     * The slope t-statistics of many data sets sharing one predictor, {@code sigma} estimated by each
     * data set's RSE, in a few whole-matrix ops.
     *
     * @param x predictor {@code [n]}
     * @param ys one data set per row {@code [R, n]}
     * @return {@code t = beta1 / (RSE / sqrt(Sxx))} per row, {@code [R]}
     */
    public static INDArray slopeTStatistics(INDArray x, INDArray ys) {
        long n = x.length();
        long r = ys.size(0);
        INDArray xc = x.sub(x.meanNumber());
        double sxx = xc.mul(xc).sumNumber().doubleValue();
        INDArray rse = Transforms.sqrt(residualSumsOfSquares(x, ys).divi(n - 2), false);
        return SimpleRegression.slopes(x, ys).divi(rse.divi(Math.sqrt(sxx))).reshape(r);
    }

    /**
     * The RSS of the simple least-squares fit of many data sets sharing one predictor.
     *
     * @param x predictor {@code [n]}
     * @param ys one data set per row {@code [R, n]}
     * @return {@code RSS} per row, {@code [R]}
     */
    public static INDArray residualSumsOfSquares(INDArray x, INDArray ys) {
        long n = x.length();
        long r = ys.size(0);
        INDArray xc = x.sub(x.meanNumber()).reshape(1, n);
        INDArray b1 = SimpleRegression.slopes(x, ys).reshape(r, 1);
        INDArray e = ys.subColumnVector(ys.mean(1).reshape(r, 1)).subi(b1.mmul(xc));
        return e.muli(e).sum(1).reshape(r);
    }

    /**
     * @param p number of predictors, at most 62
     * @return {@code 2^p}, the number of predictor subsets
     */
    public static long subsetCount(int p) {
        return 1L << p;
    }

    /**
     * @param x predictor {@code [n]}
     * @param y response {@code [n]}
     * @return {@code (RSS, TSS)} of the simple least-squares fit
     */
    public static INDArray sumsOfSquares(INDArray x, INDArray y) {
        INDArray e = SimpleRegression.residuals(x, y, SimpleRegression.fit(x, y));
        INDArray yc = y.sub(y.meanNumber());
        return Nd4j.createFromArray(e.mul(e).sumNumber().doubleValue(), yc.mul(yc).sumNumber().doubleValue());
    }
}
