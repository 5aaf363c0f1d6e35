package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A non-identifiable model (claim C8): {@code y_i ~ N(a b, 1)}. Only the product {@code a b} enters
 * the likelihood {@code LL(a, b) = -1/2 sum (y_i - a b)^2 + const}, so every point of the curve
 * {@code a b = ybar} is a maximizer and the Hessian there, {@code -n [[b^2, a b], [a b, a^2]]}, is
 * singular. Shapes: data {@code y [n]}, parameters {@code (a, b)} as {@code [2]}, stacked
 * {@code [S, 2]}. Reference: Goodfellow et al., <i>Deep Learning</i> (2016), section 8.2.2 (model
 * identifiability).
 */
public final class ProductMeanModel {
    private ProductMeanModel() {
    }

    /**
     * @param y data {@code [n]}
     * @param params rows {@code (a, b)}, {@code [S, 2]}
     * @return {@code -1/2 sum (y_i - a b)^2} per row, {@code [S]}
     */
    public static INDArray logLikelihoodStacked(INDArray y, INDArray params) {
        long s = params.size(0);
        long n = y.length();
        INDArray ab = params.getColumn(0).mul(params.getColumn(1)).reshape(s, 1);
        INDArray d = y.reshape(1, n).repeat(0, s).subiColumnVector(ab);
        return d.muli(d).sum(1).muli(-0.5);
    }

    /**
     * @param y data {@code [n]}
     * @param params {@code (a, b)}
     * @return {@code (b sum (y_i - a b), a sum (y_i - a b))}
     */
    public static INDArray gradient(INDArray y, INDArray params) {
        double a = params.getDouble(0);
        double b = params.getDouble(1);
        double r = y.sub(a * b).sumNumber().doubleValue();
        return Nd4j.createFromArray(b * r, a * r);
    }

    /**
     * @param y data {@code [n]}
     * @param params {@code (a, b)}
     * @return the analytic Hessian {@code [2, 2]}
     */
    public static INDArray hessian(INDArray y, INDArray params) {
        double a = params.getDouble(0);
        double b = params.getDouble(1);
        double n = y.length();
        double r = y.sub(a * b).sumNumber().doubleValue();
        double cross = r - n * a * b;
        return Nd4j.createFromArray(new double[][] {{-n * b * b, cross}, {cross, -n * a * a}});
    }
}
