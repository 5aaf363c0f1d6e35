package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.probability.Bernoulli;
import io.verideck.numeric.probability.BinaryChainRule;
import io.verideck.numeric.probability.Density;
import io.verideck.numeric.probability.DiseaseTest;
import io.verideck.numeric.probability.Exponential;
import io.verideck.numeric.probability.Gaussian;
import io.verideck.numeric.probability.JointTable;
import io.verideck.numeric.probability.Laplace;
import io.verideck.numeric.probability.Moments;
import io.verideck.numeric.probability.Multinoulli;
import io.verideck.numeric.probability.Quadrature;
import io.verideck.numeric.probability.SeededSamples;
import io.verideck.numeric.probability.Uniform;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** A11 to A15: normalization, Bayes' rule, the chain rule, moments, zero covariance without independence. */
final class ProbabilityClaims {
    private static final Tolerance TABLE = new Tolerance(1e-12, 1e-12);
    private static final int SAMPLES = 100_000;

    private ProbabilityClaims() {
    }

    static List<Claim> claims() {
        return List.of(normalization(), bayes(), chainRule(), moments(), zeroCovariance());
    }

    private static Claim normalization() {
        return new Claim("A11", "prob-normalization",
                "0\\le P(x)\\le1,\\ \\sum_xP(x)=1;\\quad p(x)\\ge0,\\ \\int p(x)\\,dx=1\\ (p(x)>1\\text{ allowed})",
                "io.verideck.numeric.probability.Quadrature", Set.of("probability"), List.of(
                forAll("Bernoulli and multinoulli sum to 1 with every P in [0, 1]; Gaussian, Laplace, exponential, uniform integrate to 1 (1e-8)",
                        8, t -> {
                    Bernoulli b = new Bernoulli(t.draw("phi", Gen.doubles(0, 1)));
                    t.close("Bernoulli sum", b.pmf(0) + b.pmf(1), 1, Tolerance.IDENTITY);
                    t.require(b.pmf(0) >= 0 && b.pmf(0) <= 1 && b.pmf(1) >= 0 && b.pmf(1) <= 1, "a Bernoulli P outside [0, 1]");
                    int k = t.draw("k", Gen.integers(2, 7));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.05));
                    Multinoulli m = Multinoulli.ofFree(java.util.Arrays.copyOf(p.toDoubleVector(), k - 1));
                    t.close("multinoulli sum", m.probabilities().sumNumber().doubleValue(), 1, Tolerance.IDENTITY);
                    t.require(m.probabilities().minNumber().doubleValue() >= 0 && m.probabilities().maxNumber().doubleValue() <= 1,
                            "a multinoulli P outside [0, 1]");
                    double mu = t.draw("mu", Gen.doubles(-5, 5));
                    double scale = t.draw("scale", Gen.doubles(0.05, 5));
                    Density[] densities = {new Gaussian(mu, scale * scale), new Laplace(mu, scale), new Exponential(1 / scale),
                        new Uniform(mu, mu + scale)};
                    for (Density d : densities) {
                        t.close(d + " integral", Quadrature.integrate(d, 2000), 1, new Tolerance(1e-8, 0));
                        INDArray values = d.density(Nd4j.linspace(mu - 10 * scale, mu + 10 * scale, 101, DataType.DOUBLE));
                        t.require(values.minNumber().doubleValue() >= 0, d + " is negative somewhere");
                    }
                }),
                once("N(0, 0.1^2) has density 3.99 > 1 at 0 and still integrates to 1", t -> {
                    Gaussian g = new Gaussian(0, 0.01);
                    t.close("p(0)", g.density(0), 1 / Math.sqrt(2 * Math.PI * 0.01), Tolerance.IDENTITY);
                    t.require(g.density(0) > 1, "p(0) = " + g.density(0) + " <= 1");
                    t.close("integral", Quadrature.integrate(g, 2000), 1, new Tolerance(1e-8, 0));
                })));
    }

    private static Claim bayes() {
        return new Claim("A12", "prob-bayes",
                "p(x)=\\sum_yp(x,y),\\ P(y\\mid x)=\\frac{P(x,y)}{P(x)}=\\frac{P(x\\mid y)P(y)}{P(x)};\\ P(S\\mid+)=\\frac{0.99\\cdot10^{-4}}{0.010098}\\approx0.0098",
                "io.verideck.numeric.probability.JointTable", Set.of("probability"), List.of(
                forAll("random joint tables: sum rule, product rule and Bayes' rule agree to 1e-12", t -> {
                    int nx = t.draw("nx", Gen.integers(1, 5));
                    int ny = t.draw("ny", Gen.integers(1, 5));
                    INDArray joint = t.draw("P(x, y)", TensorGen.probabilityVector(nx * ny, 0.1)).reshape('c', nx, ny);
                    INDArray px = JointTable.marginalX(joint);
                    INDArray py = JointTable.marginalY(joint);
                    t.close("sum P(x)", px.sumNumber().doubleValue(), 1, TABLE);
                    for (int i = 0; i < nx; i++) {
                        double row = 0;
                        for (int j = 0; j < ny; j++) {
                            row += joint.getDouble(i, j);
                        }
                        t.close("P(x = " + i + ") = sum_y P(x, y)", px.getDouble(i), row, TABLE);
                    }
                    INDArray yx = JointTable.yGivenX(joint);
                    t.close("rows of P(y|x) sum to 1", yx.sum(1), Nd4j.ones(nx), TABLE);
                    t.close("P(y|x) P(x) = P(x, y)", yx.mulColumnVector(px.reshape(nx, 1)), joint, TABLE);
                    INDArray xy = JointTable.xGivenY(joint);
                    t.close("P(x|y) P(y) = P(x, y)", xy.mulRowVector(py.reshape(1, ny)), joint, TABLE);
                    t.close("Bayes: P(x|y) P(y) / P(x) = P(y|x)", JointTable.bayes(xy, py), yx, TABLE);
                }),
                once("disease test: P(+) = 0.010098 and P(S|+) = 0.00980392... (slides: 0.0101 and 0.01)", t -> {
                    DiseaseTest d = new DiseaseTest(1e-4, 0.99, 0.01);
                    t.close("P(+)", d.positiveRate(), 0.010098, new Tolerance(1e-15, 0));
                    t.close("P(S|+)", d.posterior(), 0.000099 / 0.010098, new Tolerance(1e-15, 0));
                    t.close("P(S|+) to 8 places", d.posterior(), 0.00980392, new Tolerance(5e-9, 0));
                    t.close("slide rounding of P(+)", Math.round(d.positiveRate() * 1e4) / 1e4, 0.0101, new Tolerance(1e-15, 0));
                    t.close("slide rounding of P(S|+)", Math.round(d.posterior() * 1e2) / 1e2, 0.01, new Tolerance(1e-15, 0));
                }),
                once("simulating 10^7 people reproduces P(+) and P(S|+) within 5 standard errors", t -> {
                    DiseaseTest d = new DiseaseTest(1e-4, 0.99, 0.01);
                    DiseaseTest.Counts c = d.simulate(10_000_000L, t.seed());
                    double p = d.positiveRate();
                    SamplingBound.require(t, "P(+)", c.positives() / (double) c.people(), p, Math.sqrt(p * (1 - p) / c.people()));
                    double q = d.posterior();
                    SamplingBound.require(t, "P(S|+)", c.posterior(), q, Math.sqrt(q * (1 - q) / c.positives()));
                })));
    }

    private static Claim chainRule() {
        return new Claim("A13", "prob-chain-rule",
                "P(x_1,\\dots,x_n)=P(x_1)\\prod_{i\\ge2}P(x_i\\mid x_{<i});\\ \\text{full table }2^n-1,\\ \\text{Markov chain }2n-1,\\ \\sigma(ax_1+bx_2+cx_3):\\ 3",
                "io.verideck.numeric.probability.BinaryChainRule", Set.of("probability", "generative"), List.of(
                forAll("the product of the conditionals computed from a random joint reproduces the joint", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray joint = t.draw("P(x)", TensorGen.probabilityVector(1 << n, 0.1));
                    INDArray[] conditionals = BinaryChainRule.conditionals(joint);
                    t.close("prod of conditionals", BinaryChainRule.product(conditionals), joint, TABLE);
                    long entries = 0;
                    for (INDArray c : conditionals) {
                        entries += c.length();
                    }
                    t.require(entries == (1L << n) - 1, "the chain-rule tables hold " + entries + " numbers, not 2^n - 1");
                    t.close("chainRuleTableEntries", BinaryChainRule.chainRuleTableEntries(n), entries, new Tolerance(0, 0));
                }),
                forAll("parameter counts: 2^n - 1 (7 at n = 3), 2n - 1 for the chain, one weight per parent", t -> {
                    int n = t.draw("n", Gen.integers(1, 30));
                    long states = 1L << n;
                    t.close("full table", BinaryChainRule.fullTableParameters(n), states - 1, new Tolerance(0, 0));
                    t.close("Markov chain", BinaryChainRule.markovChainParameters(n), 2L * n - 1, new Tolerance(0, 0));
                    t.close("full table at n = 3", BinaryChainRule.fullTableParameters(3), 7, new Tolerance(0, 0));
                    t.close("logistic conditional with 3 parents", BinaryChainRule.logisticConditionalParameters(3), 3, new Tolerance(0, 0));
                    // the chain needs P(x_1 = 1) and, per later variable, P(x_i = 1 | x_{i-1} = 0 or 1)
                    long counted = 1;
                    for (int i = 2; i <= n; i++) {
                        counted += 2;
                    }
                    t.close("Markov chain counted", BinaryChainRule.markovChainParameters(n), counted, new Tolerance(0, 0));
                }),
                forAll("a Markov chain built from conditionals sums to 1 over all 2^n states and is Markov", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    double first = t.draw("P(x1=1)", Gen.doubles(0.05, 0.95));
                    double afterZero = t.draw("P(1|0)", Gen.doubles(0.05, 0.95));
                    double afterOne = t.draw("P(1|1)", Gen.doubles(0.05, 0.95));
                    INDArray joint = BinaryChainRule.markovChain(n, first, afterZero, afterOne);
                    t.close("sum over 2^n states", joint.sumNumber().doubleValue(), 1, TABLE);
                    INDArray[] back = BinaryChainRule.conditionals(joint);
                    for (int i = 1; i < n; i++) {
                        for (int prefix = 0; prefix < back[i].length(); prefix++) {
                            t.close("P(x_" + (i + 1) + " = 1 | prefix " + prefix + ")", back[i].getDouble(prefix),
                                    (prefix & 1) == 1 ? afterOne : afterZero, TABLE);
                        }
                    }
                })));
    }

    private static Claim moments() {
        return new Claim("A14", "prob-moments",
                "\\mathbb Ef=\\sum_xP(x)f(x),\\ \\operatorname{Var}f=\\mathbb E[(f-\\mathbb Ef)^2]=\\mathbb Ef^2-(\\mathbb Ef)^2,\\ \\operatorname{Cov}(f,g)=\\mathbb E[(f-\\mathbb Ef)(g-\\mathbb Eg)]",
                "io.verideck.numeric.probability.Moments", Set.of("probability"), List.of(
                forAll("exact discrete moments: both variance forms agree, Cov(f, f) = Var f, independence gives Cov = 0", t -> {
                    int k = t.draw("k", Gen.integers(1, 7));
                    INDArray values = t.draw("f(x)", TensorGen.dense(-5, 5, k));
                    INDArray p = t.draw("P(x)", TensorGen.probabilityVector(k, 0.1));
                    double var = Moments.variance(values, p);
                    t.close("E[(f - Ef)^2] = Ef^2 - (Ef)^2", var, Moments.varianceFromMoments(values, p), new Tolerance(1e-12, 1e-10));
                    t.close("Cov(f, f) = Var f", Moments.covariance(Nd4j.diag(p), values, values), var, new Tolerance(1e-12, 1e-10));
                    int j = t.draw("j", Gen.integers(1, 7));
                    INDArray g = t.draw("g(y)", TensorGen.dense(-5, 5, j));
                    INDArray q = t.draw("P(y)", TensorGen.probabilityVector(j, 0.1));
                    INDArray independent = p.reshape(k, 1).mmul(q.reshape(1, j));
                    t.close("Cov under independence", Moments.covariance(independent, values, g), 0, new Tolerance(1e-12, 0));
                }),
                once("closed forms: a fair die has E = 3.5, Var = 35/12, std = sqrt(35/12); Bernoulli(0.3) has Var 0.21", t -> {
                    INDArray faces = Nd4j.createFromArray(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
                    INDArray uniform = Nd4j.valueArrayOf(new long[] {6}, 1.0 / 6, DataType.DOUBLE);
                    t.close("E", Moments.expectation(faces, uniform), 3.5, Tolerance.IDENTITY);
                    t.close("Var", Moments.variance(faces, uniform), 35.0 / 12, Tolerance.IDENTITY);
                    t.close("std", Math.sqrt(Moments.variance(faces, uniform)), Math.sqrt(35.0 / 12), Tolerance.IDENTITY);
                    t.close("Bernoulli Var", Moments.variance(Nd4j.createFromArray(0.0, 1.0), Nd4j.createFromArray(0.7, 0.3)), 0.21,
                            Tolerance.IDENTITY);
                }),
                once("independently sampled pairs (n = 1e5) have sample covariance within 5 SE of 0", t -> {
                    INDArray x = SeededSamples.uniform(t.seed(), -1, 1, SAMPLES);
                    INDArray y = SeededSamples.normal(t.seed() + 1, 2, 3, SAMPLES);
                    SamplingBound.require(t, "Cov(x, y)", Moments.sampleCovariance(x, y), 0, Moments.sampleCovarianceStandardError(x, y));
                }),
                forAll("Var(aX + b) = a^2 Var X", t -> {
                    int k = t.draw("k", Gen.integers(1, 7));
                    INDArray values = t.draw("x", TensorGen.dense(-5, 5, k));
                    INDArray p = t.draw("P(x)", TensorGen.probabilityVector(k, 0.1));
                    double a = t.draw("a", Gen.doubles(-4, 4));
                    double b = t.draw("b", Gen.doubles(-10, 10));
                    t.close("Var(aX + b)", Moments.variance(values.mul(a).addi(b), p), a * a * Moments.variance(values, p),
                            new Tolerance(1e-11, 1e-10));
                })));
    }

    private static Claim zeroCovariance() {
        return new Claim("A15", "prob-zero-cov-dependence",
                "x\\sim U[-1,1],\\ s=\\pm1,\\ y=sx:\\quad \\operatorname{Cov}(x,y)=0,\\ \\text{yet }\\operatorname{Cov}(x^2,y^2)=\\operatorname{Var}(x^2)=\\tfrac4{45}",
                "io.verideck.numeric.probability.Moments", Set.of("probability"), List.of(
                once("sample Cov(x, y) is within 5 SE of 0 (n = 1e5)", t -> {
                    INDArray[] xy = signFlip(t.seed());
                    SamplingBound.require(t, "Cov(x, y)", Moments.sampleCovariance(xy[0], xy[1]), 0,
                            Moments.sampleCovarianceStandardError(xy[0], xy[1]));
                }),
                once("dependence: Cov(x^2, y^2) = Var(x^2) = 4/45 (5 SE); P(|y| > 0.5 | |x| > 0.5) = 1 but P(|y| > 0.5) = 0.5", t -> {
                    INDArray[] xy = signFlip(t.seed());
                    INDArray x2 = xy[0].mul(xy[0]);
                    INDArray y2 = xy[1].mul(xy[1]);
                    SamplingBound.require(t, "Cov(x^2, y^2)", Moments.sampleCovariance(x2, y2), 4.0 / 45,
                            Moments.sampleCovarianceStandardError(x2, y2));
                    INDArray bigX = Transforms.abs(xy[0], true).gt(0.5).castTo(DataType.DOUBLE);
                    INDArray bigY = Transforms.abs(xy[1], true).gt(0.5).castTo(DataType.DOUBLE);
                    double joint = bigX.mul(bigY).sumNumber().doubleValue();
                    t.close("P(|y| > 0.5 | |x| > 0.5)", joint / bigX.sumNumber().doubleValue(), 1, new Tolerance(0, 0));
                    SamplingBound.require(t, "P(|y| > 0.5)", bigY.meanNumber().doubleValue(), 0.5, Math.sqrt(0.25 / SAMPLES));
                })));
    }

    /** {@code x ~ U[-1, 1]}, {@code s = +-1} with probability 1/2, {@code y = s x}. */
    private static INDArray[] signFlip(long seed) {
        INDArray x = SeededSamples.uniform(seed, -1, 1, SAMPLES);
        INDArray s = SeededSamples.uniform(seed + 1, 0, 1, SAMPLES).gt(0.5).castTo(DataType.DOUBLE).muli(2).subi(1);
        return new INDArray[] {x, x.mul(s)};
    }
}
