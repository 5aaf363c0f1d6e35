package io.verideck.numeric.generative;

import io.verideck.numeric.vae.LinearGaussianModel;
import org.nd4j.linalg.api.ndarray.INDArray;

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
}
