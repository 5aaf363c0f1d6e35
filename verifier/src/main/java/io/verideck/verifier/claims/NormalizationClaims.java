package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.normalization.BatchNorm;
import io.verideck.numeric.normalization.LinearChain;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/** J12, J13: batch normalization and the deep linear chain that motivates it. */
final class NormalizationClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final GradientChecker ELEMENTWISE = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private NormalizationClaims() {
    }

    static List<Claim> claims() {
        return List.of(batchNorm(), linearChain());
    }

    /** A minibatch {@code [m, d]} with per-column scales and offsets, so column variances differ. */
    private static INDArray batch(Trial t, int m, int d) {
        INDArray h = t.draw("H", TensorGen.dense(-1, 1, m, d).filter(a -> a.var(false, 0).minNumber().doubleValue() > 1e-2));
        INDArray scale = t.draw("column scales", TensorGen.dense(0.2, 5, 1, d));
        INDArray shift = t.draw("column shifts", TensorGen.dense(-3, 3, 1, d));
        return h.muliRowVector(scale).addiRowVector(shift);
    }

    /** ND4J's {@code batchnorm} op: {@code gamma (x - mean) / sqrt(var + eps) + beta} along {@code axis}. */
    private static INDArray nd4jBatchNorm(INDArray x, INDArray mean, INDArray var, INDArray gamma, INDArray beta, double eps, int axis) {
        INDArray out = Nd4j.zeros(x.shape());
        DynamicCustomOp op = DynamicCustomOp.builder("batchnorm")
                .addInputs(x, mean.reshape(mean.length()), var.reshape(var.length()), gamma.reshape(gamma.length()), beta.reshape(beta.length()))
                .addOutputs(out).addFloatingPointArguments(eps).addIntegerArguments(1, 1, axis).build();
        Nd4j.exec(op);
        return out;
    }

    private static Claim batchNorm() {
        return new Claim("J12", "batchnorm",
                "\\mu=\\tfrac1m\\sum_iH_{i,:},\\ \\sigma=\\sqrt{\\delta+\\tfrac1m\\sum_i(H_{i,:}-\\mu)^2},\\ Y=\\gamma\\odot\\tfrac{H-\\mu}{\\sigma}+\\beta",
                "io.verideck.numeric.normalization.BatchNorm", Set.of("optimization", "normalization", "gradient"), List.of(
                forAll("per-column mean 0 and variance exactly v/(v + delta); ND4J's batchnorm op agrees", 10, t -> {
                    int m = t.draw("m", Gen.integers(2, 8));
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray h = batch(t, m, d);
                    double delta = Math.exp(t.draw("ln delta", Gen.doubles(Math.log(1e-5), 0)));
                    BatchNorm.Forward f = BatchNorm.forward(h, Nd4j.ones(1, d), Nd4j.zeros(1, d), delta);
                    t.close("column means", f.output().mean(0), Nd4j.zeros(d), new Tolerance(1e-12, 0));
                    INDArray v = h.var(false, 0);
                    t.close("column variances", f.output().var(false, 0), v.div(v.add(delta)), new Tolerance(1e-12, 1e-10));
                    INDArray gamma = t.draw("gamma", TensorGen.dense(-2, 2, 1, d));
                    INDArray beta = t.draw("beta", TensorGen.dense(-2, 2, 1, d));
                    BatchNorm.Forward g = BatchNorm.forward(h, gamma, beta, delta);
                    t.close("ND4J batchnorm", g.output(), nd4jBatchNorm(h, g.mean(), g.variance(), gamma, beta, delta, 1), new Tolerance(1e-12, 1e-10));
                }),
                forAll("the backward pass (through mu and sigma) and the gamma, beta gradients match central differences", 8, t -> {
                    int m = t.draw("m", Gen.integers(2, 6));
                    int d = t.draw("d", Gen.integers(1, 4));
                    INDArray h = batch(t, m, d);
                    INDArray gamma = t.draw("gamma", TensorGen.dense(-2, 2, 1, d));
                    INDArray beta = t.draw("beta", TensorGen.dense(-2, 2, 1, d));
                    INDArray r = t.draw("R (L = sum R .* Y)", TensorGen.dense(-1, 1, m, d));
                    double delta = t.draw("delta", Gen.doubles(1e-3, 0.5));
                    INDArray rFlat = r.reshape(1, (long) m * d);
                    ParameterLayout layout = ParameterLayout.of("H", h);
                    t.gradient("grad H", CHECK, Differentiable.scalar(layout,
                            s -> BatchNorm.forwardStacked(s, m, gamma, beta, delta).muliRowVector(rFlat).sum(1),
                            v -> BatchNorm.backward(r, BatchNorm.forward(v.reshape(m, d), gamma, beta, delta), gamma).reshape((long) m * d)),
                            h.reshape((long) m * d));
                    ParameterLayout gb = ParameterLayout.of("gamma", gamma, "beta", beta);
                    t.gradient("grad gamma, beta", ELEMENTWISE, Differentiable.scalar(gb, s -> {
                        INDArray out = Nd4j.zeros(s.rows());
                        for (int i = 0; i < s.rows(); i++) {
                            List<INDArray> p = gb.unpack(s.getRow(i).reshape(1, 2L * d));
                            out.putScalar(i, BatchNorm.forward(h, p.get(0).reshape(1, d), p.get(1).reshape(1, d), delta).output().mul(r).sumNumber().doubleValue());
                        }
                        return out;
                    }, v -> {
                        BatchNorm.Forward f = BatchNorm.forward(h, v.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, d)).reshape(1, d), beta, delta);
                        return gb.pack(BatchNorm.gammaGradient(r, f), BatchNorm.betaGradient(r));
                    }), gb.pack(gamma, beta));
                }),
                forAll("invariance: BN(aH + b) = BN(H) for a > 0 per column (delta = 0), so sum_i grad H_ij = 0 and sum_i H'_ij grad H_ij = 0", 10, t -> {
                    int m = t.draw("m", Gen.integers(2, 8));
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray h = batch(t, m, d);
                    INDArray a = t.draw("a", TensorGen.dense(0.1, 10, 1, d));
                    INDArray b = t.draw("b", TensorGen.dense(-5, 5, 1, d));
                    INDArray gamma = t.draw("gamma", TensorGen.dense(-2, 2, 1, d));
                    INDArray beta = t.draw("beta", TensorGen.dense(-2, 2, 1, d));
                    BatchNorm.Forward f = BatchNorm.forward(h, gamma, beta, 0);
                    t.close("BN(aH + b)", BatchNorm.forward(h.mulRowVector(a).addiRowVector(b), gamma, beta, 0).output(), f.output(),
                            new Tolerance(1e-10, 1e-9));
                    INDArray r = t.draw("grad Y", TensorGen.dense(-1, 1, m, d));
                    // with delta = 0 the mean of H'^2 is exactly 1, which the second identity needs
                    BatchNorm.Forward fd = BatchNorm.forward(h, gamma, beta, 0);
                    INDArray grad = BatchNorm.backward(r, fd, gamma);
                    double scale = Math.max(1, r.norm2Number().doubleValue() * gamma.norm2Number().doubleValue());
                    t.close("column sums of grad H", grad.sum(0).divi(scale), Nd4j.zeros(d), new Tolerance(1e-12, 0));
                    t.close("column sums of H' .* grad H", grad.mul(fd.normalized()).sum(0).divi(scale), Nd4j.zeros(d), new Tolerance(1e-12, 0));
                }),
                forAll("gamma = sigma and beta = mu give back H (the layer keeps its expressive power)", 10, t -> {
                    int m = t.draw("m", Gen.integers(2, 8));
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray h = batch(t, m, d);
                    double delta = t.draw("delta", Gen.doubles(0, 0.1));
                    BatchNorm.Forward f = BatchNorm.forward(h, Nd4j.ones(1, d), Nd4j.zeros(1, d), delta);
                    t.close("Y", BatchNorm.forward(h, f.std(), f.mean(), delta).output(), h, new Tolerance(1e-12, 1e-12));
                }),
                forAll("eval mode: running statistics give a deterministic per-example output, unlike training mode; ND4J agrees", 6, t -> {
                    int m = t.draw("m", Gen.integers(3, 8));
                    int d = t.draw("d", Gen.integers(1, 4));
                    INDArray gamma = t.draw("gamma", TensorGen.dense(0.5, 2, 1, d));
                    INDArray beta = t.draw("beta", TensorGen.dense(-1, 1, 1, d));
                    double momentum = t.draw("momentum", Gen.doubles(0.5, 0.99));
                    INDArray runMean = Nd4j.zeros(1, d);
                    INDArray runVar = Nd4j.ones(1, d);
                    for (int k = 0; k < 5; k++) {
                        INDArray h = t.draw("training batch " + k, TensorGen.dense(-2, 2, m, d));
                        BatchNorm.Forward f = BatchNorm.forward(h, gamma, beta, 1e-5);
                        runMean = BatchNorm.updateRunning(runMean, f.mean(), momentum);
                        runVar = BatchNorm.updateRunning(runVar, f.variance(), momentum);
                    }
                    INDArray test = t.draw("test batch", TensorGen.dense(-2, 2, m, d));
                    INDArray all = BatchNorm.evaluate(test, runMean, runVar, gamma, beta, 1e-5);
                    for (int i = 0; i < m; i++) {
                        t.close("example " + i + " alone vs in the batch", BatchNorm.evaluate(test.getRow(i).reshape(1, d), runMean, runVar, gamma, beta, 1e-5),
                                all.getRow(i), new Tolerance(0, 0));
                    }
                    t.close("ND4J batchnorm with the running statistics", all, nd4jBatchNorm(test, runMean, runVar, gamma, beta, 1e-5, 1),
                            new Tolerance(1e-12, 1e-10));
                    INDArray other = test.dup();
                    other.getRow(m - 1).addi(5);
                    INDArray trainA = BatchNorm.forward(test, gamma, beta, 1e-5).output().getRow(0);
                    INDArray trainB = BatchNorm.forward(other, gamma, beta, 1e-5).output().getRow(0);
                    t.require(trainA.sub(trainB).norm2Number().doubleValue() > 1e-6,
                            "training-mode output of example 0 did not depend on the other examples");
                }),
                forAll("2-D variant: statistics per channel over (N, H, W); ND4J's batchnorm op on axis 1 agrees", 8, t -> {
                    int n = t.draw("N", Gen.integers(1, 3));
                    int c = t.draw("C", Gen.integers(1, 3));
                    int hh = t.draw("H", Gen.integers(1, 4));
                    int ww = t.draw("W", Gen.integers(2, 4));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n, c, hh, ww));
                    double delta = t.draw("delta", Gen.doubles(1e-5, 0.1));
                    INDArray y = BatchNorm.forward2d(x, Nd4j.ones(1, c), Nd4j.zeros(1, c), delta);
                    INDArray mean = x.mean(0, 2, 3);
                    INDArray var = x.var(false, 0, 2, 3);
                    t.close("per-channel means", y.mean(0, 2, 3), Nd4j.zeros(c), new Tolerance(1e-12, 0));
                    t.close("per-channel variances", y.var(false, 0, 2, 3), var.div(var.add(delta)), new Tolerance(1e-12, 1e-10));
                    t.close("ND4J batchnorm (NCHW, axis 1)", y, nd4jBatchNorm(x, mean, var, Nd4j.ones(c), Nd4j.zeros(c), delta, 1),
                            new Tolerance(1e-12, 1e-10));
                }),
                forAll("claim-verifier (001-C70/71): dividing by the variance instead of the standard deviation fails the unit-variance test", 10, t -> {
                    int m = t.draw("m", Gen.integers(4, 8));
                    int d = t.draw("d", Gen.integers(1, 4));
                    double s = t.draw("column scale", Gen.oneOf(0.2, 3.0));
                    INDArray raw = t.draw("H", TensorGen.dense(-1, 1, m, d).filter(a -> a.var(false, 0).minNumber().doubleValue() > 0.05));
                    // columns with variance exactly s^2, so the wrong layer's variance is about 1/s^2, far from 1
                    INDArray h = raw.subRowVector(raw.mean(true, 0)).diviRowVector(raw.std(false, true, 0)).muli(s);
                    BatchNorm.Forward f = BatchNorm.forward(h, Nd4j.ones(1, d), Nd4j.zeros(1, d), 1e-8);
                    INDArray v = f.variance();
                    t.close("correct BN variance v/(v + delta)", f.output().var(false, 0), v.div(v.add(1e-8)), new Tolerance(1e-12, 1e-10));
                    INDArray wrong = h.subRowVector(f.mean()).diviRowVector(f.variance().add(1e-8));
                    double worst = wrong.var(false, 0).subi(1).amaxNumber().doubleValue();
                    t.require(worst > 0.5, "dividing by the variance gave unit variance (|var - 1| = " + worst + ")");
                })));
    }

    private static Claim linearChain() {
        return new Claim("J13", "bn-linear-chain",
                "\\hat y=x\\prod_iw_i,\\ g_i=x\\prod_{j\\ne i}w_j,\\ \\hat y'=x\\prod_i(w_i-\\epsilon g_i)",
                "io.verideck.numeric.normalization.LinearChain", Set.of("optimization", "normalization", "gradient"), List.of(
                forAll("g_i = x prod_{j != i} w_j matches central differences", t -> {
                    int l = t.draw("l", Gen.integers(1, 7));
                    double x = t.draw("x", Gen.doubles(-2, 2));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, l));
                    t.gradient("grad y^", ELEMENTWISE, Differentiable.scalar(ParameterLayout.of("w", w),
                            s -> LinearChain.outputStacked(x, s), v -> Nd4j.createFromArray(LinearChain.gradient(x, v.toDoubleVector()))), w);
                }),
                forAll("x prod (w_i - eps g_i) equals the sum over subsets term by term; first order -eps g^T g; second order eps^2 g1 g2 x prod_{i>=3} w_i", t -> {
                    int l = t.draw("l", Gen.integers(2, 6));
                    double x = t.draw("x", Gen.doubles(-2, 2));
                    double[] w = t.draw("w", TensorGen.dense(-2, 2, l)).toDoubleVector();
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.5));
                    double[] g = LinearChain.gradient(x, w);
                    double sum = 0;
                    double magnitude = 0;
                    double first = 0;
                    for (int s = 0; s < 1 << l; s++) {
                        double term = LinearChain.expansionTerm(x, w, eps, s);
                        sum += term;
                        magnitude += Math.abs(term);
                        if (Integer.bitCount(s) == 1) {
                            first += term;
                        }
                    }
                    t.close("sum of the 2^l terms", sum, LinearChain.afterStep(x, w, eps), new Tolerance(1e-14 * magnitude, 1e-12));
                    t.close("subset {} is y^", LinearChain.expansionTerm(x, w, eps, 0), LinearChain.output(x, w), Tolerance.IDENTITY);
                    double gg = 0;
                    for (double gi : g) {
                        gg += gi * gi;
                    }
                    t.close("first-order terms", first, -eps * gg, new Tolerance(1e-14 * magnitude, 1e-10));
                    double rest = x;
                    for (int i = 2; i < l; i++) {
                        rest *= w[i];
                    }
                    t.close("term of {1, 2}", LinearChain.expansionTerm(x, w, eps, 0b11), eps * eps * g[0] * g[1] * rest, Tolerance.IDENTITY);
                }),
                once("the first-order prediction of a step is unreliable and depends on prod w: fixed eps, the error grows with prod w (1.5 vs 0.5); eps = 0.1/g^T g, the decrease misses 0.1", t -> {
                    int l = 5;
                    double x = 1;
                    double[] errFixed = new double[2];
                    double[] errNormalized = new double[2];
                    double[] values = {0.5, 1.5};
                    for (int k = 0; k < 2; k++) {
                        double[] w = new double[l];
                        java.util.Arrays.fill(w, values[k]);
                        double[] g = LinearChain.gradient(x, w);
                        double gg = 0;
                        for (double gi : g) {
                            gg += gi * gi;
                        }
                        double eps = 0.01;
                        errFixed[k] = Math.abs(LinearChain.output(x, w) - LinearChain.afterStep(x, w, eps) - eps * gg) / (eps * gg);
                        double normalized = 0.1 / gg;
                        errNormalized[k] = Math.abs(LinearChain.output(x, w) - LinearChain.afterStep(x, w, normalized) - 0.1);
                    }
                    t.record(errFixed[1], errFixed[0]);
                    t.require(errFixed[1] > 10 * errFixed[0], "fixed eps: relative error " + errFixed[1] + " (w = 1.5) vs " + errFixed[0] + " (w = 0.5)");
                    t.require(errNormalized[0] > 0.01 && errNormalized[1] > 1e-4,
                            "eps = 0.1/g^T g: deviations " + errNormalized[0] + " (w = 0.5), " + errNormalized[1] + " (w = 1.5)");
                }),
                forAll("after BN of h_{l-1} (standard Gaussian x), changing w_1..w_{l-1} leaves the normalized h_{l-1} unchanged up to sign", t -> {
                    int l = t.draw("l", Gen.integers(2, 6));
                    INDArray x = SeededArrays.normal(t.seed(), 16, 1);
                    INDArray w = t.draw("w_1..w_{l-1}", TensorGen.dense(-2, 2, l - 1).filter(a -> Math.abs(a.prodNumber().doubleValue()) > 1e-3));
                    INDArray u = t.draw("other w_1..w_{l-1}", TensorGen.dense(-2, 2, l - 1).filter(a -> Math.abs(a.prodNumber().doubleValue()) > 1e-3));
                    double pw = w.prodNumber().doubleValue();
                    double pu = u.prodNumber().doubleValue();
                    INDArray one = Nd4j.ones(1, 1);
                    INDArray zero = Nd4j.zeros(1, 1);
                    INDArray a = BatchNorm.forward(x.mul(pw), one, zero, 0).output();
                    INDArray b = BatchNorm.forward(x.mul(pu), one, zero, 0).output();
                    t.close("BN(h) for two choices of the lower weights", a.mul(Math.signum(pw)), b.mul(Math.signum(pu)), new Tolerance(1e-10, 1e-9));
                    t.close("equals sign(prod w) BN(x)", a, BatchNorm.forward(x, one, zero, 0).output().mul(Math.signum(pw)), new Tolerance(1e-10, 1e-9));
                })));
    }
}
