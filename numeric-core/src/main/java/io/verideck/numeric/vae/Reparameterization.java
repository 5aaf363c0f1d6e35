package io.verideck.numeric.vae;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The reparameterization trick {@code z = mu + sigma * eps}, {@code eps ~ N(0, I)}.
 *
 * <p>For {@code f(z) = ||z||^2}: {@code E f = ||mu||^2 + ||sigma||^2}, and the pathwise gradients are
 * {@code grad_mu = E[2 z]} and {@code grad_sigma = E[2 z * eps]}, which converge to {@code 2 mu} and
 * {@code 2 sigma}. Shapes: {@code mu, sigma [k]} broadcast against {@code eps [N, k]}. Reference:
 * Kingma and Welling, "Auto-Encoding Variational Bayes" (2014), section 2.4.
 */
public final class Reparameterization {
    private Reparameterization() {
    }

    /**
     * @param mu mean {@code [k]}
     * @param sigma standard deviation {@code [k]}
     * @param eps standard-normal noise {@code [N, k]}
     * @return samples {@code [N, k]}
     */
    public static INDArray sample(INDArray mu, INDArray sigma, INDArray eps) {
        return eps.mulRowVector(sigma).addiRowVector(mu);
    }

    /**
     * Monte Carlo pathwise gradient of {@code E ||z||^2} with respect to {@code mu} and {@code sigma}.
     *
     * @param mu mean {@code [k]}
     * @param sigma standard deviation {@code [k]}
     * @param eps noise {@code [N, k]}
     * @return {@code [2, k]}: row 0 the gradient in {@code mu}, row 1 in {@code sigma}
     */
    public static INDArray squareNormPathwiseGradient(INDArray mu, INDArray sigma, INDArray eps) {
        INDArray z = sample(mu, sigma, eps);
        INDArray gMu = z.mul(2).mean(0);
        INDArray gSigma = z.mul(2).muli(eps).mean(0);
        return org.nd4j.linalg.factory.Nd4j.vstack(gMu.reshape(1, mu.length()), gSigma.reshape(1, mu.length()));
    }

    /**
     * Score-function (REINFORCE) estimate of the {@code mu} gradient of {@code E ||z||^2}, per
     * sample: {@code ||z||^2 (z - mu) / sigma^2}; unbiased but with a larger variance.
     *
     * @param mu mean
     * @param sigma standard deviation
     * @param eps noise {@code [N, k]}
     * @return per-sample estimates {@code [N, k]}
     */
    public static INDArray squareNormScoreFunctionSamples(INDArray mu, INDArray sigma, INDArray eps) {
        INDArray z = sample(mu, sigma, eps);
        INDArray f = z.mul(z).sum(true, 1);
        return eps.divRowVector(sigma).muliColumnVector(f);
    }

    /**
     * Per-sample pathwise estimates of the {@code mu} gradient of {@code E ||z||^2}: {@code 2 z}.
     *
     * @param mu mean
     * @param sigma standard deviation
     * @param eps noise {@code [N, k]}
     * @return {@code [N, k]}
     */
    public static INDArray squareNormPathwiseSamples(INDArray mu, INDArray sigma, INDArray eps) {
        return sample(mu, sigma, eps).muli(2);
    }
}
