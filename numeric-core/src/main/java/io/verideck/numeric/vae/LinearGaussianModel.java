package io.verideck.numeric.vae;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.Cholesky;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The linear-Gaussian latent model (probabilistic PCA): {@code z ~ N(0, I_k)}, {@code x | z ~ N(W z +
 * mu, sigma^2 I_D)}, so {@code x ~ N(mu, W W^T + sigma^2 I)} and the posterior is {@code z | x ~
 * N(M^{-1} W^T (x - mu), sigma^2 M^{-1})} with {@code M = W^T W + sigma^2 I}. Shapes: {@code W [D, k]},
 * {@code mu [D]}, {@code x [D]}. Reference: Tipping and Bishop, "Probabilistic Principal Component
 * Analysis" (1999); Bishop, <i>PRML</i> (2006), section 12.2.
 *
 * @param loading {@code W [D, k]}
 * @param mean {@code mu [D]}
 * @param noiseVariance {@code sigma^2 > 0}
 */
public record LinearGaussianModel(INDArray loading, INDArray mean, double noiseVariance) {

    /** @return the latent size {@code k} */
    public long latent() {
        return loading.columns();
    }

    /**
     * Exact {@code log p(x) = log N(x; mu, W W^T + sigma^2 I)}, via a Cholesky factor.
     *
     * @param x an observation {@code [D]}
     * @return the log marginal likelihood
     */
    public double logMarginal(INDArray x) {
        long d = loading.rows();
        INDArray c = loading.mmul(loading.transpose()).addi(Nd4j.eye(d).muli(noiseVariance));
        INDArray l = Nd4j.exec(new Cholesky(c.add(c.transpose()).muli(0.5)))[0]; // the op demands exact symmetry
        double logDet = 2 * Transforms.log(Nd4j.diag(l), false).sumNumber().doubleValue();
        INDArray r = x.sub(mean).reshape(d, 1);
        double quad = r.transpose().mmul(InvertMatrix.invert(c, false)).mmul(r).getDouble(0);
        return -0.5 * (d * Math.log(2 * Math.PI) + logDet + quad);
    }

    /**
     * @param x an observation {@code [D]}
     * @return the posterior mean {@code M^{-1} W^T (x - mu)}, {@code [k]}
     */
    public INDArray posteriorMean(INDArray x) {
        INDArray r = x.sub(mean).reshape(x.length(), 1);
        return InvertMatrix.invert(gram(), false).mmul(loading.transpose()).mmul(r).reshape(latent());
    }

    /** @return the posterior covariance {@code sigma^2 M^{-1}}, {@code [k, k]} */
    public INDArray posteriorCovariance() {
        return InvertMatrix.invert(gram(), false).muli(noiseVariance);
    }

    private INDArray gram() {
        return loading.transpose().mmul(loading).addi(Nd4j.eye(latent()).muli(noiseVariance));
    }
}
