package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The multivariate Gaussian
 * {@code N(x; mu, Sigma) = ((2 pi)^n |Sigma|)^(-1/2) exp(-(1/2) (x - mu)^T Sigma^{-1} (x - mu))},
 * its scores {@code grad_x log N = -Sigma^{-1} (x - mu)} and {@code grad_mu log N = Sigma^{-1} (x - mu)},
 * and sampling by {@code mu + L z} with {@code L L^T = Sigma} (Cholesky) and {@code z ~ N(0, I)}.
 * Shapes: {@code mu [n]}, {@code Sigma [n, n]} symmetric positive definite, points {@code [n]} or
 * stacked rows {@code [S, n]}. Reference: Goodfellow et al. (2016), equations 3.23 and 3.24 (the
 * lecture writes {@code (2 pi)^2} for the constant, right only for {@code n = 2}).
 *
 * @param mu mean {@code [n]}
 * @param sigma covariance {@code [n, n]}
 */
public record MultivariateGaussian(INDArray mu, INDArray sigma) {

    /** @return the dimension {@code n} */
    public int dimension() {
        return (int) mu.length();
    }

    /**
     * @param xs points as rows {@code [S, n]}
     * @return densities {@code [S]}
     */
    public INDArray densityStacked(INDArray xs) {
        return densityWithConstant(xs, dimension());
    }

    /**
     * The density with the normalizing constant {@code ((2 pi)^power |Sigma|)^(-1/2)}; the right
     * power is {@code n}. Exists so the lecture's {@code (2 pi)^2} can be shown wrong for {@code n != 2}.
     *
     * @param xs points {@code [S, n]}
     * @param power exponent of {@code 2 pi}
     * @return {@code [S]}
     */
    public INDArray densityWithConstant(INDArray xs, double power) {
        INDArray d = xs.subRowVector(mu.reshape(1, dimension()));
        INDArray q = d.mmul(InvertMatrix.invert(sigma, false)).muli(d).sum(1);
        double constant = Math.pow(2 * Math.PI, power) * Cholesky.determinant(sigma);
        return Transforms.exp(q.muli(-0.5), false).divi(Math.sqrt(constant));
    }

    /**
     * @param x point {@code [n]}
     * @return the density
     */
    public double density(INDArray x) {
        return densityStacked(x.reshape(1, dimension())).getDouble(0);
    }

    /**
     * @param xs points {@code [S, n]}
     * @return {@code log N} per row, {@code [S]}
     */
    public INDArray logDensityStacked(INDArray xs) {
        return Transforms.log(densityStacked(xs), false);
    }

    /**
     * @param x point {@code [n]}
     * @return {@code grad_x log N = -Sigma^{-1} (x - mu)}, {@code [n]}
     */
    public INDArray scoreX(INDArray x) {
        return InvertMatrix.invert(sigma, false).mmul(x.sub(mu).reshape(dimension(), 1)).negi().reshape(dimension());
    }

    /**
     * @param x point {@code [n]}
     * @return {@code grad_mu log N = Sigma^{-1} (x - mu)}, {@code [n]}
     */
    public INDArray scoreMu(INDArray x) {
        return scoreX(x).negi();
    }

    /**
     * @param count number of samples
     * @param seed seed
     * @return samples {@code mu + L z} as rows {@code [count, n]}
     */
    public INDArray sample(int count, long seed) {
        INDArray z = SeededSamples.normal(seed, 0, 1, count, dimension());
        return z.mmul(Cholesky.factor(sigma).transpose()).addiRowVector(mu.reshape(1, dimension()));
    }
}
