package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.loss.Hinge;
import io.verideck.numeric.loss.MeanAbsoluteError;
import io.verideck.numeric.loss.QuantileLoss;
import io.verideck.numeric.loss.SoftMarginSvm;
import io.verideck.numeric.loss.ZeroOneLoss;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** E5, E6, E7: the quantile (pinball) loss, the hinge loss and soft-margin SVM, the 0-1 loss. */
final class MarginLossClaims {
    private MarginLossClaims() {
    }

    static List<Claim> claims() {
        return List.of(quantile(), hinge(), zeroOne());
    }

    private static INDArray signs(io.verideck.verifier.property.Trial t, String name, int n) {
        return LogisticClaims.labels(t, name, n).muli(2).subi(1);
    }

    private static Claim quantile() {
        return new Claim("E5", "loss-quantile",
                "L_\\gamma=\\sum_{y_i<\\hat y_i}(1-\\gamma)|y_i-\\hat y_i|+\\sum_{y_i\\ge\\hat y_i}\\gamma|y_i-\\hat y_i|",
                "io.verideck.numeric.loss.QuantileLoss", Set.of("loss", "gradient", "statistics"), List.of(
                forAll("non-negative (the source's (gamma - 1) version is negative on over-estimates); subgradient matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray r = t.draw("r", TensorGen.awayFrom(-3, 3, new double[] {0}, 1e-3, n));
                    double gamma = t.draw("gamma", Gen.doubles(0.01, 0.99));
                    INDArray p = y.add(r);
                    t.require(QuantileLoss.loss(p, y, gamma) >= 0, "negative loss");
                    t.gradient("dL/dyhat", LogisticClaims.CHECK, Differentiable.scalar(ParameterLayout.of("yhat", p),
                            s -> QuantileLoss.lossStacked(s, y, gamma), v -> QuantileLoss.subgradient(v, y, gamma)), p);
                    INDArray over = y.add(Transforms.abs(r, true));
                    t.require(QuantileLoss.signErrorVersion(over, y, gamma) < 0, "the (gamma - 1) version is not negative on over-estimates");
                }),
                forAll("over constants the loss is minimized at the empirical gamma-quantile (grid search)", t -> {
                    int n = t.draw("n", Gen.integers(1, 9));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    double gamma = t.draw("gamma", Gen.doubles(0.01, 0.99));
                    double q = QuantileLoss.constantMinimizer(y, gamma);
                    long below = y.lt(q).castTo(y.dataType()).sumNumber().longValue();
                    long atOrBelow = y.lte(q).castTo(y.dataType()).sumNumber().longValue();
                    t.require(below <= n * gamma + 1e-12 && n * gamma <= atOrBelow + 1e-12, "q = " + q + " is not a gamma-quantile");
                    int g = 2001;
                    INDArray grid = Nd4j.linspace(-3, 3, g, org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(g, 1);
                    double gridMin = QuantileLoss.lossStacked(grid.repeat(1, n), y, gamma).minNumber().doubleValue();
                    double atQ = QuantileLoss.loss(Nd4j.valueArrayOf(new long[] {n}, q), y, gamma);
                    t.require(atQ <= gridMin + 1e-12, "L(q) = " + atQ + " > grid minimum " + gridMin);
                }),
                forAll("gamma = 1/2 gives half the absolute error; gamma = 1/4 charges over-estimates 3 times more", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray p = t.draw("yhat", TensorGen.dense(-3, 3, n));
                    t.close("L_1/2", QuantileLoss.loss(p, y, 0.5), 0.5 * n * MeanAbsoluteError.loss(p, y), Tolerance.IDENTITY);
                    double d = t.draw("d", Gen.doubles(0.01, 3));
                    t.close("over / under at gamma 1/4", QuantileLoss.loss(y.add(d), y, 0.25), 3 * QuantileLoss.loss(y.sub(d), y, 0.25),
                            Tolerance.IDENTITY);
                }),
                once("gamma = 0.05 and 0.95 fitted on heteroscedastic data cover 90% of fresh data (1e5 points, 5 standard errors)", t -> {
                    int groups = 10;
                    int perGroup = 10_000;
                    int fresh = 100_000;
                    INDArray train = SeededNoise.gaussian(t.seed(), groups, perGroup);
                    INDArray test = SeededNoise.gaussian(t.seed() + 1, groups, fresh / groups);
                    long covered = 0;
                    for (int gi = 0; gi < groups; gi++) {
                        double x = gi / (groups - 1.0);
                        double sd = 0.2 + 2 * x;
                        INDArray yTrain = train.getRow(gi).mul(sd).addi(3 * x);
                        double lo = QuantileLoss.constantMinimizer(yTrain, 0.05);
                        double hi = QuantileLoss.constantMinimizer(yTrain, 0.95);
                        INDArray yTest = test.getRow(gi).mul(sd).addi(3 * x);
                        covered += yTest.gte(lo).castTo(yTest.dataType()).muli(yTest.lte(hi).castTo(yTest.dataType())).sumNumber().longValue();
                    }
                    double coverage = covered / (double) fresh;
                    // test-sample noise plus the error of the 2 x 10 fitted quantiles (each gamma(1-gamma)/n in probability)
                    double se = Math.sqrt(0.9 * 0.1 / fresh + 2 * 0.05 * 0.95 / ((double) perGroup * groups));
                    t.close("coverage", coverage, 0.9, new Tolerance(5 * se, 0));
                })));
    }

    private static Claim hinge() {
        return new Claim("E6", "loss-hinge",
                "\\ell=\\max(0,1-yf),\\quad \\frac{\\partial\\ell}{\\partial f}=-y\\,\\mathbb 1[yf<1],\\quad \\ell\\ge\\mathbb 1[yf\\le0]",
                "io.verideck.numeric.loss.Hinge, io.verideck.numeric.loss.SoftMarginSvm", Set.of("loss", "gradient", "svm"), List.of(
                forAll("the derivative matches central differences away from yf = 1; ND4J's LossHinge agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray y = signs(t, "y", n);
                    INDArray f = t.draw("f", TensorGen.awayFrom(-3, 3, new double[] {-1, 1}, 1e-3, n));
                    t.gradient("dl/df", LogisticClaims.CHECK, Differentiable.scalar(ParameterLayout.of("f", f),
                            s -> Hinge.value(s, y.reshape(1, n).repeat(0, s.size(0))).sum(1), v -> Hinge.derivative(v, y)), f);
                    org.nd4j.linalg.lossfunctions.impl.LossHinge nd4j = new org.nd4j.linalg.lossfunctions.impl.LossHinge();
                    t.close("ND4J LossHinge", Hinge.value(f, y).sumNumber().doubleValue(),
                            nd4j.computeScoreArray(y.reshape(1, n), f.reshape(1, n), LossClaims.IDENTITY, null).getDouble(0), Tolerance.IDENTITY);
                    t.close("ND4J LossHinge gradient", Hinge.derivative(f, y),
                            nd4j.computeGradient(y.reshape(1, n), f.reshape(1, n), LossClaims.IDENTITY, null), Tolerance.IDENTITY);
                }),
                forAll("the hinge loss bounds the 0-1 loss", t -> {
                    INDArray y = signs(t, "y", 8);
                    INDArray f = t.draw("f", TensorGen.dense(-3, 3, 8));
                    INDArray zeroOne = f.mul(y).lte(0.0).castTo(f.dataType());
                    t.require(Hinge.value(f, y).sub(zeroOne).minNumber().doubleValue() >= 0, "hinge below the 0-1 loss");
                }),
                forAll("convex in f (midpoints)", t -> {
                    INDArray y = signs(t, "y", 8);
                    INDArray a = t.draw("f1", TensorGen.dense(-3, 3, 8));
                    INDArray b = t.draw("f2", TensorGen.dense(-3, 3, 8));
                    INDArray gap = Hinge.value(a.add(b).muli(0.5), y).subi(Hinge.value(a, y).addi(Hinge.value(b, y)).muli(0.5));
                    t.require(gap.maxNumber().doubleValue() <= 1e-15, "midpoint above the chord: " + gap);
                }),
                forAll("soft-margin SVM: at the optimum the slacks are the hinge losses (zero duality gap, KKT)", t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int n = t.draw("n", Gen.integers(2, 10));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, d).filter(v -> v.norm2(1).minNumber().doubleValue() > 0.1));
                    INDArray y = signs(t, "y", n);
                    double c = t.draw("C", Gen.doubles(0.1, 5));
                    SoftMarginSvm svm = SoftMarginSvm.fit(x, y, c);
                    INDArray margins = x.mmul(svm.w().reshape(d, 1)).reshape(n).muli(y);
                    INDArray slack = Hinge.value(margins, Nd4j.ones(n));
                    double primal = SoftMarginSvm.primal(x, y, svm.w(), c);
                    t.close("|w|^2 + C sum xi (xi = hinge)", svm.w().mul(svm.w()).sumNumber().doubleValue() + c * slack.sumNumber().doubleValue(),
                            primal, Tolerance.IDENTITY);
                    t.close("duality gap", primal, svm.dualObjective(x, y), new Tolerance(1e-8, 1e-8));
                    for (int i = 0; i < n; i++) {
                        double a = svm.dual().getDouble(i);
                        double m = margins.getDouble(i);
                        if (a < 1e-9) {
                            t.require(m >= 1 - 1e-7, "a_i = 0 but margin " + m + " < 1");
                        } else if (a > c / 2 - 1e-9) {
                            t.require(m <= 1 + 1e-7, "a_i = C/2 but margin " + m + " > 1");
                        } else {
                            t.close("margin of a free support vector", m, 1, new Tolerance(1e-7, 0));
                        }
                    }
                    INDArray delta = t.draw("delta", TensorGen.dense(-0.3, 0.3, d));
                    t.require(primal <= SoftMarginSvm.primal(x, y, svm.w().add(delta), c) + 1e-10, "a perturbed w does better");
                })));
    }

    private static Claim zeroOne() {
        return new Claim("E7", "loss-zero-one",
                "L(i,j)=\\mathbb 1[i\\ne j],\\quad \\text{error rate}=\\frac1n\\sum_i\\mathbb 1[y_i\\beta^Tx_i\\le0]",
                "io.verideck.numeric.loss.ZeroOneLoss", Set.of("loss"), List.of(
                once("10 test objects with 3 wrong give an error rate of 0.3", t -> {
                    INDArray truth = Nd4j.createFromArray(1.0, 0, 1, 1, 0, 0, 1, 0, 1, 1);
                    INDArray predicted = Nd4j.createFromArray(1.0, 1, 1, 0, 0, 0, 1, 1, 1, 1);
                    t.close("error rate", ZeroOneLoss.errorRate(predicted, truth), 0.3, new Tolerance(1e-15, 0));
                }),
                forAll("every central-difference partial in beta is exactly 0: no gradient signal", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, d));
                    INDArray y = signs(t, "y", n);
                    INDArray beta = t.draw("beta", TensorGen.dense(-2, 2, d));
                    INDArray margins = x.mmul(beta.reshape(d, 1)).reshape(n).muli(y);
                    if (Transforms.abs(margins, true).minNumber().doubleValue() < 1e-3) {
                        throw new Discard("a margin within 1e-3 of 0");
                    }
                    double h = 1e-6;
                    INDArray plus = Nd4j.eye(d).muli(h).addiRowVector(beta.reshape(1, d));
                    INDArray minus = Nd4j.eye(d).muli(-h).addiRowVector(beta.reshape(1, d));
                    INDArray fd = ZeroOneLoss.linearErrorStacked(x, y, plus).subi(ZeroOneLoss.linearErrorStacked(x, y, minus)).divi(2 * h);
                    t.close("finite-difference partials", fd, Nd4j.zeros(d), new Tolerance(0, 0));
                }),
                forAll("exact minimization by brute force examines 2^n labelings (n <= 12) and agrees with a threshold sweep", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 12));
                    int[] labels = new int[n];
                    double[] xs = new double[n];
                    for (int i = 0; i < n; i++) {
                        labels[i] = t.draw("label " + i, Gen.integers(0, 1)) * 2 - 1;
                        xs[i] = i;
                    }
                    long[] brute = ZeroOneLoss.bruteForceThreshold(xs, labels);
                    t.require(brute[1] == 1L << n, "examined " + brute[1] + " labelings, expected 2^" + n);
                    t.require(brute[0] == ZeroOneLoss.sweepThreshold(labels), "brute force " + brute[0] + " vs sweep " + ZeroOneLoss.sweepThreshold(labels));
                })));
    }
}
