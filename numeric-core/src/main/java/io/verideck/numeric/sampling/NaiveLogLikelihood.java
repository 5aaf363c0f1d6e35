package io.verideck.numeric.sampling;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The naive Monte Carlo estimate of a latent variable model's log-likelihood,
 * {@code log p(x) ~ log (1/N) sum_j p(x | z_j)}, {@code z_j ~ p(z)}, computed as a log-sum-exp of the
 * per-sample log-likelihoods. By Jensen's inequality it is biased downward, {@code E[log p^] <= log p},
 * the bias shrinking as {@code N} grows; in high dimension a few {@code z_j} carry all the weight, which
 * the effective sample size {@code (sum w)^2 / sum w^2} of {@code w_j = p(x | z_j)} shows. Reference:
 * Kingma and Welling, "An Introduction to Variational Autoencoders" (2019), section 2.
 */
public final class NaiveLogLikelihood {
    private NaiveLogLikelihood() {
    }

    /**
     * @param logLik {@code log p(x | z_j)} per replicate, {@code [R, N]}
     * @return {@code log (1/N) sum_j p(x | z_j)} per replicate, {@code [R]}
     */
    public static INDArray estimates(INDArray logLik) {
        return Softmax.logSumExp(logLik).subi(Math.log(logLik.columns()));
    }

    /**
     * @param logLik {@code log p(x | z_j)}, {@code [N]}
     * @return the effective sample size of the weights {@code p(x | z_j)}
     */
    public static double effectiveSampleSize(INDArray logLik) {
        INDArray shifted = logLik.sub(logLik.maxNumber().doubleValue());
        return ImportanceSampling.effectiveSampleSize(org.nd4j.linalg.ops.transforms.Transforms.exp(shifted, false));
    }
}
