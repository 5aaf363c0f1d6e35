package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.probability.Bernoulli;
import io.verideck.numeric.probability.Cholesky;
import io.verideck.numeric.probability.Gaussian;
import io.verideck.numeric.probability.Multinoulli;
import io.verideck.numeric.probability.MultivariateGaussian;
import io.verideck.numeric.probability.StandardError;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A16 to A18: Bernoulli and multinoulli, the Gaussian densities, the standard error of the mean. */
final class DistributionClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final int SAMPLES = 100_000;

    private DistributionClaims() {
    }

    static List<Claim> claims() {
        return List.of(bernoulli(), gaussian(), standardError());
    }

    private static Claim bernoulli() {
        return new Claim("A16", "prob-bernoulli-multinoulli",
                "P(x)=\\phi^x(1-\\phi)^{1-x},\\ \\mathbb Ex=\\phi,\\ \\operatorname{Var}x=\\phi(1-\\phi),\\ \\partial_\\phi\\log P(x)=\\frac x\\phi-\\frac{1-x}{1-\\phi};\\ p_k=1-\\mathbf 1^Tp",
                "io.verideck.numeric.probability.Bernoulli", Set.of("probability", "gradient"), List.of(
                forAll("E x = phi and Var x = phi (1 - phi) exactly (sums over {0, 1})", t -> {
                    Bernoulli b = new Bernoulli(t.draw("phi", Gen.doubles(0, 1)));
                    double mean = 0 * b.pmf(0) + 1 * b.pmf(1);
                    double var = (0 - mean) * (0 - mean) * b.pmf(0) + (1 - mean) * (1 - mean) * b.pmf(1);
                    t.close("E x", b.mean(), mean, Tolerance.IDENTITY);
                    t.close("Var x", b.variance(), var, Tolerance.IDENTITY);
                }),
                once("sample mean and variance of 1e5 draws (phi = 0.3) are within 5 SE; the MLE is the sample mean", t -> {
                    Bernoulli b = new Bernoulli(0.3);
                    INDArray x = b.sample(SAMPLES, t.seed());
                    double mean = x.meanNumber().doubleValue();
                    SamplingBound.require(t, "mean", mean, 0.3, Math.sqrt(0.21 / SAMPLES));
                    INDArray sq = x.sub(mean);
                    sq.muli(sq);
                    SamplingBound.require(t, "variance", sq.meanNumber().doubleValue(), 0.21,
                            sq.stdNumber().doubleValue() / Math.sqrt(SAMPLES));
                    t.close("MLE = fraction of ones", Bernoulli.mle(x), x.sumNumber().doubleValue() / SAMPLES, Tolerance.IDENTITY);
                }),
                forAll("the variance phi (1 - phi) is largest at phi = 1/2", t -> {
                    double phi = t.draw("phi", Gen.doubles(0, 1));
                    t.require(new Bernoulli(phi).variance() <= new Bernoulli(0.5).variance(), "Var at " + phi + " exceeds Var at 1/2");
                    double best = 0;
                    double bestVar = -1;
                    for (int i = 0; i <= 1000; i++) {
                        double v = new Bernoulli(i / 1000.0).variance();
                        if (v > bestVar) {
                            bestVar = v;
                            best = i / 1000.0;
                        }
                    }
                    t.close("argmax on a grid", best, 0.5, new Tolerance(0, 0));
                }),
                forAll("the score x/phi - (1-x)/(1-phi) matches central differences of log P", t -> {
                    double phi = t.draw("phi", Gen.doubles(0.05, 0.95));
                    int x = t.draw("x", Gen.integers(0, 1));
                    INDArray at = Nd4j.createFromArray(phi);
                    ParameterLayout layout = ParameterLayout.of("phi", at);
                    t.gradient("d log P / d phi", CHECK, Differentiable.scalar(layout, s -> Bernoulli.logPmfStacked(s.reshape(s.size(0)), x),
                            v -> Nd4j.createFromArray(new Bernoulli(v.getDouble(0)).score(x))), at);
                }),
                forAll("multinoulli: p_k = 1 - 1^T p makes the probabilities sum to 1; 1^T p > 1 is rejected", t -> {
                    int k = t.draw("k", Gen.integers(2, 7));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.1));
                    double[] free = java.util.Arrays.copyOf(p.toDoubleVector(), k - 1);
                    Multinoulli m = Multinoulli.ofFree(free);
                    t.close("sum", m.probabilities().sumNumber().doubleValue(), 1, Tolerance.IDENTITY);
                    t.close("p_k", m.pmf(k - 1), p.getDouble(k - 1), Tolerance.IDENTITY);
                    double excess = t.draw("excess", Gen.doubles(1e-6, 0.5));
                    double[] tooMuch = free.clone();
                    tooMuch[0] += m.pmf(k - 1) + excess;
                    boolean rejected = false;
                    try {
                        Multinoulli.ofFree(tooMuch);
                    } catch (IllegalArgumentException e) {
                        rejected = true;
                    }
                    t.require(rejected, "1^T p = 1 + " + excess + " was accepted");
                })));
    }

    private static Claim gaussian() {
        return new Claim("A17", "prob-gaussian-density",
                "\\mathcal N(x;\\mu,\\Sigma)=\\frac{1}{\\sqrt{(2\\pi)^n|\\Sigma|}}e^{-\\frac12(x-\\mu)^T\\Sigma^{-1}(x-\\mu)},\\quad \\nabla_x\\log\\mathcal N=-\\Sigma^{-1}(x-\\mu)",
                "io.verideck.numeric.probability.MultivariateGaussian", Set.of("probability", "gradient"), List.of(
                forAll("the covariance form and the precision form agree", t -> {
                    double mu = t.draw("mu", Gen.doubles(-5, 5));
                    double var = t.draw("sigma^2", Gen.doubles(0.01, 10));
                    INDArray x = t.draw("x", TensorGen.dense(-10, 10, 7));
                    Gaussian g = new Gaussian(mu, var);
                    t.close("density", g.density(x), g.precisionDensity(x), new Tolerance(1e-15, 1e-12));
                    MultivariateGaussian one = new MultivariateGaussian(Nd4j.createFromArray(mu), Nd4j.createFromArray(new double[][] {{var}}));
                    t.close("n = 1 multivariate form", one.densityStacked(x.reshape(7, 1)), g.density(x), new Tolerance(1e-15, 1e-12));
                }),
                forAll("integrates to 1 in n = 1, 2, 3 (trapezoid grid); the source's (2 pi)^2 gives (2 pi)^((n-2)/2) instead", 2, t -> {
                    for (int n = 1; n <= 3; n++) {
                        INDArray mu = t.draw("mu (n=" + n + ")", TensorGen.dense(-2, 2, n));
                        INDArray sigma = t.draw("Sigma (n=" + n + ")", TensorGen.spd(n));
                        MultivariateGaussian g = new MultivariateGaussian(mu, sigma);
                        Grid grid = Grid.around(mu, sigma, new int[] {0, 400, 120, 40}[n]);
                        double right = g.densityStacked(grid.points()).sumNumber().doubleValue() * grid.cell();
                        double source = g.densityWithConstant(grid.points(), 2).sumNumber().doubleValue() * grid.cell();
                        t.close("integral, n = " + n, right, 1, new Tolerance(1e-8, 0));
                        t.close("integral with (2 pi)^2, n = " + n, source, Math.pow(2 * Math.PI, (n - 2) / 2.0), new Tolerance(1e-8, 1e-8));
                        t.require(n == 2 || Math.abs(source - 1) > 0.5, "the (2 pi)^2 constant should fail for n = " + n);
                    }
                }),
                forAll("a diagonal Sigma factorizes into univariate densities", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray mu = t.draw("mu", TensorGen.dense(-2, 2, n));
                    INDArray var = t.draw("diag Sigma", TensorGen.dense(0.1, 4, n));
                    INDArray x = t.draw("x", TensorGen.dense(-4, 4, n));
                    double product = 1;
                    for (int i = 0; i < n; i++) {
                        product *= new Gaussian(mu.getDouble(i), var.getDouble(i)).density(x.getDouble(i));
                    }
                    t.close("N(x; mu, diag)", new MultivariateGaussian(mu, Nd4j.diag(var)).density(x), product, new Tolerance(1e-15, 1e-12));
                }),
                forAll("scores -Sigma^{-1}(x - mu) (in x) and Sigma^{-1}(x - mu) (in mu) match central differences", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    INDArray mu = t.draw("mu", TensorGen.dense(-2, 2, n));
                    INDArray sigma = t.draw("Sigma", TensorGen.spd(n));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n).map(v -> v.addi(mu)));
                    MultivariateGaussian g = new MultivariateGaussian(mu, sigma);
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    t.gradient("grad_x log N", CHECK, Differentiable.scalar(layout, g::logDensityStacked, g::scoreX), x);
                    MultivariateGaussian centred = new MultivariateGaussian(Nd4j.zeros(DataType.DOUBLE, n), sigma);
                    t.gradient("grad_mu log N", CHECK, Differentiable.scalar(ParameterLayout.of("mu", mu),
                            s -> centred.logDensityStacked(s.neg().addiRowVector(x.reshape(1, n))),
                            v -> new MultivariateGaussian(v, sigma).scoreMu(x)), mu);
                }),
                once("samples mu + L z (L L^T = Sigma, n = 1e5) have sample covariance within 5 SE of Sigma; L equals ND4J's Cholesky",
                        t -> {
                    INDArray mu = Nd4j.createFromArray(1.0, -2.0, 0.5);
                    INDArray sigma = Nd4j.createFromArray(new double[][] {{2, 0.6, -0.4}, {0.6, 1, 0.3}, {-0.4, 0.3, 0.5}});
                    t.close("L", Cholesky.factor(sigma), Nd4j.linalg().cholesky(sigma), new Tolerance(1e-14, 1e-12));
                    INDArray s = new MultivariateGaussian(mu, sigma).sample(SAMPLES, t.seed());
                    INDArray centred = s.subRowVector(s.mean(0).reshape(1, 3));
                    for (int i = 0; i < 3; i++) {
                        SamplingBound.require(t, "mean " + i, s.getColumn(i).meanNumber().doubleValue(), mu.getDouble(i),
                                Math.sqrt(sigma.getDouble(i, i) / SAMPLES));
                        for (int j = 0; j <= i; j++) {
                            INDArray prod = centred.getColumn(i).mul(centred.getColumn(j));
                            SamplingBound.require(t, "Sigma(" + i + "," + j + ")", prod.meanNumber().doubleValue(), sigma.getDouble(i, j),
                                    prod.stdNumber().doubleValue() / Math.sqrt(SAMPLES));
                        }
                    }
                })));
    }

    /**
     * A regular grid over {@code mu +- 9 sqrt(Sigma_ii)} with {@code intervals} steps per axis, for the
     * trapezoid rule (whose weights are the cell volume inside the box; the density is negligible on the
     * boundary).
     */
    private record Grid(INDArray points, double cell) {
        static Grid around(INDArray mu, INDArray sigma, int intervals) {
            int n = (int) mu.length();
            int perAxis = intervals + 1;
            int total = (int) Math.pow(perAxis, n);
            double[] lo = new double[n];
            double[] h = new double[n];
            double cell = 1;
            for (int i = 0; i < n; i++) {
                double half = 9 * Math.sqrt(sigma.getDouble(i, i));
                lo[i] = mu.getDouble(i) - half;
                h[i] = 2 * half / intervals;
                cell *= h[i];
            }
            double[] flat = new double[total * n];
            for (int p = 0; p < total; p++) {
                int rest = p;
                for (int i = 0; i < n; i++) {
                    flat[p * n + i] = lo[i] + h[i] * (rest % perAxis);
                    rest /= perAxis;
                }
            }
            return new Grid(Nd4j.create(flat, new long[] {total, n}, 'c'), cell);
        }
    }

    private static Claim standardError() {
        return new Claim("A18", "prob-standard-error",
                "\\operatorname{SE}(\\bar x)=\\frac{\\sigma}{\\sqrt n}:\\ 100\\times\\text{ the samples give }10\\times\\text{ less error}",
                "io.verideck.numeric.probability.StandardError", Set.of("probability", "statistics"), List.of(
                once("2000 repetitions: std of the mean at n = 100 over n = 10,000 is 10 within 5 SE; each matches sigma/sqrt(n)", t -> {
                    int reps = 2000;
                    double small = StandardError.standardDeviation(StandardError.sampleMeans(reps, 100, t.seed()));
                    double large = StandardError.standardDeviation(StandardError.sampleMeans(reps, 10_000, t.seed() + 1));
                    // a standard deviation from m values has relative SE 1/sqrt(2(m - 1)); the ratio adds two such errors
                    double relSe = Math.sqrt(2.0 / (2 * (reps - 1)));
                    SamplingBound.require(t, "ratio", small / large, 10, 10 * relSe);
                    double sigma = Math.sqrt(1.0 / 12);
                    SamplingBound.require(t, "SE at n = 100", small, StandardError.ofMean(sigma, 100),
                            StandardError.ofMean(sigma, 100) / Math.sqrt(2.0 * (reps - 1)));
                    SamplingBound.require(t, "SE at n = 10000", large, StandardError.ofMean(sigma, 10_000),
                            StandardError.ofMean(sigma, 10_000) / Math.sqrt(2.0 * (reps - 1)));
                }),
                once("100x the samples give 10x less error within 5 %: 10,000 repetitions at n = 10 and n = 1000 (5 % = 5 SE there)", t -> {
                    int reps = 10_000;
                    double small = StandardError.standardDeviation(StandardError.sampleMeans(reps, 10, t.seed() + 2));
                    double large = StandardError.standardDeviation(StandardError.sampleMeans(reps, 1000, t.seed() + 3));
                    t.close("ratio", small / large, 10, new Tolerance(0, 0.05));
                }),
                once("log SE against log n has slope -1/2 (within 0.02)", t -> {
                    int[] sizes = {10, 30, 100, 300, 1000};
                    double[] lx = new double[sizes.length];
                    double[] ly = new double[sizes.length];
                    for (int i = 0; i < sizes.length; i++) {
                        lx[i] = Math.log(sizes[i]);
                        ly[i] = Math.log(StandardError.standardDeviation(StandardError.sampleMeans(4000, sizes[i], t.seed() + i)));
                    }
                    double mx = java.util.Arrays.stream(lx).average().orElseThrow();
                    double my = java.util.Arrays.stream(ly).average().orElseThrow();
                    double sxy = 0;
                    double sxx = 0;
                    for (int i = 0; i < sizes.length; i++) {
                        sxy += (lx[i] - mx) * (ly[i] - my);
                        sxx += (lx[i] - mx) * (lx[i] - mx);
                    }
                    t.close("slope", sxy / sxx, -0.5, new Tolerance(0.02, 0));
                })));
    }
}
