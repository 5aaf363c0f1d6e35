package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Simple least squares {@code y ~ beta0 + beta1 x} (claim C1).
 *
 * <p>{@code beta1 = sum (x_i - xbar)(y_i - ybar) / sum (x_i - xbar)^2}, {@code beta0 = ybar - beta1 xbar},
 * {@code RSS = sum (y_i - beta0 - beta1 x_i)^2}, {@code dRSS/dbeta0 = -2 sum e_i},
 * {@code dRSS/dbeta1 = -2 sum x_i e_i}. Shapes: {@code x, y [n]}; coefficients {@code [2]} as
 * {@code (beta0, beta1)}; stacked coefficients {@code [S, 2]}. Reference: James, Witten, Hastie and
 * Tibshirani, <i>An Introduction to Statistical Learning</i> (2013), section 3.1.1.
 */
public final class SimpleRegression {
    private SimpleRegression() {
    }

    /**
     * @param x predictor {@code [n]}, not constant
     * @param y response {@code [n]}
     * @return {@code (beta0, beta1)} as {@code [2]}
     */
    public static INDArray fit(INDArray x, INDArray y) {
        INDArray xc = x.sub(x.meanNumber());
        INDArray yc = y.sub(y.meanNumber());
        double b1 = xc.mul(yc).sumNumber().doubleValue() / xc.mul(xc).sumNumber().doubleValue();
        double b0 = y.meanNumber().doubleValue() - b1 * x.meanNumber().doubleValue();
        return Nd4j.createFromArray(b0, b1);
    }

    /**
     * @param x predictor {@code [n]}
     * @param y response {@code [n]}
     * @param beta {@code (beta0, beta1)}
     * @return residuals {@code e = y - beta0 - beta1 x}, {@code [n]}
     */
    public static INDArray residuals(INDArray x, INDArray y, INDArray beta) {
        return y.sub(x.mul(beta.getDouble(1))).subi(beta.getDouble(0));
    }

    /**
     * @param x predictor {@code [n]}
     * @param y response {@code [n]}
     * @param betas coefficient rows {@code [S, 2]}
     * @return the RSS of each row, {@code [S]}
     */
    public static INDArray rssStacked(INDArray x, INDArray y, INDArray betas) {
        long n = x.length();
        INDArray design = Nd4j.hstack(Nd4j.ones(n, 1), x.reshape(n, 1));
        INDArray e = betas.mmul(design.transpose()).rsubi(y.reshape(1, n));
        return e.muli(e).sum(1);
    }

    /**
     * @param x predictor {@code [n]}
     * @param y response {@code [n]}
     * @param beta {@code (beta0, beta1)}
     * @return {@code (-2 sum e_i, -2 sum x_i e_i)}
     */
    public static INDArray rssGradient(INDArray x, INDArray y, INDArray beta) {
        INDArray e = residuals(x, y, beta);
        return Nd4j.createFromArray(-2 * e.sumNumber().doubleValue(), -2 * e.mul(x).sumNumber().doubleValue());
    }

    /**
     * Slopes of many data sets sharing one predictor, in one matrix product (for Monte Carlo).
     *
     * @param x predictor {@code [n]}
     * @param ys one data set per row {@code [R, n]}
     * @return {@code beta1} of each row, {@code [R]}
     */
    public static INDArray slopes(INDArray x, INDArray ys) {
        long n = x.length();
        INDArray xc = x.sub(x.meanNumber()).reshape(n, 1);
        double sxx = xc.mul(xc).sumNumber().doubleValue();
        return ys.mmul(xc).reshape(ys.size(0)).divi(sxx);
    }
}
