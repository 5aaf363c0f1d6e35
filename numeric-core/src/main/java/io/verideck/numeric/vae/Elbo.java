package io.verideck.numeric.vae;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Evidence lower bound of the {@link LinearGaussianModel} for a diagonal Gaussian {@code q(z) = N(m,
 * diag e^v)}.
 *
 * <p>{@code ELBO(q) = E_q[log p(x|z)] - KL(q || N(0, I)) <= log p(x)}, the gap being {@code KL(q ||
 * p(z|x))}. Closed form: {@code E_q log p(x|z) = -D/2 log(2 pi sigma^2) - (||x - mu - W m||^2 +
 * sum_j e^{v_j} ||W_j||^2) / (2 sigma^2)}. Reparameterized estimate with fixed noise {@code eps [N,
 * k]}: {@code z_i = m + e^{v/2} * eps_i}, {@code ELBO^ = mean_i [log p(x|z_i) + log p(z_i) - log
 * q(z_i)]}, whose exact gradient (noise held fixed) is {@code grad_m = mean_i g_i} and {@code grad_v =
 * mean_i g_i * eps_i * e^{v/2} / 2 + 1/2} with {@code g_i = W^T (x - mu - W z_i)/sigma^2 - z_i}.
 * Shapes: {@code m, v [k]}, {@code x [D]}. Reference: Kingma and Welling (2014), sections 2.2-2.4.
 */
public final class Elbo {
    private Elbo() {
    }

    /**
     * @param model the model
     * @param x observation {@code [D]}
     * @param m posterior mean guess {@code [k]}
     * @param logVar posterior log variances {@code [k]}
     * @return the closed-form ELBO
     */
    public static double closedForm(LinearGaussianModel model, INDArray x, INDArray m, INDArray logVar) {
        double s2 = model.noiseVariance();
        INDArray w = model.loading();
        long d = w.rows();
        INDArray r = x.sub(model.mean()).subi(w.mmul(m.reshape(m.length(), 1)).reshape(d));
        double spread = w.mul(w).sum(0).muli(Transforms.exp(logVar, true)).sumNumber().doubleValue();
        double expectedLog = -0.5 * d * Math.log(2 * Math.PI * s2) - (r.mul(r).sumNumber().doubleValue() + spread) / (2 * s2);
        return expectedLog - GaussianKl.value(m, logVar);
    }

    /**
     * Reparameterized Monte Carlo estimate for a stack of {@code (m, v)} pairs, noise shared.
     *
     * @param model the model
     * @param x observation {@code [D]}
     * @param m means {@code [S, k]}
     * @param logVar log variances {@code [S, k]}
     * @param eps noise {@code [N, k]}
     * @return {@code [S]}
     */
    public static INDArray estimateStacked(LinearGaussianModel model, INDArray x, INDArray m, INDArray logVar,
            INDArray eps) {
        long s = m.size(0);
        long k = m.size(1);
        long n = eps.size(0);
        long d = x.length();
        double s2 = model.noiseVariance();
        INDArray sd = Transforms.exp(logVar.mul(0.5), false).reshape(s, 1, k);
        INDArray z = sd.mul(eps).addi(m.reshape(s, 1, k)); // [S, N, k]
        INDArray mean = Stacked.matmul(z, model.loading().transpose()).addi(model.mean().reshape(1, 1, d));
        INDArray r = mean.rsubi(x.reshape(1, 1, d));
        INDArray logLik = r.muli(r).sum(2).muli(-0.5 / s2).subi(0.5 * d * Math.log(2 * Math.PI * s2));
        INDArray logPrior = z.mul(z).sum(2).muli(-0.5);
        INDArray logQ = eps.mul(eps).sum(1).muli(-0.5).reshape(1, n).add(logVar.sum(1).muli(-0.5).reshape(s, 1));
        return logLik.addi(logPrior).subi(logQ).mean(1);
    }

    /**
     * The reparameterized estimate for one {@code (m, v)}.
     *
     * @param model the model
     * @param x observation
     * @param m mean {@code [k]}
     * @param logVar log variances {@code [k]}
     * @param eps noise {@code [N, k]}
     * @return the estimate
     */
    public static double estimate(LinearGaussianModel model, INDArray x, INDArray m, INDArray logVar, INDArray eps) {
        return estimateStacked(model, x, m.reshape(1, m.length()), logVar.reshape(1, m.length()), eps).getDouble(0);
    }

    /**
     * Exact gradient of {@link #estimate} with the noise held fixed (the reparameterization gradient).
     *
     * @param model the model
     * @param x observation
     * @param m mean {@code [k]}
     * @param logVar log variances {@code [k]}
     * @param eps noise {@code [N, k]}
     * @return {@code [2, k]}: row 0 with respect to {@code m}, row 1 with respect to {@code v}
     */
    public static INDArray estimateGradient(LinearGaussianModel model, INDArray x, INDArray m, INDArray logVar,
            INDArray eps) {
        INDArray w = model.loading();
        INDArray sd = Transforms.exp(logVar.mul(0.5), false);
        INDArray z = eps.mulRowVector(sd).addiRowVector(m);                          // [N, k]
        INDArray r = z.mmul(w.transpose()).addiRowVector(model.mean()).rsubiRowVector(x); // [N, D]
        INDArray g = r.mmul(w).divi(model.noiseVariance()).subi(z);                 // [N, k]
        INDArray gm = g.mean(0);
        INDArray gv = g.mul(eps).mean(0).muli(sd).muli(0.5).addi(0.5);
        return org.nd4j.linalg.factory.Nd4j.vstack(gm.reshape(1, m.length()), gv.reshape(1, m.length()));
    }

    /**
     * Exact gradient of the closed form: {@code grad_m = W^T (x - mu - W m)/sigma^2 - m}, {@code
     * grad_v = -e^v ||W_j||^2 / (2 sigma^2) - (e^v - 1)/2}.
     *
     * @param model the model
     * @param x observation
     * @param m mean
     * @param logVar log variances
     * @return {@code [2, k]}
     */
    public static INDArray closedFormGradient(LinearGaussianModel model, INDArray x, INDArray m, INDArray logVar) {
        INDArray w = model.loading();
        double s2 = model.noiseVariance();
        INDArray r = x.sub(model.mean()).reshape(1, x.length()).subi(m.reshape(1, m.length()).mmul(w.transpose()));
        INDArray gm = r.mmul(w).divi(s2).subi(m.reshape(1, m.length()));
        INDArray ev = Transforms.exp(logVar, true).reshape(1, m.length());
        INDArray gv = w.mul(w).sum(true, 0).muli(ev).divi(-2 * s2).subi(ev.sub(1.0).muli(0.5));
        return org.nd4j.linalg.factory.Nd4j.vstack(gm, gv);
    }
}
