package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.generative.GanTraining;
import io.verideck.numeric.generative.LatentGaussian;
import io.verideck.numeric.generative.TwoSampleTest;
import io.verideck.numeric.vae.LinearGaussianModel;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** M10 (linear-Gaussian marginal), M17 (GAN alternating updates), M18 (two-sample tests). */
final class GenerativeClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private GenerativeClaims() {
    }

    static List<Claim> claims() {
        return List.of(linearGaussian(), alternating(), twoSample());
    }

    /** Composite Simpson weights on {@code [-12, 12]} with {@code n} (even) intervals, and the nodes. */
    private static INDArray[] simpson(int n) {
        double h = 24.0 / n;
        double[] z = new double[n + 1];
        double[] w = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            z[i] = -12 + i * h;
            w[i] = h / 3 * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return new INDArray[] {Nd4j.createFromArray(z).reshape(n + 1, 1), Nd4j.createFromArray(w)};
    }

    private static Claim linearGaussian() {
        return new Claim("M10", "latent-marginal-linear-gaussian",
                "z\\sim\\mathcal N(0,I),\\ x\\mid z\\sim\\mathcal N(Wz+\\mu,\\sigma^2I)\\Rightarrow x\\sim\\mathcal N(\\mu,WW^T+\\sigma^2I),\\ z\\mid x\\sim\\mathcal N(M^{-1}W^T(x-\\mu),\\sigma^2M^{-1})",
                "io.verideck.numeric.vae.LinearGaussianModel, io.verideck.numeric.generative.LatentGaussian", Set.of("latent", "probability"), List.of(
                forAll("k = 1: the closed-form log p(x) and the posterior mean and variance equal Simpson quadrature of p(x | z) p(z)", 10, t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    LinearGaussianModel m = MonteCarloClaims.drawModel(t, d, 1, t.draw("sigma2", Gen.doubles(0.2, 2)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray[] q = simpson(4000);
                    INDArray joint = org.nd4j.linalg.ops.transforms.Transforms.exp(
                            LatentGaussian.conditionalLogLikelihood(m, x, q[0]).addi(LatentGaussian.priorLogDensity(q[0])), false);
                    double px = joint.mul(q[1]).sumNumber().doubleValue();
                    t.close("log p(x)", m.logMarginal(x), Math.log(px), new Tolerance(1e-9, 1e-9));
                    INDArray z = q[0].reshape(q[0].length());
                    double mean = joint.mul(q[1]).muli(z).sumNumber().doubleValue() / px;
                    double second = joint.mul(q[1]).muli(z).muli(z).sumNumber().doubleValue() / px;
                    t.close("posterior mean", m.posteriorMean(x).getDouble(0), mean, new Tolerance(1e-9, 1e-8));
                    t.close("posterior variance", m.posteriorCovariance().getDouble(0, 0), second - mean * mean, new Tolerance(1e-9, 1e-8));
                }),
                once("the naive Monte Carlo average of p(x | z_j) (N = 100,000) matches exp(log p(x)) within 5 SE", t -> {
                    LinearGaussianModel m = MonteCarloClaims.drawModel(t, 2, 2, 0.8);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 2));
                    double exact = m.logMarginal(x);
                    INDArray ratio = org.nd4j.linalg.ops.transforms.Transforms.exp(LatentGaussian.conditionalLogLikelihood(m, x,
                            MonteCarloClaims.normals(new SplittableRandom(t.seed()), 100_000, 2)).subi(exact), false);
                    MonteCarloClaims.within(t, "p^(x) / p(x)", ratio.meanNumber().doubleValue(), 1, ratio.stdNumber().doubleValue() / Math.sqrt(100_000));
                }),
                once("samples x = W z + mu + sigma eps have covariance W W^T + sigma^2 I (100,000 samples, 5 SE per entry)", t -> {
                    LinearGaussianModel m = MonteCarloClaims.drawModel(t, 3, 2, 0.5);
                    SplittableRandom r = new SplittableRandom(t.seed());
                    INDArray xs = LatentGaussian.sample(m, MonteCarloClaims.normals(r, 100_000, 2), MonteCarloClaims.normals(r, 100_000, 3));
                    INDArray c = xs.subRowVector(m.mean());
                    INDArray cov = m.loading().mmul(m.loading().transpose()).addi(Nd4j.eye(3).muli(m.noiseVariance()));
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j <= i; j++) {
                            INDArray prod = c.getColumn(i).mul(c.getColumn(j));
                            MonteCarloClaims.within(t, "cov[" + i + "," + j + "]", prod.meanNumber().doubleValue(), cov.getDouble(i, j),
                                    prod.stdNumber().doubleValue() / Math.sqrt(100_000));
                        }
                    }
                })));
    }

    private static Claim alternating() {
        return new Claim("M17", "gan-alternating-updates",
                "\\theta\\leftarrow\\theta-\\eta\\frac1m\\nabla_\\theta\\sum_i\\log(1-D_\\phi(G_\\theta(z^{(i)}))),\\ \\phi\\leftarrow\\phi+\\eta\\frac1m\\nabla_\\phi\\sum_i[\\log D_\\phi(x^{(i)})+\\log(1-D_\\phi(G_\\theta(z^{(i)})))]",
                "io.verideck.numeric.generative.GanTraining", Set.of("gan", "gradient"), List.of(
                forAll("G(z) = a z + b, D = sigma(w1 x + w2 x^2 + c): both minibatch gradients match central differences", t -> {
                    int m = t.draw("m", Gen.integers(1, 16));
                    double[] z = t.draw("z", TensorGen.gaussian(0, 1, m)).toDoubleVector();
                    double[] x = t.draw("x", TensorGen.gaussian(1, 1, m)).toDoubleVector();
                    boolean logistic = t.draw("logistic D (w2 = 0)", Gen.oneOf(true, false));
                    INDArray gen = t.draw("(a, b)", TensorGen.dense(-1.5, 1.5, 2));
                    INDArray disc = t.draw("(w1, w2, c)", TensorGen.dense(-1, 1, 3));
                    if (logistic) {
                        disc.putScalar(1, 0);
                    }
                    double[] w = disc.toDoubleVector();
                    ParameterLayout gl = ParameterLayout.of("(a, b)", gen);
                    t.gradient("dJ_G/d(a, b)", CHECK, Differentiable.scalar(gl, s -> {
                        double[] out = new double[(int) s.rows()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = GanTraining.generatorObjective(s.getDouble(i, 0), s.getDouble(i, 1), w, z);
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> Nd4j.createFromArray(GanTraining.generatorGradient(v.getDouble(0), v.getDouble(1), w, z))), gen);
                    double a = gen.getDouble(0);
                    double b = gen.getDouble(1);
                    ParameterLayout dl = ParameterLayout.of("(w1, w2, c)", disc);
                    t.gradient("dJ_D/d(w1, w2, c)", CHECK, Differentiable.scalar(dl, s -> {
                        double[] out = new double[(int) s.rows()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = GanTraining.discriminatorObjective(a, b, s.getRow(i).toDoubleVector(), x, z);
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> Nd4j.createFromArray(GanTraining.discriminatorGradient(a, b, v.toDoubleVector(), x, z))), disc);
                }),
                once("alternating updates on N(2, 1.5^2) data move b towards the data mean, averaged over 5 seeds (weak)", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    double before = 0;
                    double after = 0;
                    for (int s = 0; s < 5; s++) {
                        double[] start = {0.5, -1, 0, 0, 0};
                        double[] end = GanTraining.train(start, 2, 1.5, 2000, 1, 32, 0.05, r.split());
                        before += Math.abs(start[1] - 2) / 5;
                        after += Math.abs(end[1] - 2) / 5;
                    }
                    t.record(after, 0);
                    t.require(after < 0.5 * before, "mean |b - 2| went from " + before + " to " + after);
                }),
                once("simultaneous descent-ascent on V = x y spirals outward: the norm grows by sqrt(1 + eta^2) every step", t -> {
                    double eta = 0.1;
                    double[] norms = GanTraining.bilinearNorms(1, 0.5, eta, 100);
                    for (int s = 1; s < norms.length; s++) {
                        t.require(norms[s] > norms[s - 1], "the norm did not grow at step " + s);
                    }
                    t.close("norm after 100 steps", norms[100], norms[0] * Math.pow(1 + eta * eta, 50), Tolerance.IDENTITY);
                })));
    }

    private static double[] gaussianSample(SplittableRandom r, int n, double mean) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        }
        return v;
    }

    private static Claim twoSample() {
        return new Claim("M18", "two-sample-test", "H_0:P=Q;\\ T(x_{1..n},y_{1..m})\\text{ from samples only; permutation test has level }\\alpha",
                "io.verideck.numeric.generative.TwoSampleTest", Set.of("statistics", "gan"), List.of(
                once("permutation test on the mean difference: rejection rate 0.05 within 5 SE under H0 (1,000 data sets, n = 20, 99 permutations), power >= 0.95 for a shift of 0.5 with n = 500", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    int reps = 1000;
                    int rejections = 0;
                    for (int i = 0; i < reps; i++) {
                        double p = TwoSampleTest.permutationPValue(gaussianSample(r, 20, 0), gaussianSample(r, 20, 0), 99, r);
                        rejections += p <= 0.05 ? 1 : 0;
                    }
                    MonteCarloClaims.within(t, "type-I error", rejections / (double) reps, 0.05, Math.sqrt(0.05 * 0.95 / reps));
                    int power = 0;
                    for (int i = 0; i < 20; i++) {
                        double p = TwoSampleTest.permutationPValue(gaussianSample(r, 500, 0), gaussianSample(r, 500, 0.5), 99, r);
                        power += p <= 0.05 ? 1 : 0;
                    }
                    t.require(power >= 19, "power " + power + "/20");
                }),
                once("classifier two-sample test (4-D, n = 2,000 each): held-out accuracy 0.5 within 5 SE under H0, > 0.6 for a shift of 0.5 per coordinate", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    double[][] p = MonteCarloClaims.normals(r, 2000, 4).toDoubleMatrix();
                    double[][] q = MonteCarloClaims.normals(r, 2000, 4).toDoubleMatrix();
                    double[][] shifted = MonteCarloClaims.normals(r, 2000, 4).addi(0.5).toDoubleMatrix();
                    MonteCarloClaims.within(t, "accuracy under H0", TwoSampleTest.classifierAccuracy(p, q), 0.5, Math.sqrt(0.25 / 2000));
                    double acc = TwoSampleTest.classifierAccuracy(p, shifted);
                    t.require(acc > 0.6, "accuracy under the shift " + acc);
                })));
    }
}
