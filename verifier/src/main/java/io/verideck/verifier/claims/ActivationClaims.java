package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.activation.Elu;
import io.verideck.numeric.activation.GeneralizedRelu;
import io.verideck.numeric.activation.HardTanh;
import io.verideck.numeric.activation.Relu;
import io.verideck.numeric.activation.Sigmoid;
import io.verideck.numeric.activation.Softplus;
import io.verideck.numeric.activation.Tanh;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Section F: activation functions and unit types (F7 to F11 are in {@link UnitClaims}). */
public final class ActivationClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final double[] ZERO = {0};

    private ActivationClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(sigmoid(), tanh(), relu(), generalizedRelu(), elu(), softplus()));
        all.addAll(UnitClaims.claims());
        return all;
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("activations-sigmoid", "F1", v -> scalarMap(Sigmoid::value, v.get("x").asScalar())),
                new FormulaBinding("activations-sigmoid-derivative", "F1",
                        v -> scalarMap(Sigmoid::derivative, v.get("x").asScalar())),
                new FormulaBinding("activations-tanh", "F2", v -> scalarMap(Tanh::value, v.get("z").asScalar())),
                new FormulaBinding("activations-relu", "F3", v -> scalarMap(Relu::value, v.get("z").asScalar())),
                new FormulaBinding("activations-relu-generalizations", "F4", v -> scalarMap(
                        z -> GeneralizedRelu.value(z, v.get("alpha").asScalar()), v.get("z").asScalar())),
                new FormulaBinding("activations-softplus", "F6", v -> scalarMap(Softplus::value, v.get("x").asScalar())),
                new FormulaBinding("output-layers-bce-softplus", "F6", v -> scalarMap(Softplus::value,
                        (1 - 2 * v.get("y").asScalar()) * v.get("z").asScalar())));
    }

    private static io.verideck.verifier.formula.Value scalarMap(java.util.function.UnaryOperator<INDArray> f, double x) {
        return ValueArrays.scalar(f.apply(Nd4j.createFromArray(x)).getDouble(0));
    }

    private static Claim sigmoid() {
        return new Claim("F1", "act-sigmoid",
                "\\sigma(x)=\\frac1{1+e^{-x}}=\\frac{e^x}{1+e^x},\\quad \\sigma'=\\sigma(1-\\sigma),\\quad \\sigma(-x)=1-\\sigma(x),\\quad \\max\\sigma'=\\tfrac14",
                "io.verideck.numeric.activation.Sigmoid", Set.of("activations", "gradient"), List.of(
                forAll("sigma' = sigma(1 - sigma) matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-10, 10, n));
                    t.gradient("sigma'", CHECK, Elementwise.of("x", x, Sigmoid::value, Sigmoid::derivative), x);
                }),
                forAll("symmetry sigma(-x) = 1 - sigma(x)", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-40, 40, 7));
                    t.close("sigma(-x)", Sigmoid.value(x.neg()), Sigmoid.value(x).rsub(1.0), new Tolerance(1e-15, 1e-12));
                }),
                once("sup sigma' = 1/4, attained at 0 (grid of 400001 points on [-20, 20])", t -> {
                    INDArray grid = Nd4j.linspace(-20, 20, 400_001, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
                    INDArray d = Sigmoid.derivative(grid);
                    t.require(d.maxNumber().doubleValue() <= 0.25, "sigma' exceeds 1/4: " + d.maxNumber());
                    t.close("argmax", grid.getDouble(d.argMax().getLong(0)), 0.0, new Tolerance(1e-12, 0));
                    t.close("sigma'(0)", Sigmoid.derivative(Nd4j.createFromArray(0.0)).getDouble(0), 0.25, new Tolerance(0, 0));
                }),
                once("saturation: sigma'(+-20) < 3e-9", t -> {
                    INDArray d = Sigmoid.derivative(Nd4j.createFromArray(-20.0, 20.0));
                    t.require(d.maxNumber().doubleValue() < 3e-9 && d.minNumber().doubleValue() > 0, "sigma'(+-20) = " + d);
                }),
                forAll("1/(1+e^-x) and e^x/(1+e^x) agree where both are stable (|x| <= 30)", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-30, 30, 7));
                    t.close("forms", Sigmoid.reciprocalForm(x), Sigmoid.exponentialForm(x), new Tolerance(1e-15, 1e-13));
                    t.close("stable", Sigmoid.value(x), Sigmoid.reciprocalForm(x), new Tolerance(1e-15, 1e-13));
                }),
                forAll("value and derivative match ND4J's sigmoid and sigmoidDerivative ops", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-30, 30, 7));
                    t.close("sigmoid", Sigmoid.value(x), Transforms.sigmoid(x, true), new Tolerance(1e-15, 1e-12));
                    t.close("derivative", Sigmoid.derivative(x), Transforms.sigmoidDerivative(x, true), new Tolerance(1e-15, 1e-12));
                })));
    }

    private static Claim tanh() {
        return new Claim("F2", "act-tanh",
                "\\tanh z=2\\sigma(2z)-1,\\quad \\tanh'=1-\\tanh^2,\\quad \\tanh(-z)=-\\tanh z",
                "io.verideck.numeric.activation.Tanh", Set.of("activations", "gradient"), List.of(
                forAll("tanh z = 2 sigma(2z) - 1 to 1e-15", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-20, 20, 7));
                    t.close("identity", Tanh.viaSigmoid(z), Tanh.value(z), new Tolerance(1e-15, 0));
                }),
                forAll("tanh' = 1 - tanh^2 matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, n));
                    t.gradient("tanh'", CHECK, Elementwise.of("z", z, Tanh::value, Tanh::derivative), z);
                }),
                forAll("odd: tanh(-z) = -tanh z, tanh 0 = 0, sigma(0) = 1/2", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-20, 20, 7));
                    t.close("odd", Tanh.value(z.neg()), Tanh.value(z).neg(), new Tolerance(0, 0));
                    t.close("tanh 0", Tanh.value(Nd4j.createFromArray(0.0)).getDouble(0), 0.0, new Tolerance(0, 0));
                    t.close("sigma 0", Sigmoid.value(Nd4j.createFromArray(0.0)).getDouble(0), 0.5, new Tolerance(0, 0));
                }),
                forAll("with weights scaled by 1e-3 a tanh net w^T tanh(U^T tanh(V^T x)) is the linear model w^T U^T V^T x (rel 1e-5)", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int h1 = t.draw("h1", Gen.integers(1, 4));
                    int h2 = t.draw("h2", Gen.integers(1, 4));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, d, 1));
                    INDArray v = t.draw("V", TensorGen.dense(-1, 1, d, h1)).muli(1e-3);
                    INDArray u = t.draw("U", TensorGen.dense(-1, 1, h1, h2)).muli(1e-3);
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, h2, 1)).muli(1e-3);
                    double net = w.transpose().mmul(Tanh.value(u.transpose().mmul(Tanh.value(v.transpose().mmul(x))))).getDouble(0);
                    double linear = w.transpose().mmul(u.transpose()).mmul(v.transpose()).mmul(x).getDouble(0);
                    double scale = Transforms.abs(w.transpose()).mmul(Transforms.abs(u.transpose())).mmul(Transforms.abs(v.transpose()))
                            .mmul(Transforms.abs(x)).getDouble(0);
                    t.close("net vs linear", net, linear, new Tolerance(1e-5 * scale, 0));
                })));
    }

    private static Claim relu() {
        return new Claim("F3", "act-relu",
                "g(z)=\\max(0,z),\\quad g'(z)=\\mathbb 1[z>0],\\quad g'_-(0)=0,\\ g'_+(0)=1",
                "io.verideck.numeric.activation.Relu", Set.of("activations", "gradient"), List.of(
                forAll("g'(z) = [z > 0] matches central differences away from 0; ND4J's relu agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.awayFrom(-5, 5, ZERO, 1e-3, n));
                    t.gradient("g'", CHECK, Elementwise.of("z", z, Relu::value, Relu::derivative), z);
                    t.close("built-in", Relu.value(z), Transforms.relu(z, true), new Tolerance(0, 0));
                }),
                forAll("one-sided differences at 0 give left 0 and right 1", t -> {
                    double h = t.draw("h", Gen.doubles(1e-8, 1e-2));
                    INDArray pts = Nd4j.createFromArray(-h, 0.0, h);
                    INDArray g = Relu.value(pts);
                    t.close("left", (g.getDouble(1) - g.getDouble(0)) / h, 0.0, new Tolerance(0, 0));
                    t.close("right", (g.getDouble(2) - g.getDouble(1)) / h, 1.0, new Tolerance(1e-15, 1e-12));
                }),
                forAll("derivatives take values in {0, 1}, so a product of L of them is 0 or 1", t -> {
                    int l = t.draw("L", Gen.integers(1, 30));
                    INDArray z = t.draw("z", TensorGen.dense(-1, 3, l));
                    INDArray d = Relu.derivative(z);
                    for (double v : d.toDoubleVector()) {
                        t.require(v == 0.0 || v == 1.0, "a derivative is neither 0 nor 1: " + d);
                    }
                    double product = d.prodNumber().doubleValue();
                    t.require(product == 0.0 || product == 1.0, "product " + product);
                }),
                forAll("positive homogeneity g(a z) = a g(z) for a > 0", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, 7));
                    double a = t.draw("a", Gen.doubles(1e-3, 100));
                    t.close("g(az)", Relu.value(z.mul(a)), Relu.value(z).muli(a), new Tolerance(1e-13, 1e-15));
                }),
                forAll("bias 0.1 makes a unit active for more than half of inputs with w^T x symmetric about 0 (1e5 antithetic samples)", 3, t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, d, 1));
                    INDArray half = Nd4j.getRandomFactory().getNewRandomInstance(t.seed()).nextGaussian(new long[] {50_000, d})
                            .castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
                    INDArray x = Nd4j.vstack(half, half.neg());
                    INDArray s = x.mmul(w);
                    double active = Relu.derivative(s.add(0.1)).meanNumber().doubleValue();
                    double activeNoBias = Relu.derivative(s).meanNumber().doubleValue();
                    t.require(active > 0.5, "fraction active with bias 0.1: " + active);
                    t.require(activeNoBias <= 0.5, "fraction active with bias 0: " + activeNoBias);
                })));
    }

    private static Claim generalizedRelu() {
        return new Claim("F4", "act-relu-generalized",
                "h=\\max(0,z)+\\alpha\\min(0,z),\\quad \\partial h/\\partial\\alpha=\\min(0,z),\\quad \\partial h/\\partial z\\in\\{1,\\alpha\\}",
                "io.verideck.numeric.activation.GeneralizedRelu", Set.of("activations", "gradient"), List.of(
                forAll("gradients with respect to z and alpha (PReLU) match central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray z = t.draw("z", TensorGen.awayFrom(-5, 5, ZERO, 1e-3, n));
                    INDArray alpha = t.draw("alpha", TensorGen.dense(-1, 1, n));
                    ParameterLayout layout = ParameterLayout.of("z", z, "alpha", alpha);
                    Differentiable f = new Differentiable(layout, n, s -> {
                        INDArray zs = s.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n));
                        INDArray as = s.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n));
                        return GeneralizedRelu.value(zs, as);
                    }, v -> {
                        INDArray zv = v.get(NDArrayIndex.interval(0, n));
                        INDArray av = v.get(NDArrayIndex.interval(n, 2 * n));
                        return Nd4j.hstack(Nd4j.diag(GeneralizedRelu.derivativeZ(zv, av)), Nd4j.diag(GeneralizedRelu.derivativeAlpha(zv)));
                    });
                    t.gradient("dh/dz, dh/dalpha", CHECK, f, layout.pack(z, alpha));
                }),
                forAll("alpha = -1 gives |z|, alpha = 0 gives ReLU, alpha = 0.01 matches ND4J's leakyRelu", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, 7));
                    t.close("abs", GeneralizedRelu.value(z, -1.0), Transforms.abs(z, true), new Tolerance(0, 0));
                    t.close("relu", GeneralizedRelu.value(z, 0.0), Relu.value(z), new Tolerance(0, 0));
                    t.close("leaky", GeneralizedRelu.value(z, GeneralizedRelu.LEAKY_SLOPE),
                            Transforms.leakyRelu(z, GeneralizedRelu.LEAKY_SLOPE, true), new Tolerance(1e-15, 1e-15));
                }),
                forAll("for alpha != 0 the gradient dh/dz is never 0, even at z = 0", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(-1, 1).filter(a -> Math.abs(a) > 1e-3));
                    INDArray z = Nd4j.concat(0, t.draw("z", TensorGen.dense(-5, 5, 6)), Nd4j.createFromArray(0.0));
                    INDArray d = GeneralizedRelu.derivativeZ(z, Nd4j.valueArrayOf(z.shape(), alpha));
                    t.require(!d.eq(0.0).any(), "zero gradient: " + d);
                }),
                forAll("leaky ReLU (alpha = 0.01) is strictly increasing and invertible", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, 7));
                    INDArray h = GeneralizedRelu.value(z, GeneralizedRelu.LEAKY_SLOPE);
                    INDArray positive = h.gt(0.0).castTo(h.dataType());
                    INDArray inverse = h.mul(positive).addi(h.div(GeneralizedRelu.LEAKY_SLOPE).muli(positive.rsub(1.0)));
                    t.close("inverse", inverse, z, new Tolerance(1e-14, 1e-13));
                    INDArray sorted = Nd4j.sort(z.dup(), 0, true);
                    INDArray hs = GeneralizedRelu.value(sorted, GeneralizedRelu.LEAKY_SLOPE);
                    for (int i = 1; i < hs.length(); i++) {
                        t.require(sorted.getDouble(i) == sorted.getDouble(i - 1) || hs.getDouble(i) > hs.getDouble(i - 1), "not increasing");
                    }
                })));
    }

    private static Claim elu() {
        return new Claim("F5", "act-elu",
                "\\mathrm{ELU}(z)=\\begin{cases}z&z>0\\\\\\alpha(e^z-1)&z\\le0\\end{cases},\\quad \\mathrm{ELU}'(z)=\\mathrm{ELU}(z)+\\alpha\\ (z<0)",
                "io.verideck.numeric.activation.Elu", Set.of("activations", "gradient"), List.of(
                forAll("derivative matches central differences away from 0; ND4J's elu agrees for alpha = 1", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 3));
                    INDArray z = t.draw("z", TensorGen.awayFrom(-5, 5, ZERO, 1e-3, n));
                    t.gradient("ELU'", CHECK, Elementwise.of("z", z, s -> Elu.value(s, alpha), s -> Elu.derivative(s, alpha)), z);
                    t.close("built-in", Elu.value(z, 1.0), Transforms.elu(z, true), new Tolerance(1e-15, 1e-14));
                }),
                forAll("continuous at 0 for every alpha; the one-sided slopes alpha and 1 differ unless alpha = 1", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 3).filter(a -> Math.abs(a - 1) > 1e-2));
                    double h = 1e-7;
                    INDArray pts = Nd4j.createFromArray(-h, 0.0, h);
                    INDArray e = Elu.value(pts, alpha);
                    t.close("ELU(0)", e.getDouble(1), 0.0, new Tolerance(0, 0));
                    t.close("ELU(-h)", e.getDouble(0), 0.0, new Tolerance(alpha * 1.01 * h, 0));
                    double left = (e.getDouble(1) - e.getDouble(0)) / h;
                    double right = (e.getDouble(2) - e.getDouble(1)) / h;
                    t.close("left slope", left, alpha, new Tolerance(1e-6, 0));
                    t.close("right slope", right, 1.0, new Tolerance(1e-9, 0));
                    t.require(Math.abs(left - right) > 5e-3, "slopes agree for alpha " + alpha);
                    INDArray one = Elu.value(pts, 1.0);
                    t.close("alpha = 1: C^1", (one.getDouble(1) - one.getDouble(0)) / h, (one.getDouble(2) - one.getDouble(1)) / h,
                            new Tolerance(1e-6, 0));
                }),
                forAll("bounded below by -alpha, approached as z -> -infinity", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 3));
                    INDArray z = t.draw("z", TensorGen.dense(-50, 50, 7));
                    t.require(Elu.value(z, alpha).minNumber().doubleValue() >= -alpha, "below -alpha");
                    t.close("ELU(-50)", Elu.value(Nd4j.createFromArray(-50.0), alpha).getDouble(0), -alpha, new Tolerance(1e-15, 1e-15));
                }),
                forAll("ELU'(z) = ELU(z) + alpha for z < 0; ND4J's eluDerivative agrees for alpha = 1", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 3));
                    INDArray z = t.draw("z", TensorGen.dense(-10, -1e-6, 7));
                    t.close("identity", Elu.derivative(z, alpha), Elu.value(z, alpha).addi(alpha), new Tolerance(1e-15, 1e-13));
                    t.close("built-in", Elu.derivative(z, 1.0), Transforms.eluDerivative(z, Nd4j.onesLike(z)), new Tolerance(1e-15, 1e-13));
                })));
    }

    private static Claim softplus() {
        return new Claim("F6", "act-softplus",
                "\\zeta(x)=\\log(1+e^x),\\quad \\zeta'=\\sigma,\\quad \\zeta(x)-\\zeta(-x)=x,\\quad 0\\le\\zeta(x)-\\max(0,x)\\le\\log2",
                "io.verideck.numeric.activation.Softplus", Set.of("activations", "gradient"), List.of(
                forAll("zeta' = sigma matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-10, 10, n));
                    t.gradient("zeta'", CHECK, Elementwise.of("x", x, Softplus::value, Softplus::derivative), x);
                }),
                forAll("zeta(x) - zeta(-x) = x; the stable form equals log(1 + e^x) and ND4J's softPlus", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-30, 30, 7));
                    t.close("identity", Softplus.value(x).sub(Softplus.value(x.neg())), x, new Tolerance(1e-13, 1e-14));
                    t.close("naive", Softplus.value(x), Softplus.naive(x), new Tolerance(1e-15, 1e-13));
                    t.close("built-in", Softplus.value(x), Transforms.softPlus(x, true), new Tolerance(1e-15, 1e-13));
                }),
                forAll("range (0, infinity) for |x| <= 700; x = 1000 stays finite where log(1 + e^x) overflows", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-700, 700, 7));
                    INDArray z = Softplus.value(x);
                    t.require(z.minNumber().doubleValue() > 0 && !z.isInfinite().any() && !z.isNaN().any(), "out of range: " + z);
                    double big = Softplus.value(Nd4j.createFromArray(1000.0)).getDouble(0);
                    t.close("zeta(1000)", big, 1000.0, new Tolerance(0, 0));
                    t.require(Double.isInfinite(Softplus.naive(Nd4j.createFromArray(1000.0)).getDouble(0)), "naive form did not overflow");
                    t.require(Softplus.value(Nd4j.createFromArray(-700.0)).getDouble(0) > 0, "zeta(-700) not positive");
                }),
                forAll("smoothed ReLU: 0 < zeta(x) - max(0, x) <= log 2, with equality at 0", t -> {
                    INDArray x = t.draw("x", TensorGen.dense(-30, 30, 7));
                    INDArray gap = Softplus.value(x).sub(Relu.value(x));
                    t.require(gap.minNumber().doubleValue() > 0 && gap.maxNumber().doubleValue() <= Math.log(2) + 1e-16,
                            "gap out of (0, log 2]: " + gap);
                    t.close("gap at 0", Softplus.value(Nd4j.createFromArray(0.0)).getDouble(0), Math.log(2), new Tolerance(1e-16, 0));
                })));
    }
}
