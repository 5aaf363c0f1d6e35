package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.logistic.BinaryOutput;
import io.verideck.numeric.logistic.LogisticRegression;
import io.verideck.numeric.logistic.Sigmoid;
import io.verideck.numeric.logistic.SquaredErrorOnSigmoid;
import io.verideck.numeric.softmax.BinaryCrossEntropy;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
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
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Section D: logistic regression and sigmoid outputs (D6 to D8 are in SoftmaxClaims; D4, D5, D9, D10
 * in {@link OutputUnitClaims}).
 */
public final class LogisticClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private LogisticClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new java.util.ArrayList<>(List.of(sigmoidLogit(), nllGradient(), mseNonConvex()));
        all.addAll(OutputUnitClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        java.util.function.Function<java.util.Map<String, io.verideck.verifier.formula.Value>, io.verideck.verifier.formula.Value> gradient =
                v -> CardPoint.column(LogisticRegression.gradient(CardPoint.matrix(v, "X"), CardPoint.vector(v, "y"),
                        CardPoint.vector(v, "theta")));
        return List.of(
                new FormulaBinding("activations-sigmoid", "D1", v -> CardPoint.scalar(
                        Sigmoid.value(Nd4j.createFromArray(CardPoint.number(v, "x"))).getDouble(0))),
                new FormulaBinding("linear-models-logistic-nll-gradient", "D2", gradient),
                new FormulaBinding("output-layers-logistic-gradient", "D2", gradient),
                new FormulaBinding("output-layers-bce-formula", "D2", v -> CardPoint.scalar(BinaryCrossEntropy.loss(
                        Nd4j.createFromArray(CardPoint.number(v, "p")), Nd4j.createFromArray(CardPoint.number(v, "y"))))),
                new FormulaBinding("output-layers-bce-softplus", "D5", v -> CardPoint.scalar(BinaryOutput.nll(
                        Nd4j.createFromArray(CardPoint.number(v, "z")), Nd4j.createFromArray(CardPoint.number(v, "y"))).getDouble(0))),
                new FormulaBinding("output-layers-bce-softplus", "D4", v -> CardPoint.scalar(-Math.log(BinaryOutput.probability(
                        Nd4j.createFromArray(CardPoint.number(v, "z")), Nd4j.createFromArray(CardPoint.number(v, "y"))).getDouble(0)))));
    }

    static INDArray labels(Trial t, String name, long n) {
        return t.draw(name, TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(v.dataType())));
    }

    private static Claim sigmoidLogit() {
        return new Claim("D1", "logistic-sigmoid-logit",
                "p=\\frac{e^z}{1+e^z}=\\frac{1}{1+e^{-z}}=\\sigma(z),\\quad \\operatorname{logit}(p)=\\log\\frac{p}{1-p}=z",
                "io.verideck.numeric.logistic.Sigmoid", Set.of("logistic-regression", "activations", "numerics"), List.of(
                forAll("e^z/(1+e^z) = 1/(1+e^-z) = the stable form = ND4J's sigmoid, for |z| <= 30; stable up to |z| = 800", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 8));
                    INDArray s = Sigmoid.value(z);
                    t.close("e^z/(1+e^z)", Sigmoid.exponentialForm(z), s, new Tolerance(1e-15, 1e-13));
                    t.close("1/(1+e^-z)", Sigmoid.reciprocalForm(z), s, new Tolerance(1e-15, 1e-13));
                    t.close("Transforms.sigmoid", Transforms.sigmoid(z, true), s, new Tolerance(1e-15, 1e-13));
                    INDArray far = t.draw("far z", TensorGen.dense(-800, 800, 8));
                    INDArray sf = Sigmoid.value(far);
                    t.require(!sf.isNaN().any() && !sf.isInfinite().any(), "stable sigmoid not finite: " + sf);
                    t.close("1/(1+e^-z) far out", Sigmoid.reciprocalForm(far), sf, new Tolerance(1e-300, 1e-13));
                }),
                forAll("logit(sigma(z)) = z for |z| <= 30", t -> {
                    double z = t.draw("z", Gen.doubles(-30, 30));
                    double back = Sigmoid.logit(Sigmoid.value(Nd4j.createFromArray(z))).getDouble(0);
                    // sigma(z) is rounded to a double; near 1 that perturbs 1 - p relatively by ulp(1) e^|z|
                    t.close("logit(sigma(z))", back, z, new Tolerance(1e-12 + 1e-15 * Math.exp(Math.abs(z)), 0));
                }),
                forAll("sigma(z) lies strictly inside (0, 1) for |z| <= 30", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 8));
                    INDArray s = Sigmoid.value(z);
                    t.require(s.minNumber().doubleValue() > 0 && s.maxNumber().doubleValue() < 1, "sigma outside (0, 1): " + s);
                }),
                once("float64: sigma(37) rounds to exactly 1 (sigma(36) does not) and log sigma(-800) needs the log form", t -> {
                    t.require(Sigmoid.value(Nd4j.createFromArray(37.0)).getDouble(0) == 1.0, "sigma(37) != 1.0");
                    t.require(Sigmoid.value(Nd4j.createFromArray(36.0)).getDouble(0) < 1.0, "sigma(36) == 1.0");
                    t.require(Double.isInfinite(Math.log(Sigmoid.value(Nd4j.createFromArray(-800.0)).getDouble(0))), "log of sigma(-800) is finite");
                    t.close("log sigma(-800)", Sigmoid.logValue(Nd4j.createFromArray(-800.0)).getDouble(0), -800, Tolerance.IDENTITY);
                })));
    }

    /** A logistic problem whose MLE exists: every point appears with both labels, plus one random-label copy. */
    record Overlapping(INDArray x, INDArray y, int p) {
    }

    static Overlapping overlapping(Trial t) {
        int p = t.draw("p", Gen.integers(1, 3));
        int m = t.draw("points", Gen.integers(p + 1, p + 4));
        INDArray base = Nd4j.hstack(Nd4j.ones(m, 1), t.draw("X", TensorGen.dense(-1.5, 1.5, m, p)));
        INDArray extra = labels(t, "extra labels", m).reshape(m, 1);
        INDArray x = Nd4j.vstack(base, base, base);
        INDArray y = Nd4j.vstack(Nd4j.ones(m, 1), Nd4j.zeros(m, 1), extra);
        return new Overlapping(x, y, p + 1);
    }

    private static Claim nllGradient() {
        return new Claim("D2", "logistic-nll-gradient",
                "J(\\theta)=-\\sum_i[y_i\\log\\sigma(\\theta^Tx_i)+(1-y_i)\\log(1-\\sigma(\\theta^Tx_i))],\\quad \\nabla J=X^T(\\sigma(X\\theta)-y),\\quad \\nabla^2J=X^TSX",
                "io.verideck.numeric.logistic.LogisticRegression", Set.of("logistic-regression", "gradient", "mle"), List.of(
                forAll("grad J matches central differences; J equals the summed BCE of sigma(X theta)", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, p));
                    INDArray y = labels(t, "y", n).reshape(n, 1);
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, p));
                    ParameterLayout layout = ParameterLayout.of("theta", theta);
                    t.gradient("grad J", CHECK, Differentiable.scalar(layout, s -> LogisticRegression.lossStacked(x, y, s),
                            v -> LogisticRegression.gradient(x, y, v)), theta);
                    INDArray prob = Sigmoid.value(x.mmul(theta.reshape(p, 1))).reshape(n);
                    t.close("J vs sum BCE", LogisticRegression.loss(x, y, theta.reshape(p, 1)),
                            BinaryCrossEntropy.elementwise(prob, y.reshape(n)).sumNumber().doubleValue(), Tolerance.IDENTITY);
                }),
                forAll("the Hessian X^T S X matches central differences of the gradient and is PSD", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, p));
                    INDArray y = labels(t, "y", n).reshape(n, 1);
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, p));
                    ParameterLayout layout = ParameterLayout.of("theta", theta);
                    t.gradient("Hessian", CHECK, new Differentiable(layout, p, s -> gradientRows(x, y, s), v -> LogisticRegression.hessian(x, v)), theta);
                    INDArray eig = Eigen.symmetricGeneralizedEigenvalues(LogisticRegression.hessian(x, theta.reshape(p, 1)).dup());
                    double scale = Math.max(1, x.mul(x).sumNumber().doubleValue());
                    t.require(eig.minNumber().doubleValue() >= -1e-12 * scale, "negative eigenvalue: " + eig);
                }),
                forAll("at the optimum X^T (p_hat - y) = 0, so with an intercept sum p_hat = sum y", t -> {
                    Overlapping pr = overlapping(t);
                    INDArray theta = LogisticRegression.newton(pr.x(), pr.y(), 30);
                    INDArray g = LogisticRegression.gradient(pr.x(), pr.y(), theta);
                    t.close("X^T (p_hat - y)", g, Nd4j.zeros(pr.p(), 1), new Tolerance(1e-9, 0));
                    t.close("sum p_hat", Sigmoid.value(pr.x().mmul(theta)).sumNumber().doubleValue(), pr.y().sumNumber().doubleValue(),
                            new Tolerance(1e-9, 0));
                }),
                forAll("Newton (IRLS) and gradient descent converge to the same theta", 10, t -> {
                    Overlapping pr = overlapping(t);
                    INDArray newton = LogisticRegression.newton(pr.x(), pr.y(), 30);
                    double lmax = Eigen.symmetricGeneralizedEigenvalues(pr.x().transpose().mmul(pr.x())).maxNumber().doubleValue();
                    INDArray gd = LogisticRegression.gradientDescent(pr.x(), pr.y(), 4 / lmax, 50_000);
                    t.close("GD vs Newton", gd, newton, new Tolerance(1e-6, 1e-6));
                }),
                once("separable data: |theta| of gradient descent keeps growing", t -> {
                    INDArray x = Nd4j.createFromArray(new double[][] {{1, -2}, {1, -1}, {1, 1}, {1, 2}});
                    INDArray y = Nd4j.createFromArray(new double[][] {{0}, {0}, {1}, {1}});
                    double previous = 0;
                    for (int steps : new int[] {100, 1_000, 10_000, 100_000}) {
                        INDArray theta = LogisticRegression.gradientDescent(x, y, 0.5, steps);
                        double norm = theta.norm2Number().doubleValue();
                        t.require(norm > previous + 0.5, "|theta| after " + steps + " steps is " + norm + ", previous " + previous);
                        previous = norm;
                    }
                })));
    }

    private static INDArray gradientRows(INDArray x, INDArray y, INDArray thetas) {
        INDArray rows = Nd4j.zeros(thetas.size(0), thetas.size(1));
        for (int i = 0; i < thetas.size(0); i++) {
            rows.putRow(i, LogisticRegression.gradient(x, y, thetas.getRow(i)).reshape(thetas.size(1)));
        }
        return rows;
    }

    private static Claim mseNonConvex() {
        return new Claim("D3", "logistic-mse-nonconvex",
                "J(\\theta)=\\frac1n\\sum_i(\\sigma(\\theta^Tx_i)-y_i)^2\\ \\text{is not convex in}\\ \\theta",
                "io.verideck.numeric.logistic.SquaredErrorOnSigmoid", Set.of("logistic-regression", "loss"), List.of(
                once("x = 1, y = 1: J''(-3) < 0 for squared error (central second difference) while the CE has J'' > 0 on [-20, 20]", t -> {
                    INDArray one = Nd4j.ones(1, 1);
                    double h = 1e-3;
                    INDArray at = Nd4j.createFromArray(new double[][] {{-3 - h}, {-3}, {-3 + h}});
                    INDArray j = SquaredErrorOnSigmoid.lossStacked(one, one, at);
                    double second = (j.getDouble(0) - 2 * j.getDouble(1) + j.getDouble(2)) / (h * h);
                    t.require(second < 0, "J''(-3) = " + second + " is not negative");
                    INDArray grid = Nd4j.linspace(-20, 20, 4001, org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(4001, 1);
                    INDArray ce = LogisticRegression.lossStacked(one, one, grid);
                    INDArray curvature = ce.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3999))
                            .add(ce.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 4001)))
                            .subi(ce.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4000)).mul(2));
                    t.require(curvature.minNumber().doubleValue() > 0, "the CE has a non-positive second difference: " + curvature.minNumber());
                }),
                once("random search finds a midpoint-convexity violation of the squared error, none of the CE", t -> {
                    int pairs = 20_000;
                    INDArray ends = SeededNoise.gaussian(t.seed(), 2 * pairs, 2).muli(4);
                    INDArray a = ends.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, pairs), org.nd4j.linalg.indexing.NDArrayIndex.all());
                    INDArray b = ends.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(pairs, 2 * pairs), org.nd4j.linalg.indexing.NDArrayIndex.all());
                    INDArray x = TensorGen.dense(-2, 2, 6, 2).generate(io.verideck.verifier.gen.Source.random(t.seed()));
                    INDArray y = Nd4j.createFromArray(new double[][] {{1}, {0}, {1}, {1}, {0}, {1}});
                    INDArray mid = a.add(b).muli(0.5);
                    INDArray mseGap = SquaredErrorOnSigmoid.lossStacked(x, y, mid)
                            .subi(SquaredErrorOnSigmoid.lossStacked(x, y, a).addi(SquaredErrorOnSigmoid.lossStacked(x, y, b)).muli(0.5));
                    t.require(mseGap.maxNumber().doubleValue() > 1e-6, "no violation found: max gap " + mseGap.maxNumber());
                    INDArray ceA = LogisticRegression.lossStacked(x, y, a);
                    INDArray ceGap = LogisticRegression.lossStacked(x, y, mid).subi(ceA.add(LogisticRegression.lossStacked(x, y, b)).muli(0.5));
                    double scale = Math.max(1, ceA.maxNumber().doubleValue());
                    t.require(ceGap.maxNumber().doubleValue() <= 1e-12 * scale, "the CE violates convexity: " + ceGap.maxNumber());
                })));
    }
}
