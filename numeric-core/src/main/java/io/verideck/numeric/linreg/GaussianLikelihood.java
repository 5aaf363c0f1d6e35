package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Log-likelihood of a linear model with Gaussian noise.
 *
 * <p>{@code y_i ~ N(theta^T x_i, sigma^2)}: {@code l(theta) = n log(1/(sqrt(2 pi) sigma)) - RSS(theta) /
 * (2 sigma^2)}, so its maximizer is the least-squares solution whatever sigma is, and
 * {@code grad l = X^T (y - X theta) / sigma^2}. Shapes as in {@link LeastSquares}. Reference:
 * Goodfellow et al. (2016), section 5.5.1.
 */
public final class GaussianLikelihood {
    private GaussianLikelihood() {
    }

    /**
     * The closed form {@code n log(1/(sqrt(2 pi) sigma)) - RSS / (2 sigma^2)}.
     *
     * @param x design
     * @param y targets
     * @param theta coefficients
     * @param sigma noise standard deviation
     * @return {@code l(theta)}
     */
    public static double logLikelihood(INDArray x, INDArray y, INDArray theta, double sigma) {
        double rss = 2 * LeastSquares.loss(x, y, theta);
        return x.rows() * Math.log(1 / (Math.sqrt(2 * Math.PI) * sigma)) - rss / (2 * sigma * sigma);
    }

    /**
     * The same value summed term by term from Gaussian log-densities.
     *
     * @param x design
     * @param y targets
     * @param theta coefficients
     * @param sigma noise standard deviation
     * @return {@code sum_i log N(y_i; theta^T x_i, sigma^2)}
     */
    public static double sumOfLogDensities(INDArray x, INDArray y, INDArray theta, double sigma) {
        INDArray r = y.sub(x.mmul(theta)).divi(sigma);
        INDArray logDensity = Transforms.pow(r, 2, false).muli(-0.5)
                .subi(Math.log(sigma) + 0.5 * Math.log(2 * Math.PI));
        return logDensity.sumNumber().doubleValue();
    }

    /**
     * @param x design
     * @param y targets
     * @param thetas {@code [S, p]}
     * @param sigma noise standard deviation
     * @return {@code [S]}
     */
    public static INDArray logLikelihoodStacked(INDArray x, INDArray y, INDArray thetas, double sigma) {
        double constant = x.rows() * Math.log(1 / (Math.sqrt(2 * Math.PI) * sigma));
        return LeastSquares.lossStacked(x, y, thetas).muli(-1 / (sigma * sigma)).addi(constant);
    }

    /**
     * @param x design
     * @param y targets
     * @param theta coefficients
     * @param sigma noise standard deviation
     * @return {@code X^T (y - X theta) / sigma^2}
     */
    public static INDArray gradient(INDArray x, INDArray y, INDArray theta, double sigma) {
        return LeastSquares.gradient(x, y, theta).negi().divi(sigma * sigma);
    }
}
