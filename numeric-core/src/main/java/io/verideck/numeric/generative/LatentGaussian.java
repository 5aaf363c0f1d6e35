package io.verideck.numeric.generative;

import io.verideck.numeric.vae.LinearGaussianModel;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Sampling and the conditional likelihood of the linear-Gaussian latent model (claim M10, see
 * {@link LinearGaussianModel}): {@code x = W z + mu + sigma eps}, and {@code log p(x | z) = -D/2 log(2 pi
 * sigma^2) - ||x - mu - W z||^2 / (2 sigma^2)}, vectorised over many {@code z}. Shapes: {@code z [N, k]},
 * {@code eps [N, D]}, {@code x [D]}.
 */
public final class LatentGaussian {
    private LatentGaussian() {
    }

    /**
     * @param m the model
     * @param z latent draws {@code [N, k]}
     * @param eps standard normal noise {@code [N, D]}
     * @return samples {@code [N, D]}
     */
    public static INDArray sample(LinearGaussianModel m, INDArray z, INDArray eps) {
        return z.mmul(m.loading().transpose()).addiRowVector(m.mean()).addi(eps.mul(Math.sqrt(m.noiseVariance())));
    }

    /**
     * @param m the model
     * @param x an observation {@code [D]}
     * @param z latent values {@code [N, k]}
     * @return {@code log p(x | z_j)} for every row, {@code [N]}
     */
    public static INDArray conditionalLogLikelihood(LinearGaussianModel m, INDArray x, INDArray z) {
        long d = x.length();
        INDArray r = z.mmul(m.loading().transpose()).addiRowVector(m.mean()).rsubiRowVector(x.reshape(1, d));
        double s2 = m.noiseVariance();
        return r.muli(r).sum(1).muli(-0.5 / s2).subi(0.5 * d * Math.log(2 * Math.PI * s2));
    }

    /**
     * @param z latent values {@code [N, k]}
     * @return {@code log N(z; 0, I)} per row, {@code [N]}
     */
    public static INDArray priorLogDensity(INDArray z) {
        return z.mul(z).sum(1).muli(-0.5).subi(0.5 * z.columns() * Math.log(2 * Math.PI));
    }

    /**
     * Draws from the exact posterior {@code N(m, S)}, {@code m = M^{-1} W^T (x - mu)}, {@code S = sigma^2 M^{-1}},
     * as {@code z = m + eps Lambda^{1/2} Q^T} with {@code S = Q Lambda Q^T} (ND4J's symmetric eigensolver).
     *
     * @param model the model
     * @param x an observation {@code [D]}
     * @param eps standard normals {@code [N, k]}
     * @return posterior draws {@code [N, k]}
     */
    public static INDArray posteriorSample(LinearGaussianModel model, INDArray x, INDArray eps) {
        INDArray[] qs = posteriorEigen(model);
        INDArray root = qs[0].mulRowVector(Transforms.sqrt(qs[1], true)).transpose(); // Lambda^{1/2} Q^T
        return eps.mmul(root).addiRowVector(model.posteriorMean(x));
    }

    /**
     * @param model the model
     * @param x an observation
     * @param z latent values {@code [N, k]}
     * @return {@code log N(z; m, S)} of the exact posterior, per row
     */
    public static INDArray posteriorLogDensity(LinearGaussianModel model, INDArray x, INDArray z) {
        INDArray[] qs = posteriorEigen(model);
        INDArray lambda = qs[1];
        INDArray white = z.subRowVector(model.posteriorMean(x)).mmul(qs[0]).diviRowVector(Transforms.sqrt(lambda, true));
        double logDet = Transforms.log(lambda, true).sumNumber().doubleValue();
        return white.muli(white).sum(1).muli(-0.5).subi(0.5 * (logDet + z.columns() * Math.log(2 * Math.PI)));
    }

    private static INDArray[] posteriorEigen(LinearGaussianModel model) {
        INDArray s = model.posteriorCovariance();
        INDArray q = s.add(s.transpose()).muli(0.5);
        INDArray lambda = Eigen.symmetricGeneralizedEigenvalues(q, true);
        return new INDArray[] {q, lambda.reshape(lambda.length())};
    }
}
