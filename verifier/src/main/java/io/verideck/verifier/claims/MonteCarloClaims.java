package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.generative.LatentGaussian;
import io.verideck.numeric.sampling.ImportanceSampling;
import io.verideck.numeric.sampling.MonteCarlo;
import io.verideck.numeric.sampling.MonteCarloPi;
import io.verideck.numeric.sampling.NaiveLogLikelihood;
import io.verideck.numeric.sampling.NormalDensity;
import io.verideck.numeric.sampling.RandomizedQuicksort;
import io.verideck.numeric.vae.LinearGaussianModel;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** M4 (Monte Carlo), M5 (pi), M6 (importance sampling), M7 (naive MC log-likelihood), M8 (Las Vegas and Markov). */
final class MonteCarloClaims {
    private static final int SAMPLES = 100_000;

    private MonteCarloClaims() {
    }

    static List<Claim> claims() {
        return List.of(estimator(), pi(), importance(), naiveLogLikelihood(), lasVegas());
    }

    /** Uniforms on {@code [0, 1)} from a seeded stream, {@code [rows, cols]}. */
    static INDArray uniforms(SplittableRandom r, int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble();
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    /** Standard normals (Box-Muller) from a seeded stream, {@code [rows, cols]}. */
    static INDArray normals(SplittableRandom r, int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i += 2) {
            double rad = Math.sqrt(-2 * Math.log(1 - r.nextDouble()));
            double angle = 2 * Math.PI * r.nextDouble();
            v[i] = rad * Math.cos(angle);
            if (i + 1 < v.length) {
                v[i + 1] = rad * Math.sin(angle);
            }
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    /** |estimate - truth| <= 5 SE. */
    static void within(Trial t, String label, double estimate, double truth, double se) {
        t.record(estimate, truth);
        t.require(Math.abs(estimate - truth) <= 5 * se + 1e-15,
                String.format("%s: estimate %.6g vs %.6g differ by %.3g > 5 SE = %.3g", label, estimate, truth, Math.abs(estimate - truth), 5 * se));
    }

    private static double slope(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }

    private static Claim estimator() {
        // f(x) = x^2, x ~ U(0, 1): s = 1/3, Var f = 1/5 - 1/9 = 4/45.
        double truth = 1.0 / 3;
        double varF = 4.0 / 45;
        return new Claim("M4", "mc-estimator", "\\hat s_n=\\frac1n\\sum_{i=1}^nf(x^{(i)}),\\ \\mathbb E\\hat s_n=s,\\ \\operatorname{Var}\\hat s_n=\\frac{\\operatorname{Var}f}{n}",
                "io.verideck.numeric.sampling.MonteCarlo", Set.of("sampling", "statistics"), List.of(
                once("unbiased: the mean of 2,000 replicate estimates (n = 50) of E[x^2], x ~ U(0, 1), is 1/3 within 5 SE", t -> {
                    INDArray x = uniforms(new SplittableRandom(t.seed()), 2000, 50);
                    INDArray est = MonteCarlo.replicateEstimates(x.mul(x));
                    within(t, "mean of estimates", est.meanNumber().doubleValue(), truth, est.stdNumber().doubleValue() / Math.sqrt(2000));
                }),
                once("Var s_n = Var f / n: 1,000 replicates at n = 10, 100, 1000; log-log slope -1 +- 0.1, each within 5 SE of the variance", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    int[] ns = {10, 100, 1000};
                    double[] logN = new double[3];
                    double[] logVar = new double[3];
                    for (int i = 0; i < 3; i++) {
                        INDArray x = uniforms(r, 1000, ns[i]);
                        double v = MonteCarlo.replicateEstimates(x.mul(x)).varNumber().doubleValue();
                        double expected = varF / ns[i];
                        within(t, "Var at n = " + ns[i], v / expected, 1, Math.sqrt(2.0 / 999));
                        logN[i] = Math.log(ns[i]);
                        logVar[i] = Math.log(v);
                    }
                    t.close("log-log slope", slope(logN, logVar), -1, new Tolerance(0.1, 0));
                }),
                once("CLT: s_n +- 1.96 SE covers s in 95% +- 2% of 2,000 replicates (n = 100)", t -> {
                    INDArray x = uniforms(new SplittableRandom(t.seed()), 2000, 100);
                    INDArray f = x.mul(x);
                    INDArray est = MonteCarlo.replicateEstimates(f);
                    INDArray se = MonteCarlo.replicateStandardErrors(f);
                    INDArray miss = Transforms.abs(est.sub(truth)).gt(se.mul(1.96));
                    double coverage = 1 - miss.castTo(f.dataType()).meanNumber().doubleValue();
                    t.close("coverage", coverage, 0.95, new Tolerance(0.02, 0));
                })));
    }

    private static Claim pi() {
        return new Claim("M5", "mc-pi", "\\pi\\approx4\\cdot\\frac{\\#\\{x^2+y^2\\le1\\}}{N},\\ (x,y)\\sim U[-1,1]^2", "io.verideck.numeric.sampling.MonteCarloPi",
                Set.of("sampling"), List.of(
                once("|pi^ - pi| <= 5 SE with SE = 4 sqrt(p(1 - p)/N), p = pi/4 (N = 100,000)", t -> {
                    INDArray u = uniforms(new SplittableRandom(t.seed()), SAMPLES, 2).muli(2).subi(1);
                    within(t, "pi", MonteCarloPi.estimate(MonteCarloPi.hitsCentredSquare(u)), Math.PI, MonteCarloPi.standardError(SAMPLES));
                }),
                once("the unit-square variant (radius 1/2) is the same estimator: same uniforms give the same hits, fresh ones agree within 5 SE", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    INDArray u = uniforms(r, SAMPLES, 2);
                    INDArray square = MonteCarloPi.hitsUnitSquare(u);
                    INDArray centred = MonteCarloPi.hitsCentredSquare(u.mul(2).subi(1));
                    double disagree = Transforms.abs(square.sub(centred)).sumNumber().doubleValue();
                    t.require(disagree <= 10, disagree + " of " + SAMPLES + " points classified differently (only boundary rounding allowed)");
                    within(t, "unit square", MonteCarloPi.estimate(MonteCarloPi.hitsUnitSquare(uniforms(r, SAMPLES, 2))), Math.PI,
                            MonteCarloPi.standardError(SAMPLES));
                }),
                once("error ~ N^(-1/2): RMSE over 100 replicates at N = 100, 1,000, 10,000 has log-log slope -0.5 +- 0.1", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    int[] ns = {100, 1000, 10_000};
                    double[] logN = new double[3];
                    double[] logErr = new double[3];
                    for (int i = 0; i < 3; i++) {
                        INDArray hits = MonteCarloPi.hitsCentredSquare(uniforms(r, 100 * ns[i], 2).muli(2).subi(1)).reshape(100, ns[i]);
                        INDArray err = hits.mean(1).muli(4).subi(Math.PI);
                        logN[i] = Math.log(ns[i]);
                        logErr[i] = 0.5 * Math.log(err.mul(err).meanNumber().doubleValue());
                    }
                    t.close("log-log slope", slope(logN, logErr), -0.5, new Tolerance(0.1, 0));
                })));
    }

    private static Claim importance() {
        return new Claim("M6", "importance-sampling", "\\hat s_q=\\frac1n\\sum_{i=1}^n\\frac{p(x^{(i)})f(x^{(i)})}{q(x^{(i)})},\\ x^{(i)}\\sim q",
                "io.verideck.numeric.sampling.ImportanceSampling", Set.of("sampling", "statistics"), List.of(
                once("p = N(0, 1), f = 1[x > 3], q = N(3, 1): unbiased for P(X > 3) (quadrature) within 5 SE, and its variance is > 100x below naive MC's", t -> {
                    INDArray x = normals(new SplittableRandom(t.seed()), SAMPLES, 1).addi(3);
                    INDArray w = ImportanceSampling.weights(NormalDensity.logPdf(x, 0, 1), NormalDensity.logPdf(x, 3, 1));
                    INDArray f = x.gt(3.0).castTo(x.dataType());
                    INDArray terms = ImportanceSampling.terms(w, f);
                    double truth = NormalDensity.upperTail(3);
                    within(t, "P(X > 3)", ImportanceSampling.estimate(w, f), truth, MonteCarlo.standardError(terms));
                    double ratio = truth * (1 - truth) / terms.varNumber().doubleValue();
                    t.require(ratio > 100, "variance reduction only " + ratio + "x");
                }),
                once("sampling from q* = p f / Z (f = e^{ax}, q* = N(a, 1)) makes every weighted term equal Z = e^{a^2/2}: zero variance", t -> {
                    double a = 1.3;
                    INDArray x = normals(new SplittableRandom(t.seed()), 10_000, 1).addi(a);
                    INDArray w = ImportanceSampling.weights(NormalDensity.logPdf(x, 0, 1), NormalDensity.logPdf(x, a, 1));
                    INDArray terms = ImportanceSampling.terms(w, Transforms.exp(x.mul(a), false));
                    t.close("min term", terms.minNumber().doubleValue(), Math.exp(a * a / 2), new Tolerance(0, 1e-12));
                    t.close("max term", terms.maxNumber().doubleValue(), Math.exp(a * a / 2), new Tolerance(0, 1e-12));
                }),
                once("self-normalized IS (p = N(0, 1), q = N(1, 1), f = x): biased at n = 1 (mean 1, not 0), consistent at n = 100,000", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    INDArray single = normals(r, SAMPLES, 1).addi(1);
                    INDArray ws = ImportanceSampling.weights(NormalDensity.logPdf(single, 0, 1), NormalDensity.logPdf(single, 1, 1));
                    INDArray snSingle = ImportanceSampling.selfNormalized(ws, single);
                    double mean = snSingle.meanNumber().doubleValue();
                    double se = snSingle.stdNumber().doubleValue() / Math.sqrt(SAMPLES);
                    within(t, "E[SNIS] at n = 1 (= E_q[x])", mean, 1, se);
                    t.require(Math.abs(mean) > 5 * se, "no bias visible at n = 1");
                    INDArray x = normals(r, 1, SAMPLES).addi(1);
                    INDArray w = ImportanceSampling.weights(NormalDensity.logPdf(x, 0, 1), NormalDensity.logPdf(x, 1, 1));
                    double est = ImportanceSampling.selfNormalized(w, x).getDouble(0);
                    double delta = Math.sqrt(w.mul(w).muli(x.sub(est)).muli(x.sub(est)).sumNumber().doubleValue()) / w.sumNumber().doubleValue();
                    within(t, "SNIS at n = 100,000", est, 0, delta);
                }),
                once("a q lighter-tailed than p (N(0, 0.5^2) for N(0, 1)) degenerates: ESS/n < 0.1 and one weight holds > 100x the share it has under q = N(0, 2^2), where ESS/n > 0.5", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    INDArray xb = normals(r, SAMPLES, 1).muli(0.5);
                    INDArray wb = ImportanceSampling.weights(NormalDensity.logPdf(xb, 0, 1), NormalDensity.logPdf(xb, 0, 0.5));
                    INDArray xg = normals(r, SAMPLES, 1).muli(2);
                    INDArray wg = ImportanceSampling.weights(NormalDensity.logPdf(xg, 0, 1), NormalDensity.logPdf(xg, 0, 2));
                    double essBad = ImportanceSampling.effectiveSampleSize(wb) / SAMPLES;
                    double essGood = ImportanceSampling.effectiveSampleSize(wg) / SAMPLES;
                    double shareBad = wb.maxNumber().doubleValue() / wb.sumNumber().doubleValue();
                    double shareGood = wg.maxNumber().doubleValue() / wg.sumNumber().doubleValue();
                    t.require(essBad < 0.1, "bad q: ESS/n = " + essBad);
                    t.require(essGood > 0.5, "good q: ESS/n = " + essGood);
                    t.require(shareBad > 100 * shareGood, "largest weight share " + shareBad + " vs " + shareGood);
                })));
    }

    static LinearGaussianModel drawModel(Trial t, int d, int k, double noise) {
        return new LinearGaussianModel(t.draw("W", TensorGen.dense(-1, 1, d, k)), t.draw("mu", TensorGen.dense(-1, 1, d)), noise);
    }

    private static Claim naiveLogLikelihood() {
        return new Claim("M7", "naive-mc-loglik", "\\log p_\\theta(x)\\approx\\log\\frac1N\\sum_{j=1}^Np_\\theta(x\\mid z_j),\\ z_j\\sim p(z);\\ \\mathbb E[\\log\\hat p]\\le\\log p",
                "io.verideck.numeric.sampling.NaiveLogLikelihood", Set.of("sampling", "latent"), List.of(
                once("linear-Gaussian model: E[log p^] - log p < 0 beyond 5 SE at N = 1 and 10, and the bias shrinks with N (2,000 replicates)", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    LinearGaussianModel m = drawModel(t, 3, 2, 0.3);
                    INDArray x = t.draw("x", TensorGen.dense(-1.5, 1.5, 3));
                    double exact = m.logMarginal(x);
                    int[] ns = {1, 10, 100};
                    double previous = Double.NEGATIVE_INFINITY;
                    for (int n : ns) {
                        INDArray z = normals(r, 2000 * n, 2);
                        INDArray ll = LatentGaussian.conditionalLogLikelihood(m, x, z).reshape(2000, n);
                        INDArray est = NaiveLogLikelihood.estimates(ll);
                        double bias = est.meanNumber().doubleValue() - exact;
                        double se = est.stdNumber().doubleValue() / Math.sqrt(2000);
                        t.record(bias, 0);
                        if (n < 100) {
                            t.require(bias < -5 * se, "N = " + n + ": bias " + bias + " not below -5 SE = " + -5 * se);
                        }
                        t.require(bias <= 5 * se, "N = " + n + ": positive bias " + bias);
                        t.require(bias > previous, "the bias did not shrink at N = " + n + ": " + bias + " <= " + previous);
                        previous = bias;
                    }
                }),
                once("the effective sample size of the weights p(x | z_j) collapses with the dimension: d = 1 vs d = 50 (N = 1,000)", t -> {
                    SplittableRandom r = new SplittableRandom(t.seed());
                    double[] ess = new double[2];
                    int[] dims = {1, 50};
                    for (int i = 0; i < 2; i++) {
                        LinearGaussianModel m = drawModel(t, dims[i], 2, 0.2);
                        INDArray x = LatentGaussian.sample(m, normals(r, 1, 2), normals(r, 1, dims[i])).reshape(dims[i]);
                        ess[i] = NaiveLogLikelihood.effectiveSampleSize(LatentGaussian.conditionalLogLikelihood(m, x, normals(r, 1000, 2))) / 1000;
                    }
                    t.require(ess[1] < 0.05 && ess[0] > 5 * ess[1], "ESS/N: d = 1 " + ess[0] + ", d = 50 " + ess[1]);
                }),
                forAll("proposing from the exact posterior q(z | x) gives log weights equal to log p(x): zero variance", 10, t -> {
                    int d = t.draw("D", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 3));
                    LinearGaussianModel m = drawModel(t, d, k, t.draw("sigma2", Gen.doubles(0.2, 2)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray eps = t.draw("eps", TensorGen.gaussian(0, 1, 64, k));
                    INDArray z = LatentGaussian.posteriorSample(m, x, eps);
                    INDArray logW = LatentGaussian.conditionalLogLikelihood(m, x, z).addi(LatentGaussian.priorLogDensity(z))
                            .subi(LatentGaussian.posteriorLogDensity(m, x, z));
                    double exact = m.logMarginal(x);
                    t.close("log weights", logW, Nd4j.valueArrayOf(logW.shape(), exact), new Tolerance(1e-9, 1e-9));
                })));
    }

    private static Claim lasVegas() {
        return new Claim("M8", "las-vegas-markov", "P(T\\ge a)\\le\\frac{\\mathbb E[T]}{a};\\ \\text{stopping at }k\\,\\mathbb E[T]\\text{ fails w.p.}\\le\\frac1k",
                "io.verideck.numeric.sampling.RandomizedQuicksort", Set.of("sampling", "algorithms"), List.of(
                forAll("randomized quicksort always returns the sorted permutation of its input", t -> {
                    int n = t.draw("n", Gen.integers(0, 40));
                    double[] a = n == 0 ? new double[0] : t.draw("a", TensorGen.dense(-5, 5, n)).toDoubleVector();
                    for (int i = 0; i < n; i++) {
                        a[i] = Math.round(a[i]); // ties included
                    }
                    RandomizedQuicksort.Run run = RandomizedQuicksort.sort(a, new SplittableRandom(t.seed()), Long.MAX_VALUE);
                    double[] expected = a.clone();
                    Arrays.sort(expected);
                    t.require(run.finished() && Arrays.equals(run.sorted(), expected), "not sorted: " + Arrays.toString(run.sorted()));
                }),
                once("comparisons T (n = 100, 2,000 runs): mean = 2(n+1)H_n - 4n within 5 SE; P(T >= a) <= E[T]/a at a = 1.1, 1.25, 1.5, 2 E[T]; stopping at k E[T] fails with frequency <= 1/k", t -> {
                    int n = 100;
                    double harmonic = 0;
                    for (int i = 1; i <= n; i++) {
                        harmonic += 1.0 / i;
                    }
                    double expected = 2 * (n + 1) * harmonic - 4 * n;
                    SplittableRandom r = new SplittableRandom(t.seed());
                    int runs = 2000;
                    double[] counts = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        double[] a = new double[n];
                        for (int j = 0; j < n; j++) {
                            a[j] = r.nextDouble();
                        }
                        counts[i] = RandomizedQuicksort.sort(a, r.split(), Long.MAX_VALUE).comparisons();
                    }
                    INDArray c = Nd4j.createFromArray(counts);
                    within(t, "E[T]", c.meanNumber().doubleValue(), expected, c.stdNumber().doubleValue() / Math.sqrt(runs));
                    for (double k : new double[] {1.1, 1.25, 1.5, 2}) {
                        double tail = c.gte(k * expected).castTo(c.dataType()).meanNumber().doubleValue();
                        t.require(tail <= 1 / k, "P(T >= " + k + " E[T]) = " + tail + " > " + 1 / k);
                        int failures = 0;
                        for (int i = 0; i < 500; i++) {
                            double[] a = new double[n];
                            for (int j = 0; j < n; j++) {
                                a[j] = r.nextDouble();
                            }
                            failures += RandomizedQuicksort.sort(a, r.split(), (long) (k * expected)).finished() ? 0 : 1;
                        }
                        t.require(failures / 500.0 <= 1 / k, "truncated at " + k + " E[T]: failure frequency " + failures / 500.0);
                    }
                })));
    }
}
