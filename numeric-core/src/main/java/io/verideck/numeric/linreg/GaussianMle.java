package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Maximum likelihood for a univariate Gaussian in the parameters {@code (mu, v)} with {@code v =
 * sigma^2} (claim C6).
 *
 * <p>{@code LL = -n/2 log(2 pi) - n/2 log v - sum (x_i - mu)^2 / (2 v)};
 * {@code dLL/dmu = sum (x_i - mu) / v}; {@code dLL/dv = (sum (x_i - mu)^2 / v - n) / (2 v)};
 * maximized at {@code mu = xbar}, {@code v = 1/n sum (x_i - xbar)^2} (the biased variance, with
 * {@code E v_hat = (n-1)/n sigma^2}). Shapes: data {@code x [n]}; parameters {@code [2]} as
 * {@code (mu, v)}, stacked {@code [S, 2]}. Reference: Goodfellow et al., <i>Deep Learning</i> (2016),
 * section 5.5.
 */
public final class GaussianMle {
    private GaussianMle() {
    }

    /**
     * @param x data {@code [n]}
     * @param params rows {@code (mu, v)}, {@code [S, 2]}, {@code v > 0}
     * @return {@code LL} per row, {@code [S]}
     */
    public static INDArray logLikelihoodStacked(INDArray x, INDArray params) {
        long n = x.length();
        long s = params.size(0);
        INDArray mu = params.getColumn(0).reshape(s, 1);
        INDArray v = params.getColumn(1).reshape(s);
        INDArray d = x.reshape(1, n).repeat(0, s).subiColumnVector(mu);
        INDArray quad = d.muli(d).sum(1).divi(v).muli(-0.5);
        INDArray logv = org.nd4j.linalg.ops.transforms.Transforms.log(v, true).muli(-0.5 * n);
        return quad.addi(logv).subi(0.5 * n * Math.log(2 * Math.PI));
    }

    /**
     * @param x data {@code [n]}
     * @param params {@code (mu, v)}
     * @return {@code (dLL/dmu, dLL/dv)}
     */
    public static INDArray gradient(INDArray x, INDArray params) {
        double mu = params.getDouble(0);
        double v = params.getDouble(1);
        INDArray d = x.sub(mu);
        double n = x.length();
        double ss = d.mul(d).sumNumber().doubleValue();
        return Nd4j.createFromArray(d.sumNumber().doubleValue() / v, (ss / v - n) / (2 * v));
    }

    /**
     * @param x data {@code [n]}
     * @param params {@code (mu, v)}
     * @return the analytic Hessian of {@code LL}, {@code [2, 2]}
     */
    public static INDArray hessian(INDArray x, INDArray params) {
        double mu = params.getDouble(0);
        double v = params.getDouble(1);
        INDArray d = x.sub(mu);
        double n = x.length();
        double sum = d.sumNumber().doubleValue();
        double ss = d.mul(d).sumNumber().doubleValue();
        double cross = -sum / (v * v);
        return Nd4j.createFromArray(new double[][] {{-n / v, cross}, {cross, n / (2 * v * v) - ss / (v * v * v)}});
    }

    /**
     * @param x data {@code [n]}
     * @return {@code (xbar, 1/n sum (x_i - xbar)^2)}
     */
    public static INDArray estimate(INDArray x) {
        INDArray d = x.sub(x.meanNumber());
        return Nd4j.createFromArray(x.meanNumber().doubleValue(), d.mul(d).meanNumber().doubleValue());
    }

    /**
     * The variance MLE of many samples at once.
     *
     * @param samples one sample per row {@code [R, n]}
     * @return {@code v_hat} per row, {@code [R]}
     */
    public static INDArray varianceEstimates(INDArray samples) {
        long r = samples.size(0);
        INDArray d = samples.subColumnVector(samples.mean(1).reshape(r, 1));
        return d.muli(d).mean(1);
    }
}
