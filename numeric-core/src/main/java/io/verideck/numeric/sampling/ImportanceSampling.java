package io.verideck.numeric.sampling;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Importance sampling: {@code s_q = (1/n) sum_i p(x_i) f(x_i) / q(x_i)}, {@code x_i ~ q}, unbiased for
 * {@code E_p[f]} when {@code q > 0} wherever {@code p f != 0}; the optimal {@code q* = p |f| / Z} gives a
 * constant weighted value {@code Z} when {@code f >= 0}. The self-normalized estimator
 * {@code sum w_i f_i / sum w_i} ({@code w = p / q}) is biased for finite {@code n} but consistent. The
 * effective sample size {@code (sum w)^2 / sum w^2} diagnoses weight degeneracy. Inputs are log
 * densities so that tiny weights do not underflow before they are combined. Reference: Goodfellow et
 * al. (2016), section 17.2; Owen, <i>Monte Carlo theory, methods and examples</i> (2013), chapter 9.
 */
public final class ImportanceSampling {
    private ImportanceSampling() {
    }

    /**
     * @param logP {@code log p(x_i)} at samples from q, {@code [n]}
     * @param logQ {@code log q(x_i)}
     * @return the weights {@code p / q}
     */
    public static INDArray weights(INDArray logP, INDArray logQ) {
        return Transforms.exp(logP.sub(logQ), false);
    }

    /**
     * @param weights {@code p / q}
     * @param f {@code f(x_i)}
     * @return the per-sample terms {@code w_i f_i}; their mean is the estimate
     */
    public static INDArray terms(INDArray weights, INDArray f) {
        return weights.mul(f);
    }

    /**
     * @param weights {@code p / q}
     * @param f {@code f(x_i)}
     * @return {@code (1/n) sum w_i f_i}
     */
    public static double estimate(INDArray weights, INDArray f) {
        return terms(weights, f).meanNumber().doubleValue();
    }

    /**
     * @param weights {@code [R, n]} (replicates as rows)
     * @param f {@code [R, n]}
     * @return {@code sum_i w_i f_i / sum_i w_i} per replicate, {@code [R]}
     */
    public static INDArray selfNormalized(INDArray weights, INDArray f) {
        return weights.mul(f).sum(1).divi(weights.sum(1));
    }

    /**
     * @param weights {@code p / q}
     * @return {@code (sum w)^2 / sum w^2}
     */
    public static double effectiveSampleSize(INDArray weights) {
        double s = weights.sumNumber().doubleValue();
        return s * s / weights.mul(weights).sumNumber().doubleValue();
    }
}
