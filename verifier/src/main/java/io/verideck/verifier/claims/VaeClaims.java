package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.vae.Elbo;
import io.verideck.numeric.vae.GaussianKl;
import io.verideck.numeric.vae.LinearGaussianModel;
import io.verideck.numeric.vae.Reparameterization;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.Source;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** M11, M12, M13: the ELBO, the reparameterization trick, the Gaussian KL. */
public final class VaeClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final int SAMPLES = 100_000;

    private VaeClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(elbo(), reparameterization(), gaussianKl());
    }

    /**
     * The Gaussian KL as a function of mean and log variance {@code [b, k]} each.
     *
     * @param b rows
     * @param k latent size
     * @return the function; layout {@code mu, logvar}
     */
    public static Differentiable gaussianKlFunction(long b, long k) {
        ParameterLayout layout = new ParameterLayout(List.of("mu", "logvar"), List.of(new long[] {b, k}, new long[] {b, k}));
        return Differentiable.scalar(layout, s -> {
            List<INDArray> p = layout.unpack(s);
            return GaussianKl.valueStacked(p.get(0), p.get(1));
        }, v -> {
            List<INDArray> p = layout.unpack(v.reshape(1, v.length()));
            return layout.pack(GaussianKl.gradientMean(p.get(0)), GaussianKl.gradientLogVariance(p.get(1)));
        });
    }

    static INDArray normals(long seed, int n, int k) {
        return TensorGen.gaussian(0, 1, n, k).generate(Source.random(seed));
    }

    static LinearGaussianModel drawModel(Trial t, int d, int k) {
        return new LinearGaussianModel(t.draw("W", TensorGen.dense(-1, 1, d, k)), t.draw("mu", TensorGen.dense(-1, 1, d)),
                t.draw("sigma2", Gen.doubles(0.2, 2)));
    }

    private static Claim gaussianKl() {
        return new Claim("M13", "vae-gaussian-kl",
                "KL(\\mathcal N(\\mu,\\operatorname{diag}\\sigma^2)\\|\\mathcal N(0,I))=\\tfrac12\\sum_j(\\mu_j^2+\\sigma_j^2-\\log\\sigma_j^2-1)",
                "io.verideck.numeric.vae.GaussianKl", Set.of("vae", "kl", "gradient"), List.of(
                forAll("gradients in mu and log sigma^2 match central differences", t -> {
                    int b = t.draw("B", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 6));
                    INDArray mu = t.draw("mu", TensorGen.dense(-2, 2, b, k));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-2, 2, b, k));
                    Differentiable f = gaussianKlFunction(b, k);
                    t.gradient("dKL", CHECK, f, f.layout().pack(mu, lv));
                }),
                forAll("KL >= 0, and = 0 at mu = 0, sigma = 1; the two-Gaussian form reduces to it", t -> {
                    int k = t.draw("k", Gen.integers(1, 6));
                    INDArray mu = t.draw("mu", TensorGen.dense(-2, 2, k));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-2, 2, k));
                    double kl = GaussianKl.value(mu, lv);
                    t.require(kl >= 0, "KL = " + kl + " < 0");
                    t.close("KL(N(0,1)||N(0,1))", GaussianKl.value(Nd4j.zeros(k), Nd4j.zeros(k)), 0, new Tolerance(0, 0));
                    t.close("general form", GaussianKl.betweenDiagonal(mu, Transforms.exp(lv), Nd4j.zeros(k), Nd4j.ones(k)), kl,
                            Tolerance.IDENTITY);
                }),
                once("closed form equals the Monte Carlo estimate of E_q[log q - log p] (100,000 samples, 5 SE)", t -> {
                    INDArray mu = Nd4j.createFromArray(0.5, -1.0, 0.2);
                    INDArray lv = Nd4j.createFromArray(-0.5, 0.3, 0.0);
                    INDArray eps = normals(t.seed(), SAMPLES, 3);
                    INDArray sd = Transforms.exp(lv.mul(0.5));
                    INDArray z = Reparameterization.sample(mu, sd, eps);
                    INDArray logQ = eps.mul(eps).sum(1).muli(-0.5).subi(lv.sumNumber().doubleValue() * 0.5);
                    INDArray logP = z.mul(z).sum(1).muli(-0.5);
                    INDArray diff = logQ.sub(logP);
                    statistical(t, "KL", diff, GaussianKl.value(mu, lv));
                })));
    }

    private static Claim reparameterization() {
        return new Claim("M12", "vae-reparameterization",
                "z=\\mu+\\sigma\\odot\\epsilon,\\ \\epsilon\\sim\\mathcal N(0,I),\\quad \\nabla_\\mu\\mathbb E f(z)=\\mathbb E\\nabla f(z)",
                "io.verideck.numeric.vae.Reparameterization", Set.of("vae", "sampling", "gradient"), List.of(
                once("z has mean mu and standard deviation sigma (100,000 samples, 5 SE)", t -> {
                    INDArray mu = Nd4j.createFromArray(1.5, -0.5);
                    INDArray sigma = Nd4j.createFromArray(0.3, 2.0);
                    INDArray z = Reparameterization.sample(mu, sigma, normals(t.seed(), SAMPLES, 2));
                    for (int j = 0; j < 2; j++) {
                        INDArray col = z.getColumn(j);
                        statistical(t, "mean " + j, col, mu.getDouble(j));
                        double m = mu.getDouble(j);
                        statistical(t, "variance " + j, col.sub(m).muli(col.sub(m)), sigma.getDouble(j) * sigma.getDouble(j));
                    }
                }),
                once("pathwise gradients of E||z||^2 converge to (2 mu, 2 sigma); lower variance than the score function", t -> {
                    INDArray mu = Nd4j.createFromArray(0.7, -1.2);
                    INDArray sigma = Nd4j.createFromArray(0.5, 1.5);
                    INDArray eps = normals(t.seed(), SAMPLES, 2);
                    INDArray z = Reparameterization.sample(mu, sigma, eps);
                    for (int j = 0; j < 2; j++) {
                        statistical(t, "d/dmu " + j, z.getColumn(j).mul(2), 2 * mu.getDouble(j));
                        statistical(t, "d/dsigma " + j, z.getColumn(j).mul(2).muli(eps.getColumn(j)), 2 * sigma.getDouble(j));
                    }
                    double pathVar = Reparameterization.squareNormPathwiseSamples(mu, sigma, eps).var(0).sumNumber().doubleValue();
                    double scoreVar = Reparameterization.squareNormScoreFunctionSamples(mu, sigma, eps).var(0).sumNumber().doubleValue();
                    t.require(pathVar < scoreVar, "pathwise variance " + pathVar + " >= score-function variance " + scoreVar);
                }),
                forAll("with eps fixed, the reparameterized ELBO gradient matches central differences", t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 3));
                    LinearGaussianModel model = drawModel(t, d, k);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray m = t.draw("m", TensorGen.dense(-1, 1, k));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-1, 1, k));
                    INDArray eps = t.draw("eps", TensorGen.gaussian(0, 1, 16, k));
                    ParameterLayout layout = ParameterLayout.of("m", m, "logvar", lv);
                    t.gradient("dELBO^", CHECK, Differentiable.scalar(layout, s -> {
                        List<INDArray> p = layout.unpack(s);
                        return Elbo.estimateStacked(model, x, p.get(0), p.get(1), eps);
                    }, v -> Elbo.estimateGradient(model, x, v.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, k)),
                            v.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(k, 2 * k)), eps).reshape(2 * k)), layout.pack(m, lv));
                })));
    }

    private static Claim elbo() {
        return new Claim("M11", "vae-elbo",
                "\\log p_\\theta(x)\\ge\\mathbb E_{q(z\\mid x)}[\\log p_\\theta(x\\mid z)]-KL(q(z\\mid x)\\|p(z))",
                "io.verideck.numeric.vae.Elbo", Set.of("vae", "gradient"), List.of(
                forAll("ELBO <= log p(x) on the linear-Gaussian model, with equality at the exact posterior", t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    LinearGaussianModel model = drawModel(t, d, 1);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray m = t.draw("m", TensorGen.dense(-2, 2, 1));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-2, 2, 1));
                    double logp = model.logMarginal(x);
                    double bound = Elbo.closedForm(model, x, m, lv);
                    t.require(bound <= logp + 1e-10, "ELBO " + bound + " > log p(x) " + logp);
                    INDArray postVar = model.posteriorCovariance().reshape(1);
                    double exact = Elbo.closedForm(model, x, model.posteriorMean(x), Transforms.log(postVar));
                    t.close("ELBO at the posterior", exact, logp, new Tolerance(1e-10, 1e-9));
                }),
                forAll("the gap log p(x) - ELBO equals KL(q || p(z|x))", t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 3));
                    LinearGaussianModel model = drawModel(t, d, k);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray m = t.draw("m", TensorGen.dense(-1, 1, k));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-1, 1, k));
                    double gap = model.logMarginal(x) - Elbo.closedForm(model, x, m, lv);
                    t.close("gap", gap, klToPosterior(model, x, m, lv), new Tolerance(1e-10, 1e-8));
                }),
                forAll("gradient ascent on the ELBO over q's mean and log variance recovers the exact posterior (k = 1)", 1, t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    LinearGaussianModel model = drawModel(t, d, 1);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray m = Nd4j.zeros(1);
                    INDArray lv = Nd4j.zeros(1);
                    double w2 = model.loading().mul(model.loading()).sumNumber().doubleValue();
                    // Step sizes from the curvatures: w^2/sigma^2 + 1 in m, at most (w^2/sigma^2 + 1)/2 in v.
                    double rate = 1 / (1 + w2 / model.noiseVariance());
                    for (int i = 0; i < 1000; i++) {
                        INDArray g = Elbo.closedFormGradient(model, x, m, lv);
                        m.addi(g.getRow(0).reshape(1).muli(0.5 * rate));
                        lv.addi(g.getRow(1).reshape(1).muli(rate));
                    }
                    t.close("posterior mean", m, model.posteriorMean(x), new Tolerance(1e-8, 1e-6));
                    t.close("posterior variance", org.nd4j.linalg.ops.transforms.Transforms.exp(lv),
                            model.posteriorCovariance().reshape(1), new Tolerance(1e-8, 1e-6));
                }),
                forAll("the closed-form ELBO gradient matches central differences", t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 3));
                    LinearGaussianModel model = drawModel(t, d, k);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray m = t.draw("m", TensorGen.dense(-1, 1, k));
                    INDArray lv = t.draw("logvar", TensorGen.dense(-1, 1, k));
                    ParameterLayout layout = ParameterLayout.of("m", m, "logvar", lv);
                    t.gradient("dELBO", CHECK, Differentiable.scalar(layout, s -> {
                        List<INDArray> p = layout.unpack(s);
                        double[] out = new double[(int) s.size(0)];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = Elbo.closedForm(model, x, p.get(0).getRow(i), p.get(1).getRow(i));
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> Elbo.closedFormGradient(model, x, v.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, k)),
                            v.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(k, 2 * k))).reshape(2 * k)), layout.pack(m, lv));
                }),
                once("the reparameterized Monte Carlo ELBO is unbiased for the closed form (100,000 samples, 5 SE)", t -> {
                    LinearGaussianModel model = new LinearGaussianModel(Nd4j.createFromArray(new double[][] {{1.0, 0.5}, {-0.3, 0.8}, {0.2, 0.1}}),
                            Nd4j.createFromArray(0.1, -0.2, 0.3), 0.5);
                    INDArray x = Nd4j.createFromArray(0.4, 1.0, -0.5);
                    INDArray m = Nd4j.createFromArray(0.2, -0.1);
                    INDArray lv = Nd4j.createFromArray(-0.7, -0.2);
                    INDArray eps = normals(t.seed(), SAMPLES, 2);
                    INDArray values = perSampleElbo(model, x, m, lv, eps);
                    statistical(t, "ELBO", values, Elbo.closedForm(model, x, m, lv));
                })));
    }

    /**
     * {@code KL(N(m, diag e^v) || N(mu_p, S_p)) = 1/2 [tr(S_p^-1 S_q) + (mu_p - m)^T S_p^-1 (mu_p - m) - k
     * + log det S_p - sum v]}, computed from the exact posterior independently of the ELBO.
     */
    private static double klToPosterior(LinearGaussianModel model, INDArray x, INDArray m, INDArray lv) {
        long k = m.length();
        INDArray cov = model.posteriorCovariance();
        INDArray sp = cov.add(cov.transpose()).muli(0.5); // exactly symmetric for the Cholesky op
        INDArray spInv = org.nd4j.linalg.inverse.InvertMatrix.invert(sp, false);
        INDArray diff = model.posteriorMean(x).sub(m).reshape(k, 1);
        double trace = Nd4j.diag(spInv).mul(Transforms.exp(lv)).sumNumber().doubleValue();
        double quad = diff.transpose().mmul(spInv).mmul(diff).getDouble(0);
        INDArray chol = Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.Cholesky(sp.dup()))[0];
        double logDetP = 2 * Transforms.log(Nd4j.diag(chol)).sumNumber().doubleValue();
        return 0.5 * (trace + quad - k + logDetP - lv.sumNumber().doubleValue());
    }

    /** Per-sample terms of the reparameterized ELBO estimate (their mean is the estimate). */
    private static INDArray perSampleElbo(LinearGaussianModel model, INDArray x, INDArray m, INDArray lv, INDArray eps) {
        INDArray z = Reparameterization.sample(m, Transforms.exp(lv.mul(0.5)), eps);
        long d = x.length();
        double s2 = model.noiseVariance();
        INDArray r = z.mmul(model.loading().transpose()).addiRowVector(model.mean()).rsubiRowVector(x);
        INDArray logLik = r.muli(r).sum(1).muli(-0.5 / s2).subi(0.5 * d * Math.log(2 * Math.PI * s2));
        INDArray logPrior = z.mul(z).sum(1).muli(-0.5);
        INDArray logQ = eps.mul(eps).sum(1).muli(-0.5).subi(0.5 * lv.sumNumber().doubleValue());
        return logLik.addi(logPrior).subi(logQ);
    }

    /** The catalogue's statistical test: |mean - truth| <= 5 standard errors. */
    static void statistical(Trial t, String label, INDArray samples, double truth) {
        double mean = samples.meanNumber().doubleValue();
        double se = samples.stdNumber().doubleValue() / Math.sqrt(samples.length());
        t.record(mean, truth);
        t.require(Math.abs(mean - truth) <= 5 * se + 1e-12,
                String.format("%s: Monte Carlo %.6g vs exact %.6g differ by %.3g > 5 SE = %.3g", label, mean, truth,
                        Math.abs(mean - truth), 5 * se));
    }
}
