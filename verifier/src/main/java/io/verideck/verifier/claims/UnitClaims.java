package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.activation.CosineUnit;
import io.verideck.numeric.activation.GeneralizedRelu;
import io.verideck.numeric.activation.HardTanh;
import io.verideck.numeric.activation.Maxout;
import io.verideck.numeric.activation.RbfUnit;
import io.verideck.numeric.activation.Relu;
import io.verideck.numeric.mlp.AffineComposition;
import io.verideck.numeric.mlp.AffineComposition.AffineMap;
import io.verideck.numeric.mlp.Perceptron;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** F7 to F11: maxout, hard tanh, RBF and cosine units, affine composition, the perceptron. */
final class UnitClaims {
    private static final double[] PLUS_MINUS_ONE = {-1, 1};

    private UnitClaims() {
    }

    static List<Claim> claims() {
        return List.of(maxout(), hardTanh(), rbfCosine(), affineComposition(), perceptron());
    }

    private static double minGroupGap(INDArray z, int k) {
        double[] v = z.toDoubleVector();
        double gap = Double.POSITIVE_INFINITY;
        for (int g = 0; g < v.length / k; g++) {
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    gap = Math.min(gap, Math.abs(v[g * k + i] - v[g * k + j]));
                }
            }
        }
        return gap;
    }

    private static Claim maxout() {
        return new Claim("F7", "act-maxout",
                "g(z)_i=\\max_{j\\in G^{(i)}}z_j,\\quad G^{(i)}=\\{(i-1)k+1,\\dots,ik\\}",
                "io.verideck.numeric.activation.Maxout", Set.of("activations", "gradient"), List.of(
                forAll("the gradient routed to each group's argmax matches central differences (no ties)", t -> {
                    int m = t.draw("m", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 4));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, m * k).filter(v -> minGroupGap(v, k) > 1e-3));
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("dg/dz", ActivationClaims.CHECK,
                            new Differentiable(layout, m, s -> Maxout.value(s, k), v -> Maxout.jacobian(v, k)), z);
                }),
                forAll("pieces (z, 0) give ReLU; pieces (z, alpha z) with 0 < alpha < 1 give leaky ReLU", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, 6, 1));
                    double alpha = t.draw("alpha", Gen.doubles(0, 1));
                    INDArray withZero = Nd4j.hstack(z, Nd4j.zeros(6, 1)).reshape(1, 12);
                    t.close("ReLU", Maxout.value(withZero, 2), Relu.value(z).reshape(1, 6), new Tolerance(0, 0));
                    INDArray withSlope = Nd4j.hstack(z, z.mul(alpha)).reshape(1, 12);
                    t.close("leaky", Maxout.value(withSlope, 2), GeneralizedRelu.value(z, alpha).reshape(1, 6), new Tolerance(1e-15, 1e-15));
                }),
                forAll("a maxout of affine pieces is convex (midpoint test)", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int k = t.draw("k", Gen.integers(1, 5));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, d, k));
                    INDArray b = t.draw("b", TensorGen.dense(-2, 2, k));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, 8, d));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, 8, d));
                    INDArray mid = Maxout.affinePieces(x.add(y).muli(0.5), w, b);
                    INDArray chord = Maxout.affinePieces(x, w, b).addi(Maxout.affinePieces(y, w, b)).muli(0.5);
                    t.require(mid.sub(chord).maxNumber().doubleValue() <= 1e-12, "midpoint above the chord");
                }),
                once("k tangent lines of x^2 on [-1, 1]: the sup error 1/(k-1)^2 decreases with k", t -> {
                    INDArray grid = Nd4j.linspace(-1, 1, 20_001, DataType.DOUBLE).reshape(20_001, 1);
                    INDArray square = grid.mul(grid).reshape(20_001);
                    double previous = Double.POSITIVE_INFINITY;
                    for (int k = 2; k <= 12; k++) {
                        INDArray points = Nd4j.linspace(-1, 1, k, DataType.DOUBLE);
                        INDArray slopes = points.mul(2.0).reshape(1, k);
                        INDArray offsets = points.mul(points).negi();
                        double error = square.sub(Maxout.affinePieces(grid, slopes, offsets)).maxNumber().doubleValue();
                        t.close("sup error k=" + k, error, 1.0 / ((k - 1.0) * (k - 1.0)), new Tolerance(1e-12, 0));
                        t.require(error < previous, "the error did not decrease at k = " + k);
                        previous = error;
                    }
                })));
    }

    private static Claim hardTanh() {
        return new Claim("F8", "act-hard-tanh",
                "g(a)=\\max(-1,\\min(1,a)),\\quad g'(a)=\\mathbb 1[|a|<1]",
                "io.verideck.numeric.activation.HardTanh", Set.of("activations", "gradient"), List.of(
                forAll("derivative matches central differences away from +-1; ND4J's hardTanh ops agree", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray a = t.draw("a", TensorGen.awayFrom(-3, 3, PLUS_MINUS_ONE, 1e-3, n));
                    t.gradient("g'", ActivationClaims.CHECK, Elementwise.of("a", a, HardTanh::value, HardTanh::derivative), a);
                    t.close("built-in", HardTanh.value(a), Transforms.hardTanh(a, true), new Tolerance(0, 0));
                    t.close("built-in derivative", HardTanh.derivative(a), Transforms.hardTanhDerivative(a, true), new Tolerance(0, 0));
                }),
                forAll("bounded in [-1, 1]", t -> {
                    INDArray a = t.draw("a", TensorGen.dense(-100, 100, 7));
                    INDArray g = HardTanh.value(a);
                    t.require(g.maxNumber().doubleValue() <= 1 && g.minNumber().doubleValue() >= -1, "out of [-1, 1]: " + g);
                }),
                forAll("the identity on (-1, 1)", t -> {
                    INDArray a = t.draw("a", TensorGen.dense(-0.999999, 0.999999, 7));
                    t.close("g(a)", HardTanh.value(a), a, new Tolerance(0, 0));
                })));
    }

    private static Claim rbfCosine() {
        return new Claim("F9", "unit-rbf-cosine",
                "h_i=\\exp(-\\|W_{:,i}-x\\|^2/\\sigma^2),\\ \\nabla_xh_i=\\tfrac{2}{\\sigma^2}h_i(W_{:,i}-x);\\quad h=\\cos(Wx+b),\\ \\partial h/\\partial b=-\\sin(Wx+b)",
                "io.verideck.numeric.activation.RbfUnit, io.verideck.numeric.activation.CosineUnit", Set.of("activations", "gradient"), List.of(
                forAll("grad_x of the RBF units matches central differences", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 4));
                    double sigma = t.draw("sigma", Gen.doubles(0.5, 3));
                    INDArray w = t.draw("W", TensorGen.dense(-1, 1, d, m));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, d));
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    t.gradient("dh/dx", ActivationClaims.CHECK,
                            new Differentiable(layout, m, s -> RbfUnit.value(w, s, sigma), v -> RbfUnit.jacobian(w, v, sigma)), x);
                }),
                forAll("d cos(Wx + b)/db = -sin(Wx + b) matches central differences", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, m, d));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, d));
                    INDArray b = t.draw("b", TensorGen.dense(-3, 3, m));
                    ParameterLayout layout = ParameterLayout.of("b", b);
                    t.gradient("dh/db", ActivationClaims.CHECK,
                            new Differentiable(layout, m, s -> CosineUnit.value(w, x, s), v -> CosineUnit.jacobianBias(w, x, v)), b);
                }),
                forAll("an RBF unit is 1 at its template and decreases along any ray leaving it", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 4));
                    double sigma = t.draw("sigma", Gen.doubles(0.5, 3));
                    INDArray w = t.draw("W", TensorGen.dense(-1, 1, d, m));
                    INDArray u = t.draw("u", TensorGen.dense(-1, 1, 1, d).filter(v -> v.norm2Number().doubleValue() > 1e-2));
                    INDArray steps = Nd4j.linspace(0, 3, 31, DataType.DOUBLE).reshape(31, 1);
                    INDArray template = w.getColumn(0).reshape(1, d);
                    double[] h = RbfUnit.value(w, steps.mmul(u).addiRowVector(template), sigma).getColumn(0).toDoubleVector();
                    t.close("h at template", h[0], 1.0, new Tolerance(1e-13, 0)); // ||x||^2 - 2 x^T w + ||w||^2 cancels to a few ulps of ||w||^2
                    for (int i = 1; i < 31; i++) {
                        t.require(h[i] < h[i - 1], "not decreasing at step " + i + ": " + java.util.Arrays.toString(h));
                    }
                })));
    }

    private static List<AffineMap> affineLayers(io.verideck.verifier.property.Trial t, int depth, int[] widths, boolean zeroBias) {
        List<AffineMap> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            INDArray w = t.draw("W" + (l + 1), TensorGen.dense(-1, 1, widths[l + 1], widths[l]));
            INDArray b = zeroBias ? Nd4j.zeros(widths[l + 1], 1) : t.draw("b" + (l + 1), TensorGen.dense(-1, 1, widths[l + 1], 1));
            layers.add(new AffineMap(w, b));
        }
        return layers;
    }

    private static int[] widths(io.verideck.verifier.property.Trial t, int depth) {
        int[] widths = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            widths[l] = t.draw("n" + l, Gen.integers(1, 5));
        }
        return widths;
    }

    private static Claim affineComposition() {
        return new Claim("F10", "affine-composition",
                "W_2(W_1x+b_1)+b_2=(W_2W_1)x+(W_2b_1+b_2);\\ f\\text{ linear}\\iff f(ax+by)=af(x)+bf(y)",
                "io.verideck.numeric.mlp.AffineComposition", Set.of("mlp", "linear-algebra"), List.of(
                forAll("a net with identity activations equals its collapsed single affine layer (1e-12)", t -> {
                    int depth = t.draw("depth", Gen.integers(1, 4));
                    int[] widths = widths(t, depth);
                    List<AffineMap> layers = affineLayers(t, depth, widths, false);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, widths[0], 3));
                    t.close("collapsed", AffineComposition.collapse(layers).apply(x), AffineComposition.forward(layers, x),
                            new Tolerance(1e-12, 0));
                }),
                forAll("superposition holds for c = 0 and fails for c != 0", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, m, n));
                    INDArray c = t.draw("c", TensorGen.dense(-2, 2, m, 1).filter(v -> Transforms.abs(v).maxNumber().doubleValue() > 1e-2));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, n, 1));
                    double a = t.draw("a", Gen.doubles(-3, 3));
                    double b = t.draw("b", Gen.doubles(-3, 3).filter(v -> Math.abs(a + v - 1) > 1e-2));
                    AffineMap linear = new AffineMap(w, Nd4j.zeros(m, 1));
                    AffineMap affine = new AffineMap(w, c);
                    t.close("c = 0", AffineComposition.superpositionResidual(linear::apply, x, y, a, b), Nd4j.zeros(m, 1),
                            new Tolerance(1e-12, 0));
                    // the residual of an affine map is (1 - a - b) c, nonzero when c != 0 and a + b != 1
                    INDArray residual = AffineComposition.superpositionResidual(affine::apply, x, y, a, b);
                    t.close("c != 0 residual", residual, c.mul(1 - a - b), new Tolerance(1e-12, 1e-12));
                    t.require(Transforms.abs(residual).maxNumber().doubleValue() > 1e-5, "superposition held with c != 0");
                }),
                forAll("with a ReLU between the layers superposition fails: f(x) + f(-x) != f(0)", t -> {
                    int[] widths = widths(t, 2);
                    List<AffineMap> layers = affineLayers(t, 2, widths, true);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, widths[0], 1));
                    java.util.function.UnaryOperator<INDArray> f = v -> layers.get(1).apply(Relu.value(layers.get(0).apply(v)));
                    INDArray residual = AffineComposition.superpositionResidual(f, x, x.neg(), 1, 1);
                    // residual = f(0) - f(x) - f(-x) = -W2 |W1 x|, the witness
                    INDArray expected = layers.get(1).w().mmul(Transforms.abs(layers.get(0).w().mmul(x))).negi();
                    t.close("residual", residual, expected, new Tolerance(1e-12, 1e-12));
                    if (Transforms.abs(expected).maxNumber().doubleValue() < 1e-3) {
                        throw new io.verideck.verifier.gen.Discard("W2 |W1 x| is about 0 for this draw");
                    }
                    t.require(Transforms.abs(residual).maxNumber().doubleValue() >= 1e-3, "no nonlinearity witness");
                })));
    }

    private static Claim perceptron() {
        return new Claim("F11", "perceptron-sign",
                "y=\\operatorname{sign}\\Big(\\sum_iW_iF_i(X)+b\\Big)",
                "io.verideck.numeric.mlp.Perceptron", Set.of("mlp", "classification"), List.of(
                forAll("the learning rule converges on linearly separable data and then classifies every example", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int n = t.draw("N", Gen.integers(2, 30));
                    INDArray wStar = t.draw("w*", TensorGen.dense(-1, 1, d, 1).filter(v -> v.norm2Number().doubleValue() > 0.1));
                    double bStar = t.draw("b*", Gen.doubles(-0.5, 0.5));
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, n, d).filter(v -> {
                        INDArray margin = Transforms.abs(v.mmul(wStar).addi(bStar));
                        return margin.minNumber().doubleValue() > 0.05 * wStar.norm2Number().doubleValue();
                    }));
                    INDArray y = Transforms.sign(x.mmul(wStar).addi(bStar).reshape(n), false);
                    Perceptron.Training result = Perceptron.train(x, y, 10_000);
                    t.require(result.converged(), "no convergence after " + result.updates() + " updates");
                    t.close("predictions", result.model().predict(x), y, new Tolerance(0, 0));
                }),
                once("on XOR the rule never finds a separator", t -> {
                    INDArray x = Nd4j.createFromArray(new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}});
                    INDArray y = Nd4j.createFromArray(-1.0, 1.0, 1.0, -1.0);
                    Perceptron.Training result = Perceptron.train(x, y, 1000);
                    t.require(!result.converged(), "converged on XOR");
                    t.require(!result.model().predict(x).equals(y), "the last weights classify XOR");
                }),
                forAll("the decision sign(w^T x + b) is invariant to rescaling (w, b) by a > 0", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, d));
                    double b = t.draw("b", Gen.doubles(-1, 1));
                    double a = t.draw("a", Gen.doubles(1e-3, 1e3));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, 10, d));
                    t.close("decisions", new Perceptron(w.mul(a), a * b).predict(x), new Perceptron(w, b).predict(x), new Tolerance(0, 0));
                })));
    }
}
