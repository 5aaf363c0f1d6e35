package io.verideck.numeric.mistakes;

/**
 * The one-dimensional linear-Gaussian latent model {@code z ~ N(0, 1)}, {@code x | z ~ N(w z + b, s2)}
 * (claims M11, M13), where the evidence, the posterior and the ELBO of a Gaussian {@code q = N(m, v)}
 * are closed forms:
 * {@code log p(x) = log N(x; b, w^2 + s2)};
 * {@code ELBO(m, v) = E_q log p(x|z) - KL(q || N(0,1))}, with
 * {@code E_q log p(x|z) = -1/2 log(2 pi s2) - ((x - w m - b)^2 + w^2 v)/(2 s2)} and
 * {@code KL = 1/2 (v + m^2 - 1 - log v)}.
 *
 * @param w loading
 * @param b offset
 * @param s2 observation noise variance
 */
public record ScalarLatentModel(double w, double b, double s2) {

    /** @return {@code log p(x)} */
    public double logEvidence(double x) {
        double var = w * w + s2;
        return -0.5 * Math.log(2 * Math.PI * var) - (x - b) * (x - b) / (2 * var);
    }

    /** @return {@code E_{N(m,v)} log p(x | z)} */
    public double expectedLogLikelihood(double x, double m, double v) {
        double r = x - w * m - b;
        return -0.5 * Math.log(2 * Math.PI * s2) - (r * r + w * w * v) / (2 * s2);
    }

    /** @return {@code KL(N(m, v) || N(0, 1))} */
    public static double kl(double m, double v) {
        return 0.5 * (v + m * m - 1 - Math.log(v));
    }

    /** @return the ELBO of {@code q = N(m, v)} */
    public double elbo(double x, double m, double v) {
        return expectedLogLikelihood(x, m, v) - kl(m, v);
    }

    /** @return the posterior mean of z given x */
    public double posteriorMean(double x) {
        return w * (x - b) / (w * w + s2);
    }

    /** @return the posterior variance of z */
    public double posteriorVariance() {
        return s2 / (w * w + s2);
    }
}
