package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.optim.GradientDescent;
import io.verideck.numeric.optim.LearningRateSchedule;
import io.verideck.numeric.optim.LogSumExp;
import io.verideck.numeric.optim.MinibatchGradient;
import io.verideck.numeric.optim.NoisyQuadratic;
import io.verideck.numeric.optim.Quadratic;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** J1, J2, J3: the gradient-descent step, minibatch SGD, learning-rate schedules. */
final class GradientDescentClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private GradientDescentClaims() {
    }

    static List<Claim> claims() {
        return List.of(descentDirection(), minibatch(), schedule());
    }

    /** A smooth test function: a value on stacked rows and a gradient. */
    private record Smooth(String name, Function<INDArray, INDArray> stacked, Function<INDArray, INDArray> gradient) {
        double value(INDArray x) {
            return stacked.apply(x.reshape(1, x.length())).getDouble(0);
        }
    }

    private static Smooth smooth(Trial t, int n) {
        if (t.draw("f is log-sum-exp", Gen.oneOf(true, false))) {
            return new Smooth("log-sum-exp", LogSumExp::valueStacked, LogSumExp::gradient);
        }
        Quadratic q = new Quadratic(t.draw("A", TensorGen.spd(n)), t.draw("b", TensorGen.dense(-2, 2, n, 1)));
        return new Smooth("quadratic", q::valueStacked, q::gradient);
    }

    private static INDArray unit(Trial t, String name, int n) {
        INDArray d = t.draw(name, TensorGen.dense(-1, 1, n, 1).filter(v -> v.norm2Number().doubleValue() > 0.1));
        return d.divi(d.norm2Number());
    }

    private static Claim descentDirection() {
        return new Claim("J1", "gd-descent-direction",
                "f(x+\\varepsilon)\\approx f(x)+\\varepsilon f'(x),\\quad x'=x-\\epsilon\\nabla f(x)",
                "io.verideck.numeric.optim.GradientDescent, Quadratic, LogSumExp", Set.of("optimization", "gradient"), List.of(
                forAll("the gradient of log-sum-exp is softmax (central differences and Transforms.softmax)", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n, 1));
                    ParameterLayout layout = ParameterLayout.of("x", x.reshape(n));
                    t.gradient("grad lse", CHECK, Differentiable.scalar(layout, LogSumExp::valueStacked,
                            v -> LogSumExp.gradient(v).reshape(n)), x);
                    t.close("softmax oracle", LogSumExp.gradient(x), Transforms.softmax(x.reshape(1, n), true).reshape(n, 1),
                            new Tolerance(1e-15, 1e-12));
                }),
                forAll("the Taylor remainder is O(eps^2): log-log slope 2 +- 0.1", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    Smooth f = smooth(t, n);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    INDArray d = unit(t, "d", n);
                    if (f.name().equals("log-sum-exp") && LogSumExp.curvature(x, d) < 1e-2) {
                        throw new Discard("direction of almost zero curvature");
                    }
                    double directional = f.gradient().apply(x).reshape(n).mul(d.reshape(n)).sumNumber().doubleValue();
                    double[] eps = {1e-1, 10e-2 / Math.sqrt(10), 1e-2, 1e-2 / Math.sqrt(10), 1e-3};
                    double[] logEps = new double[eps.length];
                    double[] logRem = new double[eps.length];
                    double at = f.value(x);
                    for (int i = 0; i < eps.length; i++) {
                        double moved = f.value(x.add(d.mul(eps[i])));
                        logEps[i] = Math.log(eps[i]);
                        logRem[i] = Math.log(GradientDescent.taylorRemainder(at, moved, eps[i], directional));
                    }
                    double slope = SeededArrays.slope(logEps, logRem);
                    t.close("log-log slope of the remainder (" + f.name() + ")", slope, 2, new Tolerance(0.1, 0));
                }),
                forAll("a step of 1e-4 / |grad f| along -grad f strictly decreases f", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    Smooth f = smooth(t, n);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    INDArray g = f.gradient().apply(x);
                    double norm = g.norm2Number().doubleValue();
                    if (norm < 1e-3) {
                        throw new Discard("almost stationary point");
                    }
                    double before = f.value(x);
                    double after = f.value(GradientDescent.step(x, g, 1e-4 / norm));
                    t.record(after - before, -1e-4 * norm);
                    t.require(after < before, f.name() + ": f went from " + before + " to " + after);
                }),
                forAll("-grad f / |grad f| minimizes the directional derivative over 1000 random unit directions", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    Smooth f = smooth(t, n);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    INDArray g = f.gradient().apply(x);
                    double norm = g.norm2Number().doubleValue();
                    INDArray u = SeededArrays.normal(t.seed(), 1000, n);
                    u.diviColumnVector(u.norm2(1).reshape(1000, 1));
                    double smallest = u.mmul(g).minNumber().doubleValue();
                    t.require(smallest >= -norm * (1 + 1e-12), "a random direction beats steepest descent: " + smallest + " < -" + norm);
                    INDArray steepest = g.div(-norm);
                    double h = 1e-6;
                    double numeric = (f.value(x.add(steepest.mul(h))) - f.value(x.sub(steepest.mul(h)))) / (2 * h);
                    t.close("directional derivative along -grad f / |grad f| (central difference)", numeric, -norm,
                            new Tolerance(1e-8, 1e-6));
                }),
                forAll("GD on a convex quadratic converges for eps < 2/lambda_max and diverges for eps > 2/lambda_max", 2, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    Quadratic q = new Quadratic(t.draw("A", TensorGen.spd(n)), t.draw("b", TensorGen.dense(-2, 2, n, 1)));
                    double[] lambda = Eigen.symmetricGeneralizedEigenvalues(q.a().dup(), true).toDoubleVector();
                    double lmax = java.util.Arrays.stream(lambda).max().orElseThrow();
                    INDArray star = q.stationaryPoint();
                    INDArray x0 = star.add(t.draw("x0 - x*", TensorGen.dense(-1, 1, n, 1).filter(v -> v.norm2Number().doubleValue() > 0.1)));
                    double e0 = x0.sub(star).norm2Number().doubleValue();
                    int steps = 100;
                    double fast = 1.9 / lmax;
                    double rate = 0;
                    for (double l : lambda) {
                        rate = Math.max(rate, Math.abs(1 - fast * l));
                    }
                    double converged = q.gradientDescent(x0, fast, steps).sub(star).norm2Number().doubleValue();
                    t.require(converged <= Math.pow(rate, steps) * e0 * (1 + 1e-9) + 1e-12,
                            "eps = 1.9/lambda_max: error " + converged + " > rate^T e0 = " + Math.pow(rate, steps) * e0);
                    double diverged = q.gradientDescent(x0, 2.1 / lmax, steps).sub(star).norm2Number().doubleValue();
                    t.require(diverged > 10 * e0, "eps = 2.1/lambda_max: error " + diverged + " did not blow up from " + e0);
                })));
    }

    /** A regression problem with its per-example gradients at a random theta. */
    private record Data(INDArray x, INDArray y, INDArray theta, INDArray perExample, INDArray full) {
    }

    private static Data data(long seed, int n, int p) {
        INDArray x = SeededArrays.normal(seed, n, p);
        INDArray y = SeededArrays.normal(seed + 1, n, 1);
        INDArray theta = SeededArrays.normal(seed + 2, p, 1);
        return new Data(x, y, theta, MinibatchGradient.perExample(x, y, theta), MinibatchGradient.full(x, y, theta));
    }

    /** @return counts {@code [batches, n]} of minibatches of size m drawn with replacement */
    private static INDArray withReplacement(SplittableRandom random, int batches, int n, int m) {
        double[] counts = new double[batches * n];
        for (int b = 0; b < batches; b++) {
            for (int k = 0; k < m; k++) {
                counts[b * n + random.nextInt(n)] += 1;
            }
        }
        return Nd4j.create(counts, new long[] {batches, n}, 'c');
    }

    private static Claim minibatch() {
        return new Claim("J2", "sgd-minibatch",
                "g=\\frac1{m'}\\nabla_\\theta\\sum_{i\\in B}L_i,\\quad \\mathbb E_B[g]=\\nabla J,\\quad \\operatorname{Var}(g)\\propto\\frac1{m'}",
                "io.verideck.numeric.optim.MinibatchGradient", Set.of("optimization", "statistical"), List.of(
                forAll("the per-example gradients average to grad J (central differences of J)", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p, 12));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, p));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, n, 1));
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, p, 1));
                    t.close("mean of per-example gradients", MinibatchGradient.perExample(x, y, theta).mean(0),
                            MinibatchGradient.full(x, y, theta).reshape(p), Tolerance.IDENTITY);
                    ParameterLayout layout = ParameterLayout.of("theta", theta.reshape(p));
                    t.gradient("grad J", CHECK, Differentiable.scalar(layout, s -> {
                        INDArray r = s.mmul(x.transpose()).subiRowVector(y.reshape(1, n));
                        return r.muli(r).sum(1).muli(0.5 / n);
                    }, v -> MinibatchGradient.full(x, y, v.reshape(p, 1)).reshape(p)), theta);
                }),
                once("ST: the mean of 1e5 minibatch gradients (m' = 4, with replacement) is grad J within 5 SE", t -> {
                    int n = 20;
                    int p = 3;
                    int m = 4;
                    int batches = 100_000;
                    Data d = data(t.seed(), n, p);
                    INDArray g = MinibatchGradient.batches(d.perExample(), withReplacement(new SplittableRandom(t.seed()), batches, n, m), m);
                    INDArray mean = g.mean(0);
                    INDArray sd = d.perExample().std(false, 0).divi(Math.sqrt((double) m * batches));
                    for (int j = 0; j < p; j++) {
                        double err = Math.abs(mean.getDouble(j) - d.full().getDouble(j));
                        t.record(mean.getDouble(j), d.full().getDouble(j));
                        t.require(err <= 5 * sd.getDouble(j), "coordinate " + j + ": |mean - grad J| = " + err + " > 5 SE = " + 5 * sd.getDouble(j));
                    }
                }),
                once("the variance of the minibatch gradient scales as 1/m' (log-log slope -1 +- 0.05) and matches the closed form", t -> {
                    int n = 20;
                    Data d = data(t.seed(), n, 3);
                    int batches = 20_000;
                    int[] sizes = {1, 2, 4, 8, 16, 32};
                    double[] logM = new double[sizes.length];
                    double[] logVar = new double[sizes.length];
                    SplittableRandom random = new SplittableRandom(t.seed());
                    for (int i = 0; i < sizes.length; i++) {
                        INDArray g = MinibatchGradient.batches(d.perExample(), withReplacement(random, batches, n, sizes[i]), sizes[i]);
                        INDArray dev = g.subRowVector(d.full().reshape(1, 3));
                        double variance = dev.mul(dev).sum(1).meanNumber().doubleValue();
                        t.close("Var(g) at m' = " + sizes[i], variance, MinibatchGradient.varianceWithReplacement(d.perExample(), sizes[i]),
                                new Tolerance(0, 0.1));
                        logM[i] = Math.log(sizes[i]);
                        logVar[i] = Math.log(variance);
                    }
                    t.close("log-log slope", SeededArrays.slope(logM, logVar), -1, new Tolerance(0.05, 0));
                }),
                forAll("m' = n without replacement is exactly the full-batch gradient and the same GD step", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p, 12));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, p));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, n, 1));
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, p, 1));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.5));
                    INDArray g = MinibatchGradient.batches(MinibatchGradient.perExample(x, y, theta), Nd4j.ones(1, n), n);
                    INDArray full = MinibatchGradient.full(x, y, theta);
                    t.close("g with B = all examples", g, full, Tolerance.IDENTITY);
                    t.close("SGD step = GD step", GradientDescent.step(theta, g.reshape(p, 1), eps), GradientDescent.step(theta, full, eps),
                            Tolerance.IDENTITY);
                }),
                once("without shuffling, the first minibatch of data sorted by label is a biased gradient (witness)", t -> {
                    int n = 400;
                    int m = 100;
                    // labels 0 for the first half and 4 for the second (the sorted order); inputs 1 + 0.1 noise; theta = 0
                    double[] labels = new double[n];
                    for (int i = n / 2; i < n; i++) {
                        labels[i] = 4;
                    }
                    INDArray y = Nd4j.createFromArray(labels).reshape(n, 1);
                    INDArray x = SeededArrays.normal(t.seed(), n, 2).muli(0.1).addi(1);
                    INDArray theta = Nd4j.zeros(2, 1);
                    INDArray perExample = MinibatchGradient.perExample(x, y, theta);
                    INDArray full = MinibatchGradient.full(x, y, theta);
                    INDArray sorted = Nd4j.zeros(1, n);
                    for (int i = 0; i < m; i++) {
                        sorted.putScalar(0, i, 1);
                    }
                    double sortedError = MinibatchGradient.batches(perExample, sorted, m).subi(full.reshape(1, 2)).norm2Number().doubleValue();
                    int shuffles = 4000;
                    SplittableRandom random = new SplittableRandom(t.seed());
                    double[] counts = new double[shuffles * n];
                    int[] perm = new int[n];
                    for (int s = 0; s < shuffles; s++) {
                        for (int i = 0; i < n; i++) {
                            int j = random.nextInt(i + 1);
                            perm[i] = perm[j];
                            perm[j] = i;
                        }
                        for (int i = 0; i < m; i++) {
                            counts[s * n + perm[i]] = 1;
                        }
                    }
                    INDArray shuffled = MinibatchGradient.batches(perExample, Nd4j.create(counts, new long[] {shuffles, n}, 'c'), m);
                    INDArray dev = shuffled.subRowVector(full.reshape(1, 2));
                    INDArray mean = dev.mean(0);
                    double spread = Math.sqrt(dev.mul(dev).sum(1).meanNumber().doubleValue());
                    t.require(mean.norm2Number().doubleValue() <= 5 * spread / Math.sqrt(shuffles),
                            "shuffled first batches are biased: |mean - grad J| = " + mean.norm2Number());
                    t.record(sortedError, 0);
                    t.require(sortedError > 5 * spread, "sorted first batch: |g - grad J| = " + sortedError
                            + " is not beyond 5 x the shuffled spread " + spread);
                })));
    }

    private static Claim schedule() {
        return new Claim("J3", "lr-schedule",
                "\\sum_k\\varepsilon_k=\\infty,\\ \\sum_k\\varepsilon_k^2<\\infty,\\quad \\varepsilon_k=(1-\\tfrac k\\tau)\\varepsilon_0+\\tfrac k\\tau\\varepsilon_\\tau",
                "io.verideck.numeric.optim.LearningRateSchedule, NoisyQuadratic", Set.of("optimization", "statistical"), List.of(
                forAll("linear decay: eps_0 at k = 0, eps_tau from k = tau on, non-increasing in between", t -> {
                    int tau = t.draw("tau", Gen.integers(1, 200));
                    double eps0 = t.draw("eps_0", Gen.doubles(1e-3, 1));
                    double epsTau = eps0 * t.draw("eps_tau / eps_0", Gen.doubles(0, 1));
                    t.close("eps at k = 0", LearningRateSchedule.linear(0, tau, eps0, epsTau), eps0, Tolerance.IDENTITY);
                    t.close("eps at k = tau", LearningRateSchedule.linear(tau, tau, eps0, epsTau), epsTau, Tolerance.IDENTITY);
                    t.close("eps at k = 3 tau", LearningRateSchedule.linear(3.0 * tau, tau, eps0, epsTau), epsTau, Tolerance.IDENTITY);
                    double previous = Double.POSITIVE_INFINITY;
                    for (int k = 0; k <= 2 * tau; k++) {
                        double e = LearningRateSchedule.linear(k, tau, eps0, epsTau);
                        t.require(e <= previous + 1e-15, "eps rose at k = " + k);
                        previous = e;
                    }
                    t.close("midpoint is the average", LearningRateSchedule.interpolate(tau / 2.0, tau, eps0, epsTau),
                            (eps0 + epsTau) / 2, Tolerance.IDENTITY);
                    t.require(LearningRateSchedule.harmonic(tau + 1, eps0) < LearningRateSchedule.harmonic(tau, eps0), "eps_0/k did not decrease");
                }),
                once("partial sums of 1/k diverge (H_N - ln N -> Euler's gamma) while those of 1/k^2 stay below pi^2/6", t -> {
                    double gamma = 0.5772156649015329;
                    double pi26 = Math.PI * Math.PI / 6;
                    double previous = 0;
                    for (long n = 10; n <= 1_000_000; n *= 10) {
                        double h = LearningRateSchedule.partialSum(n, 1);
                        double s2 = LearningRateSchedule.partialSum(n, 2);
                        t.close("H_" + n + " - ln " + n, h - Math.log(n), gamma, new Tolerance(1.0 / n, 0));
                        t.require(h > previous + 2.2, "H_N does not grow by ln 10 per decade at N = " + n);
                        t.require(s2 < pi26, "sum 1/k^2 reached pi^2/6 at N = " + n);
                        t.close("pi^2/6 - sum_{k<=N} 1/k^2 ~ 1/N", pi26 - s2, 1.0 / n, new Tolerance(0, 0.1));
                        previous = h;
                    }
                }),
                once("ST on a noisy quadratic: constant eps plateaus at eps sigma^2/(2 - eps), eps_0/k keeps decreasing", t -> {
                    int steps = 600;
                    int chains = 1000;
                    double[][] noise = SeededArrays.normal(t.seed(), steps, chains).toDoubleMatrix();
                    double sigma = 1;
                    for (double eps : new double[] {0.1, 0.05}) {
                        double[][] sq = NoisyQuadratic.squaredErrors(1, noise, sigma, k -> eps);
                        double[] end = SeededArrays.meanAndError(sq[steps - 1]);
                        double[] half = SeededArrays.meanAndError(sq[steps / 2 - 1]);
                        double floor = NoisyQuadratic.noiseFloor(eps, sigma);
                        t.record(end[0], floor);
                        t.require(Math.abs(end[0] - floor) <= 5 * end[1], "eps = " + eps + ": E theta^2 = " + end[0]
                                + " is not the floor " + floor + " within 5 SE " + 5 * end[1]);
                        t.require(Math.abs(half[0] - floor) <= 5 * half[1], "eps = " + eps + ": no plateau by step " + steps / 2);
                    }
                    double[][] sq = NoisyQuadratic.squaredErrors(1, noise, sigma, k -> LearningRateSchedule.harmonic(k, 1));
                    double[] end = SeededArrays.meanAndError(sq[steps - 1]);
                    double[] half = SeededArrays.meanAndError(sq[steps / 2 - 1]);
                    // eps_k = 1/k makes theta_k minus the mean of k noise draws: E theta^2 = sigma^2 / k
                    t.close("1/k schedule: E theta_N^2 = sigma^2/N", end[0], sigma * sigma / steps, new Tolerance(5 * end[1], 0));
                    t.require(end[0] < half[0] - 3 * Math.hypot(end[1], half[1]), "1/k schedule stopped decreasing");
                    t.require(end[0] < NoisyQuadratic.noiseFloor(0.05, sigma) / 10, "1/k schedule is not below the constant-eps floor");
                })));
    }
}
