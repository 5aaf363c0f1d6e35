package io.verideck.numeric.information;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Kullback-Leibler divergence (claim E10).
 *
 * <p>Discrete: {@code D(p || q) = sum_k p_k (log p_k - log q_k) >= 0}, zero iff {@code p = q}, not
 * symmetric; with {@code q = softmax(z)}, {@code grad_z D(p || softmax(z)) = softmax(z) - p}. Gaussian:
 * {@code D(N(mu1, s1^2) || N(mu2, s2^2)) = log(s2 / s1) + (s1^2 + (mu1 - mu2)^2) / (2 s2^2) - 1/2}.
 * Shapes: {@code p, q [K]} with positive entries, or rows {@code [S, K]}. Reference: Cover and Thomas,
 * <i>Elements of Information Theory</i> (2006), section 2.3.
 */
public final class KlDivergence {
    private KlDivergence() {
    }

    /**
     * @param p rows {@code [S, K]} (or one vector {@code [K]})
     * @param q rows of the same shape
     * @return {@code D(p || q)} per row, {@code [S]} (or {@code [1]})
     */
    public static INDArray discrete(INDArray p, INDArray q) {
        INDArray logRatio = Transforms.log(p, true).subi(Transforms.log(q, true));
        INDArray terms = p.mul(logRatio);
        return terms.rank() == 1 ? terms.sum(true, 0).reshape(1) : terms.sum(1);
    }

    /**
     * @param p target {@code [K]}
     * @param zs logit rows {@code [S, K]}
     * @return {@code D(p || softmax(z))} per row, {@code [S]}
     */
    public static INDArray toSoftmaxStacked(INDArray p, INDArray zs) {
        INDArray logq = Softmax.logProbabilities(zs);
        INDArray logp = Transforms.log(p.reshape(1, p.length()), true);
        return logq.rsubiRowVector(logp).muliRowVector(p.reshape(1, p.length())).sum(1);
    }

    /**
     * @param p target {@code [K]}
     * @param z logits {@code [K]}
     * @return {@code softmax(z) - p}
     */
    public static INDArray softmaxGradient(INDArray p, INDArray z) {
        return Softmax.probabilities(z).subi(p);
    }

    /**
     * @param mu1 mean of the first Gaussian
     * @param s1 its standard deviation
     * @param mu2 mean of the second
     * @param s2 its standard deviation
     * @return {@code log(s2 / s1) + (s1^2 + (mu1 - mu2)^2) / (2 s2^2) - 1/2}
     */
    public static double gaussian(double mu1, double s1, double mu2, double s2) {
        double d = mu1 - mu2;
        return Math.log(s2 / s1) + (s1 * s1 + d * d) / (2 * s2 * s2) - 0.5;
    }

    /**
     * The integrand of the Monte Carlo estimate: {@code log p(x) - log q(x)} at samples of {@code p}.
     *
     * @param x samples {@code [M]} from {@code N(mu1, s1^2)}
     * @param mu1 first mean
     * @param s1 first standard deviation
     * @param mu2 second mean
     * @param s2 second standard deviation
     * @return {@code log N(x; mu1, s1^2) - log N(x; mu2, s2^2)} per sample
     */
    public static INDArray gaussianLogRatio(INDArray x, double mu1, double s1, double mu2, double s2) {
        INDArray a = x.sub(mu1).divi(s1);
        INDArray b = x.sub(mu2).divi(s2);
        return b.muli(b).subi(a.muli(a)).muli(0.5).addi(Math.log(s2 / s1));
    }
}
