package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.information.Entropy;
import io.verideck.numeric.information.KlDivergence;
import io.verideck.numeric.loss.Hinge;
import io.verideck.numeric.loss.Huber;
import io.verideck.numeric.loss.LogCosh;
import io.verideck.numeric.loss.MeanAbsoluteError;
import io.verideck.numeric.loss.MeanSquaredError;
import io.verideck.numeric.loss.QuantileLoss;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Section E: loss functions and information measures (E8, E9 are in SoftmaxClaims; E5 to E7 in
 * {@link MarginLossClaims}; E10 to E12 in {@link InformationClaims}).
 */
public final class LossClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    /** The identity output activation, so ND4J's built-in losses score raw predictions (an independent oracle). */
    static final org.nd4j.linalg.activations.IActivation IDENTITY = new org.nd4j.linalg.activations.impl.ActivationIdentity();

    private LossClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new java.util.ArrayList<>(List.of(mse(), mae(), huber(), logCosh()));
        all.addAll(MarginLossClaims.claims());
        all.addAll(InformationClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("losses-mse", "E1", v -> CardPoint.scalar(MeanSquaredError.loss(CardPoint.vector(v, "p"), CardPoint.vector(v, "y")))),
                new FormulaBinding("output-layers-mse-regression", "E1",
                        v -> CardPoint.scalar(MeanSquaredError.loss(CardPoint.vector(v, "p"), CardPoint.vector(v, "y")))),
                new FormulaBinding("losses-mae", "E2", v -> CardPoint.scalar(MeanAbsoluteError.loss(CardPoint.vector(v, "p"), CardPoint.vector(v, "y")))),
                new FormulaBinding("losses-huber", "E3", v -> CardPoint.scalar(
                        Huber.value(Nd4j.createFromArray(CardPoint.number(v, "r")), CardPoint.number(v, "delta")).getDouble(0))),
                new FormulaBinding("losses-log-cosh", "E4", v -> CardPoint.scalar(LogCosh.value(Nd4j.createFromArray(CardPoint.number(v, "r"))).getDouble(0))),
                new FormulaBinding("losses-quantile", "E5", v -> CardPoint.scalar(QuantileLoss.loss(Nd4j.createFromArray(CardPoint.number(v, "p")),
                        Nd4j.createFromArray(CardPoint.number(v, "y")), CardPoint.number(v, "gamma")))),
                new FormulaBinding("losses-hinge", "E6", v -> CardPoint.scalar(
                        Hinge.value(Nd4j.createFromArray(CardPoint.number(v, "f")), Nd4j.createFromArray(CardPoint.number(v, "y"))).getDouble(0))),
                new FormulaBinding("losses-kl-divergence", "E10", v -> CardPoint.scalar(
                        KlDivergence.discrete(CardPoint.vector(v, "p"), CardPoint.vector(v, "q")).getDouble(0))),
                new FormulaBinding("generative-models-gaussian-kl", "E10", v -> CardPoint.scalar(
                        KlDivergence.gaussian(CardPoint.number(v, "mu"), CardPoint.number(v, "s"), 0, 1))),
                new FormulaBinding("losses-entropy-cross-entropy", "E11", v -> CardPoint.scalar(
                        Entropy.entropy(CardPoint.vector(v, "p").reshape(1, -1)).getDouble(0))));
    }

    /** Residual-loss gradient check: the loss summed over entries, its elementwise derivative. */
    static Differentiable summed(INDArray at, java.util.function.UnaryOperator<INDArray> value, java.util.function.UnaryOperator<INDArray> derivative) {
        return Differentiable.scalar(ParameterLayout.of("r", at), s -> value.apply(s).sum(1), derivative::apply);
    }

    /** The derivative of an elementwise map as a diagonal Jacobian. */
    static Differentiable elementwise(INDArray at, java.util.function.UnaryOperator<INDArray> value, java.util.function.UnaryOperator<INDArray> derivative) {
        return new Differentiable(ParameterLayout.of("r", at), at.length(), value::apply, v -> Nd4j.diag(derivative.apply(v)));
    }

    private static Claim mse() {
        return new Claim("E1", "loss-mse",
                "\\mathrm{MSE}=\\frac1n\\sum_i(y_i-\\hat y_i)^2,\\quad \\frac{\\partial\\,\\mathrm{MSE}}{\\partial\\hat y_i}=\\frac2n(\\hat y_i-y_i)",
                "io.verideck.numeric.loss.MeanSquaredError", Set.of("loss", "gradient"), List.of(
                forAll("the gradient matches central differences; the MSE equals r.r/n by BLAS and ND4J's LossMSE (value and gradient)", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray p = t.draw("yhat", TensorGen.dense(-3, 3, n));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    t.gradient("dMSE/dyhat", CHECK, Differentiable.scalar(ParameterLayout.of("yhat", p),
                            s -> MeanSquaredError.lossStacked(s, y), v -> MeanSquaredError.gradient(v, y)), p);
                    INDArray r = p.sub(y);
                    t.close("BLAS dot", MeanSquaredError.loss(p, y), Nd4j.getBlasWrapper().dot(r, r) / n, Tolerance.IDENTITY);
                    org.nd4j.linalg.lossfunctions.impl.LossMSE nd4j = new org.nd4j.linalg.lossfunctions.impl.LossMSE();
                    t.close("ND4J LossMSE", MeanSquaredError.loss(p, y),
                            nd4j.computeScoreArray(y.reshape(1, n), p.reshape(1, n), IDENTITY, null).getDouble(0), Tolerance.IDENTITY);
                    t.close("ND4J LossMSE gradient", MeanSquaredError.gradient(p, y),
                            nd4j.computeGradient(y.reshape(1, n), p.reshape(1, n), IDENTITY, null), Tolerance.IDENTITY);
                }),
                forAll("over constant predictions the MSE is minimized at the mean", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    double mean = y.meanNumber().doubleValue();
                    double c = t.draw("c", Gen.doubles(-4, 4));
                    double atMean = MeanSquaredError.loss(Nd4j.valueArrayOf(new long[] {n}, mean), y);
                    double atC = MeanSquaredError.loss(Nd4j.valueArrayOf(new long[] {n}, c), y);
                    t.close("MSE(c) - MSE(mean) = (c - mean)^2", atC - atMean, (c - mean) * (c - mean), Tolerance.IDENTITY);
                    t.close("d/dc at the mean", MeanSquaredError.gradient(Nd4j.valueArrayOf(new long[] {n}, mean), y).sumNumber().doubleValue(), 0,
                            new Tolerance(1e-14, 0));
                }),
                forAll("scaling every residual by k scales the MSE by k^2", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray r = t.draw("r", TensorGen.dense(-3, 3, n));
                    double k = t.draw("k", Gen.doubles(-10, 10));
                    t.close("MSE(k r)", MeanSquaredError.loss(y.add(r.mul(k)), y), k * k * MeanSquaredError.loss(y.add(r), y), Tolerance.IDENTITY);
                }),
                forAll("one residual of 1e4 raises the MSE by 1e8/n", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray p = t.draw("yhat", TensorGen.dense(-3, 3, n));
                    p.putScalar(0, y.getDouble(0));
                    INDArray outlier = p.dup();
                    outlier.putScalar(0, y.getDouble(0) + 1e4);
                    t.close("increase", MeanSquaredError.loss(outlier, y) - MeanSquaredError.loss(p, y), 1e8 / n, new Tolerance(0, 1e-12));
                })));
    }

    private static double median(INDArray y) {
        double[] v = y.dup().reshape(y.length()).toDoubleVector();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }

    private static Claim mae() {
        return new Claim("E2", "loss-mae",
                "\\mathrm{MAE}=\\frac1n\\sum_i|y_i-\\hat y_i|,\\quad \\partial\\,\\mathrm{MAE}/\\partial\\hat y_i=\\frac1n\\operatorname{sign}(\\hat y_i-y_i)",
                "io.verideck.numeric.loss.MeanAbsoluteError", Set.of("loss", "gradient"), List.of(
                forAll("the subgradient matches central differences away from zero residuals; ND4J's LossMAE agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray r = t.draw("r", TensorGen.awayFrom(-3, 3, new double[] {0}, 1e-3, n));
                    INDArray p = y.add(r);
                    t.gradient("dMAE/dyhat", CHECK, Differentiable.scalar(ParameterLayout.of("yhat", p),
                            s -> MeanAbsoluteError.lossStacked(s, y), v -> MeanAbsoluteError.subgradient(v, y)), p);
                    org.nd4j.linalg.lossfunctions.impl.LossMAE nd4j = new org.nd4j.linalg.lossfunctions.impl.LossMAE();
                    // computeScore divides by the number of outputs; ND4J 1.0.0-M2.1's computeScoreArray divides by the
                    // score array's own width (1) and so returns the sum, which is why it is not used here
                    t.close("ND4J LossMAE", MeanAbsoluteError.loss(p, y),
                            nd4j.computeScore(y.reshape(1, n), p.reshape(1, n), IDENTITY, null, false), Tolerance.IDENTITY);
                    t.close("ND4J LossMAE gradient", MeanAbsoluteError.subgradient(p, y),
                            nd4j.computeGradient(y.reshape(1, n), p.reshape(1, n), IDENTITY, null), Tolerance.IDENTITY);
                }),
                forAll("over constant predictions the MAE is minimized at the median (grid search)", t -> {
                    int n = 2 * t.draw("m", Gen.integers(0, 4)) + 1;
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    int g = 6001;
                    INDArray grid = Nd4j.linspace(-3, 3, g, org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(g, 1);
                    INDArray losses = MeanAbsoluteError.lossStacked(grid.repeat(1, n), y);
                    double best = grid.getDouble(losses.neg().argMax().getLong(0), 0);
                    t.close("grid argmin vs median", best, median(y), new Tolerance(6.0 / (g - 1), 0));
                }),
                forAll("the gradient magnitude is 1/n whatever the residual size", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    double size = Math.pow(10, t.draw("log10 |r|", Gen.doubles(-3, 6)));
                    INDArray r = LogisticClaims.labels(t, "signs", n).muli(2).subi(1).muli(size);
                    t.close("|grad|", Transforms.abs(MeanAbsoluteError.subgradient(y.add(r), y), false), Nd4j.valueArrayOf(new long[] {n}, 1.0 / n),
                            new Tolerance(1e-15, 0));
                }),
                forAll("the source's mean |y - yhat|^2 is the MSE, not the MAE", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    INDArray p = t.draw("yhat", TensorGen.dense(-3, 3, n));
                    INDArray a = Transforms.abs(p.sub(y), false);
                    t.close("mean |r|^2 = MSE", a.mul(a).meanNumber().doubleValue(), MeanSquaredError.loss(p, y), Tolerance.IDENTITY);
                    // one residual with |r| not in {0, 1}: then |r|^2 != |r|, so "MAE = mean |r|^2" is inconsistent
                    double r = t.draw("r", TensorGen.awayFrom(-3, 3, new double[] {-1, 0, 1}, 1e-3, 1)).getDouble(0);
                    INDArray one = Nd4j.createFromArray(r);
                    t.require(Math.abs(MeanSquaredError.loss(one, Nd4j.zeros(1)) - MeanAbsoluteError.loss(one, Nd4j.zeros(1))) > 1e-6,
                            "MAE = MSE at r = " + r);
                })));
    }

    private static Claim huber() {
        return new Claim("E3", "loss-huber",
                "L_\\delta(r)=\\begin{cases}\\frac12r^2&|r|\\le\\delta\\\\\\delta|r|-\\frac12\\delta^2&\\text{otherwise}\\end{cases},\\quad L'_\\delta(r)=\\operatorname{clip}(r,-\\delta,\\delta)",
                "io.verideck.numeric.loss.Huber", Set.of("loss", "gradient"), List.of(
                forAll("continuous and C^1 at |r| = delta", t -> {
                    double delta = t.draw("delta", Gen.doubles(0.01, 5));
                    INDArray left = Nd4j.createFromArray(Math.nextDown(delta), -Math.nextDown(delta));
                    INDArray right = Nd4j.createFromArray(Math.nextUp(delta), -Math.nextUp(delta));
                    double scale = Math.max(1, delta * delta);
                    t.close("L left vs right", Huber.value(left, delta), Huber.value(right, delta), new Tolerance(1e-12 * scale, 0));
                    t.close("L' left vs right", Huber.derivative(left, delta), Huber.derivative(right, delta), new Tolerance(1e-12 * scale, 0));
                    t.close("quadratic branch at delta", 0.5 * delta * delta, delta * delta - 0.5 * delta * delta, new Tolerance(1e-12 * scale, 0));
                }),
                forAll("the derivative matches central differences away from |r| = delta", t -> {
                    double delta = t.draw("delta", Gen.doubles(0.1, 3));
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray r = t.draw("r", TensorGen.awayFrom(-5, 5, new double[] {-delta, delta}, 1e-3, n));
                    t.gradient("L'", CHECK, summed(r, s -> Huber.value(s, delta), v -> Huber.derivative(v, delta)), r);
                }),
                forAll("L/delta -> |r| as delta -> 0 and L -> r^2/2 as delta -> infinity", t -> {
                    INDArray r = t.draw("r", TensorGen.awayFrom(-5, 5, new double[] {0}, 1e-3, 5));
                    double small = 1e-8;
                    t.close("L/delta - |r| = -delta/2", Huber.value(r, small).divi(small), Transforms.abs(r, true).subi(small / 2), new Tolerance(1e-7, 1e-12));
                    t.close("L at delta = 1e8", Huber.value(r, 1e8), r.mul(r).muli(0.5), Tolerance.IDENTITY);
                }),
                forAll("convex (midpoints); the mean-loss minimizer tends to the median as delta -> 0 and is the mean for large delta", t -> {
                    double delta = t.draw("delta", Gen.doubles(0.1, 3));
                    INDArray a = t.draw("a", TensorGen.dense(-5, 5, 6));
                    INDArray b = t.draw("b", TensorGen.dense(-5, 5, 6));
                    INDArray mid = Huber.value(a.add(b).muli(0.5), delta);
                    INDArray chord = Huber.value(a, delta).addi(Huber.value(b, delta)).muli(0.5);
                    t.require(mid.sub(chord).maxNumber().doubleValue() <= 1e-12, "midpoint above the chord");
                    int n = 2 * t.draw("m", Gen.integers(0, 4)) + 1;
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
                    double tiny = 1e-4;
                    t.close("minimizer at delta 1e-4 vs median", huberLocation(y, tiny), median(y), new Tolerance(tiny, 0));
                    t.close("minimizer at delta 100 vs mean", huberLocation(y, 100), y.meanNumber().doubleValue(), new Tolerance(1e-12, 0));
                }),
                once("the catalogue's 'between the median and the mean' fails in general: a counterexample", t -> {
                    INDArray y = Nd4j.createFromArray(2.6186435207967573, -0.467358000231509, 1.9802141596459624, 1.021833398484426,
                            -1.1797889344024943, 0.5254836368613569, 2.2948740049911462, 2.077184510569877, 0.03170292347760251);
                    double delta = 1.7875566610485276;
                    double c = huberLocation(y, delta);
                    double lo = Math.min(median(y), y.meanNumber().doubleValue());
                    double hi = Math.max(median(y), y.meanNumber().doubleValue());
                    t.require(c > hi + 1e-3 || c < lo - 1e-3, "the minimizer " + c + " lies in [" + lo + ", " + hi + "]");
                    t.close("sum clip(y - c) = 0 at the minimizer", Huber.derivative(y.sub(c), delta).sumNumber().doubleValue(), 0, new Tolerance(1e-9, 0));
                })));
    }

    /** The minimizer of {@code c -> sum L_delta(y_i - c)}: bisection on the monotone {@code sum clip(y_i - c)}. */
    private static double huberLocation(INDArray y, double delta) {
        double[] v = y.dup().reshape(y.length()).toDoubleVector();
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double c = 0.5 * (lo + hi);
            double s = 0;
            for (double x : v) {
                s += Math.max(-delta, Math.min(delta, x - c));
            }
            if (s > 0) {
                lo = c;
            } else {
                hi = c;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static Claim logCosh() {
        return new Claim("E4", "loss-log-cosh",
                "L=\\sum_i\\log\\cosh(\\hat y_i-y_i),\\quad L'=\\tanh r,\\quad L''=1-\\tanh^2r",
                "io.verideck.numeric.loss.LogCosh", Set.of("loss", "gradient", "numerics"), List.of(
                forAll("first and second derivatives match central differences; the stable form equals log(cosh r)", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray r = t.draw("r", TensorGen.dense(-8, 8, n));
                    t.gradient("L'", CHECK, summed(r, LogCosh::value, LogCosh::derivative), r);
                    t.gradient("L''", CHECK, elementwise(r, LogCosh::derivative, LogCosh::secondDerivative), r);
                    t.close("stable vs log(cosh r)", LogCosh.value(r), LogCosh.naive(r), Tolerance.IDENTITY);
                }),
                forAll("|log cosh r - r^2/2| <= r^4/12 for |r| <= 0.1 and |log cosh r - (|r| - log 2)| < 1e-8 for |r| >= 20", t -> {
                    INDArray small = t.draw("small r", TensorGen.dense(-0.1, 0.1, 6));
                    INDArray gap = Transforms.abs(LogCosh.value(small).subi(small.mul(small).muli(0.5)), false);
                    INDArray bound = Transforms.pow(small, 4, true).divi(12);
                    // the float64 evaluation of log cosh r near 0 carries an absolute rounding error of a few ulp(log 2) ~ 1e-16
                    t.require(gap.sub(bound).maxNumber().doubleValue() <= 1e-15, "small-r bound fails: gap " + gap + " bound " + bound);
                    double big = t.draw("big |r|", Gen.doubles(20, 500)) * (t.draw("sign", Gen.integers(0, 1)) * 2 - 1);
                    t.close("large r", LogCosh.value(Nd4j.createFromArray(big)).getDouble(0), Math.abs(big) - Math.log(2), new Tolerance(1e-8, 0));
                }),
                once("the stable form is finite at r = 1000 where cosh overflows", t -> {
                    INDArray r = Nd4j.createFromArray(1000.0, -1000.0);
                    t.close("log cosh(+-1000)", LogCosh.value(r), Nd4j.valueArrayOf(new long[] {2}, 1000 - Math.log(2)), Tolerance.IDENTITY);
                    t.require(Double.isInfinite(LogCosh.naive(r).getDouble(0)), "log(cosh(1000)) did not overflow");
                })));
    }
}
