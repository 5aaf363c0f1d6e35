package io.verideck.numeric.vae;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * KL divergence of a diagonal Gaussian from the standard normal, parameterized by mean and log
 * variance as a VAE encoder outputs them.
 *
 * <p>{@code KL(N(mu, diag e^v) || N(0, I)) = 1/2 sum_j (mu_j^2 + e^{v_j} - v_j - 1)} with
 * {@code v = log sigma^2}; {@code dKL/dmu_j = mu_j}, {@code dKL/dv_j = (e^{v_j} - 1)/2}. Summed over
 * every entry (batch and latent dimensions). Shapes: {@code mu, v} of any common shape; stacked
 * {@code [S, ...]}. Reference: Kingma and Welling (2014), appendix B.
 */
public final class GaussianKl {
    private GaussianKl() {
    }

    /**
     * @param mu means
     * @param logVar log variances
     * @return the KL divergence, summed
     */
    public static double value(INDArray mu, INDArray logVar) {
        return terms(mu, logVar).sumNumber().doubleValue();
    }

    /**
     * @param mu {@code [S, ...]}
     * @param logVar {@code [S, ...]}
     * @return {@code [S]}
     */
    public static INDArray valueStacked(INDArray mu, INDArray logVar) {
        return Stacked.sumPerCopy(terms(mu, logVar));
    }

    /**
     * @param mu means
     * @return {@code dKL/dmu = mu}
     */
    public static INDArray gradientMean(INDArray mu) {
        return mu.dup();
    }

    /**
     * @param logVar log variances
     * @return {@code dKL/dv = (e^v - 1)/2}
     */
    public static INDArray gradientLogVariance(INDArray logVar) {
        return Transforms.exp(logVar, true).subi(1.0).muli(0.5);
    }

    /**
     * The general KL between diagonal Gaussians, {@code 1/2 sum (log(s2/s1) + (s1 + (m1 - m2)^2)/s2 -
     * 1)} with variances {@code s1, s2}.
     *
     * @param m1 mean of the first
     * @param var1 variance of the first
     * @param m2 mean of the second
     * @param var2 variance of the second
     * @return {@code KL(N(m1, var1) || N(m2, var2))}
     */
    public static double betweenDiagonal(INDArray m1, INDArray var1, INDArray m2, INDArray var2) {
        INDArray d = m1.sub(m2);
        INDArray t = Transforms.log(var2.div(var1), false).addi(var1.add(d.muli(d)).divi(var2)).subi(1.0);
        return 0.5 * t.sumNumber().doubleValue();
    }

    private static INDArray terms(INDArray mu, INDArray logVar) {
        return mu.mul(mu).addi(Transforms.exp(logVar, true)).subi(logVar).subi(1.0).muli(0.5);
    }
}
