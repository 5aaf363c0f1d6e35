package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.autodiff.BooleanLookupNetwork;
import io.verideck.numeric.autodiff.ModeGradients;
import io.verideck.numeric.autodiff.QuadraticForms;
import io.verideck.numeric.autodiff.ScalarOps;
import io.verideck.numeric.autodiff.ScalarProgram;
import io.verideck.numeric.autodiff.TanhLayerMap;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientCheckResult;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Section G: MLP, backpropagation and automatic differentiation (G1 to G3 are in MlpClaims, G10 to G14 in DepthClaims). */
public final class BackpropClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private BackpropClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(chainRule(), forwardMode(), workedExamples(), gatePatterns(), quadraticNorm(),
                matrixCalculus()));
        all.addAll(DepthClaims.claims());
        return all;
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("backprop-vector-chain-rule", "G4", v -> ValueArrays.value(
                        TanhLayerMap.vectorJacobianProduct(ValueArrays.array(v.get("J")), ValueArrays.array(v.get("g"))).reshape(-1, 1))),
                new FormulaBinding("backprop-quadratic-norm", "G8", v -> ValueArrays.value(
                        QuadraticForms.squaredNormGradW(ValueArrays.array(v.get("W")), ValueArrays.array(v.get("x"))))),
                new FormulaBinding("backprop-input-gradient", "G8", v -> ValueArrays.value(
                        QuadraticForms.squaredNormGradX(ValueArrays.array(v.get("W")), ValueArrays.array(v.get("x"))))),
                new FormulaBinding("mlp-boolean-function-count", "G12",
                        v -> ValueArrays.scalar(Math.pow(2, BooleanLookupNetwork.patterns(v.get("n").asInt()).rows()))));
    }

    /** A scalar program as a {@link Differentiable}, its gradient from the reverse-mode tape. */
    static Differentiable taped(String name, ScalarProgram f, int n) {
        ParameterLayout layout = ParameterLayout.of(name, Nd4j.zeros(n));
        return Differentiable.scalar(layout, s -> {
            double[] flat = s.dup('c').data().asDouble();
            double[] out = new double[(int) s.size(0)];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.value(java.util.Arrays.copyOfRange(flat, i * n, (i + 1) * n));
            }
            return Nd4j.createFromArray(out);
        }, v -> Nd4j.createFromArray(ModeGradients.reverse(f, 1.0, v.toDoubleVector()).gradient()));
    }

    private static Claim chainRule() {
        return new Claim("G4", "autodiff-chain-rule",
                "(f\\circ g)'=f'(g)\\,g',\\quad \\nabla_xz=J_y(x)^T\\nabla_yz,\\ J_y(x)=\\partial y/\\partial x\\in\\mathbb R^{n\\times m}",
                "io.verideck.numeric.autodiff.TanhLayerMap", Set.of("autodiff", "gradient"), List.of(
                forAll("for y = tanh(Ax + c) and z = ||y||^2/2 the VJP J^T grad_y z matches central differences", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    TanhLayerMap g = new TanhLayerMap(t.draw("A", TensorGen.dense(-1, 1, n, m)), t.draw("c", TensorGen.dense(-1, 1, n)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m));
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    Differentiable f = Differentiable.scalar(layout, s -> {
                        INDArray y = g.apply(s);
                        return y.mul(y).sum(1).muli(0.5);
                    }, v -> {
                        INDArray y = g.apply(v.reshape(1, m)).reshape(n);
                        return TanhLayerMap.vectorJacobianProduct(g.jacobian(v), y);
                    });
                    t.gradient("grad_x z", CHECK, f, x);
                    t.gradient("J = dy/dx", CHECK, new Differentiable(layout, n, g::apply, g::jacobian), x);
                }),
                forAll("J^T grad_y z equals SameDiff's reverse-mode gradient", 3, t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    TanhLayerMap g = new TanhLayerMap(t.draw("A", TensorGen.dense(-1, 1, n, m)), t.draw("c", TensorGen.dense(-1, 1, n)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m));
                    INDArray y = g.apply(x.reshape(1, m)).reshape(n);
                    t.close("SameDiff", TanhLayerMap.vectorJacobianProduct(g.jacobian(x), y),
                            io.verideck.numeric.autodiff.SameDiffOracle.halfSquaredNormInputGradient(g, x), Tolerance.IDENTITY);
                }),
                forAll("J instead of J^T: a shape error when m != n, and wrong values when m = n", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    TanhLayerMap g = new TanhLayerMap(t.draw("A", TensorGen.dense(-1, 1, n, m)), t.draw("c", TensorGen.dense(-1, 1, n)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m));
                    INDArray y = g.apply(x.reshape(1, m)).reshape(n);
                    INDArray jacobian = g.jacobian(x);
                    if (m != n) {
                        boolean rejected;
                        try {
                            TanhLayerMap.vectorJacobianProduct(jacobian.transpose(), y);
                            rejected = false;
                        } catch (IllegalArgumentException expected) {
                            rejected = true;
                        }
                        t.require(rejected, "J g was accepted with m = " + m + ", n = " + n);
                        return;
                    }
                    if (m == 1 || jacobian.sub(jacobian.transpose()).norm2Number().doubleValue() < 1e-3) {
                        throw new io.verideck.verifier.gen.Discard("J is (nearly) symmetric: J and J^T agree");
                    }
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    Differentiable wrong = Differentiable.scalar(layout, s -> {
                        INDArray ys = g.apply(s);
                        return ys.mul(ys).sum(1).muli(0.5);
                    }, v -> TanhLayerMap.vectorJacobianProduct(g.jacobian(v).transpose(), g.apply(v.reshape(1, m)).reshape(n)));
                    GradientCheckResult r = CHECK.check(wrong, x, t.seed());
                    t.require(!r.passed(), "J g passed the gradient check");
                })));
    }

    /** The slide's {@code z = x1 x2 + sin x1}. */
    static final ScalarProgram SLIDE = new ScalarProgram() {
        @Override
        public <T> T apply(ScalarOps<T> o, List<T> x) {
            return o.add(o.mul(x.get(0), x.get(1)), o.sin(x.get(0)));
        }
    };

    /** {@code f(x) = sum_i x_i x_{i+1} + sin x_i}, a program of any arity. */
    static final ScalarProgram CHAIN = new ScalarProgram() {
        @Override
        public <T> T apply(ScalarOps<T> o, List<T> x) {
            T acc = o.constant(0);
            for (int i = 0; i < x.size(); i++) {
                acc = o.add(acc, o.add(o.mul(x.get(i), x.get((i + 1) % x.size())), o.sin(x.get(i))));
            }
            return acc;
        }
    };

    private static Claim forwardMode() {
        return new Claim("G5", "autodiff-forward-mode",
                "z=x_1x_2+\\sin x_1:\\ \\dot w_3=w_2\\dot w_1+w_1\\dot w_2,\\ \\dot w_4=\\cos w_1\\dot w_1,\\ \\partial z/\\partial x_1=x_2+\\cos x_1,\\ \\partial z/\\partial x_2=x_1",
                "io.verideck.numeric.autodiff.DualOps", Set.of("autodiff", "gradient"), List.of(
                forAll("dual numbers seeded (1, 0) give x2 + cos x1 and seeded (0, 1) give x1", t -> {
                    double x1 = t.draw("x1", Gen.doubles(-5, 5));
                    double x2 = t.draw("x2", Gen.doubles(-5, 5));
                    double[] g = ModeGradients.forward(SLIDE, x1, x2).gradient();
                    t.close("dz/dx1", g[0], x2 + Math.cos(x1), new Tolerance(1e-15, 1e-15));
                    t.close("dz/dx2", g[1], x1, new Tolerance(0, 0));
                }),
                forAll("forward mode equals reverse mode and central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n));
                    double[] fwd = ModeGradients.forward(CHAIN, x.toDoubleVector()).gradient();
                    double[] rev = ModeGradients.reverse(CHAIN, 1.0, x.toDoubleVector()).gradient();
                    t.close("forward vs reverse", Nd4j.createFromArray(fwd), Nd4j.createFromArray(rev), new Tolerance(1e-14, 1e-14));
                    t.gradient("reverse vs FD", CHECK, taped("x", CHAIN, n), x);
                }),
                forAll("forward mode needs n passes for grad f, f: R^n -> R; reverse needs one forward and one backward", t -> {
                    int n = t.draw("n", Gen.integers(1, 30));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n));
                    t.require(ModeGradients.forward(CHAIN, x.toDoubleVector()).passes() == n, "forward passes != n");
                    t.require(ModeGradients.reverse(CHAIN, 1.0, x.toDoubleVector()).passes() == 2, "reverse passes != 2");
                })));
    }

    /** {@code (x + y) z}. */
    static final ScalarProgram ADD_MUL = new ScalarProgram() {
        @Override
        public <T> T apply(ScalarOps<T> o, List<T> v) {
            return o.mul(o.add(v.get(0), v.get(1)), v.get(2));
        }
    };

    /** The sigmoid neuron {@code 1/(1 + exp(-(w0 x0 + w1 x1 + w2)))} over (w0, w1, w2, x0, x1), by primitives. */
    static final ScalarProgram NEURON = new ScalarProgram() {
        @Override
        public <T> T apply(ScalarOps<T> o, List<T> v) {
            T dot = o.add(o.add(o.mul(v.get(0), v.get(3)), o.mul(v.get(1), v.get(4))), v.get(2));
            return o.reciprocal(o.add(o.exp(o.negate(dot)), o.constant(1)));
        }
    };

    /** {@code sin(sin(sin w))}. */
    static final ScalarProgram SIN3 = new ScalarProgram() {
        @Override
        public <T> T apply(ScalarOps<T> o, List<T> v) {
            return o.sin(o.sin(o.sin(v.get(0))));
        }
    };

    private static Claim workedExamples() {
        return new Claim("G6", "backprop-worked-examples",
                "f=(x+y)z:\\ \\nabla f=(z,z,x+y);\\quad f=\\sigma(w_0x_0+w_1x_1+w_2):\\ \\partial f/\\partial w_i=\\sigma(1-\\sigma)x_i",
                "io.verideck.numeric.autodiff.Tape", Set.of("autodiff", "gradient", "worked-example"), List.of(
                once("the reverse-mode tape gives grad (x + y) z = (-4, -4, 3) exactly at (-2, 5, -4)", t -> {
                    double[] g = ModeGradients.reverse(ADD_MUL, 1.0, -2, 5, -4).gradient();
                    t.close("grad", Nd4j.createFromArray(g), Nd4j.createFromArray(-4.0, -4.0, 3.0), new Tolerance(0, 0));
                    t.close("f", ADD_MUL.value(-2, 5, -4), -12.0, new Tolerance(0, 0));
                }),
                forAll("sigmoid neuron: the chain of primitives (exp, +1, 1/x, *(-1)) equals the sigma(1 - sigma) shortcut and FD", t -> {
                    INDArray p = t.draw("(w0,w1,w2,x0,x1)", TensorGen.dense(-3, 3, 5));
                    double[] v = p.toDoubleVector();
                    double[] g = ModeGradients.reverse(NEURON, 1.0, v).gradient();
                    double s = NEURON.value(v);
                    double local = s * (1 - s);
                    INDArray shortcut = Nd4j.createFromArray(local * v[3], local * v[4], local, local * v[0], local * v[1]);
                    t.close("shortcut", Nd4j.createFromArray(g), shortcut, new Tolerance(1e-15, 1e-13));
                    t.gradient("FD", CHECK, taped("p", NEURON, 5), p);
                }),
                once("golden values at w = (2, -3, -3), x = (-1, -2): f = 0.731, grad_w = (-0.197, -0.393, 0.197), grad_x = (0.393, -0.590)", t -> {
                    double[] g = ModeGradients.reverse(NEURON, 1.0, 2, -3, -3, -1, -2).gradient();
                    Tolerance threeDigits = new Tolerance(5e-4, 0);
                    t.close("f", NEURON.value(2, -3, -3, -1, -2), 0.731, threeDigits);
                    t.close("grad", Nd4j.createFromArray(g), Nd4j.createFromArray(-0.197, -0.393, 0.197, 0.393, -0.590), threeDigits);
                }),
                forAll("z = f(f(f(w))) with f = sin: dz/dw = f'(f(f(w))) f'(f(w)) f'(w) equals the tape and FD", t -> {
                    INDArray w = t.draw("w", TensorGen.dense(-4, 4, 1));
                    double x = w.getDouble(0);
                    double chain = Math.cos(Math.sin(Math.sin(x))) * Math.cos(Math.sin(x)) * Math.cos(x);
                    t.close("tape", ModeGradients.reverse(SIN3, 1.0, x).gradient()[0], chain, new Tolerance(1e-16, 1e-15));
                    t.gradient("FD", CHECK, taped("w", SIN3, 1), w);
                })));
    }

    private static ScalarProgram gate(String kind) {
        return new ScalarProgram() {
            @Override
            public <T> T apply(ScalarOps<T> o, List<T> v) {
                return switch (kind) {
                    case "add" -> o.add(v.get(0), v.get(1));
                    case "max" -> o.max(v.get(0), v.get(1));
                    default -> o.mul(v.get(0), v.get(1));
                };
            }
        };
    }

    private static void checkGate(Trial t, String kind, double a, double b, double g, double ga, double gb) {
        double[] grad = ModeGradients.reverse(gate(kind), g, a, b).gradient();
        t.close(kind + " d/da", grad[0], ga, new Tolerance(0, 0));
        t.close(kind + " d/db", grad[1], gb, new Tolerance(0, 0));
        ScalarProgram scaled = new ScalarProgram() {
            @Override
            public <T> T apply(ScalarOps<T> o, List<T> v) {
                return o.mul(o.constant(g), gate(kind).apply(o, v));
            }
        };
        t.gradient(kind + " FD", CHECK, taped("(a,b)", scaled, 2), Nd4j.createFromArray(a, b));
    }

    private static Claim gatePatterns() {
        return new Claim("G7", "backprop-gate-patterns",
                "\\partial(a+b)=(g,g),\\quad \\partial\\max(a,b)=(g,0)\\ (a>b),\\quad \\partial(ab)=(gb,ga)",
                "io.verideck.numeric.autodiff.Tape", Set.of("autodiff", "gradient"), List.of(
                forAll("add distributes the upstream g unchanged: (g, g)", t -> {
                    double a = t.draw("a", Gen.doubles(-5, 5));
                    double b = t.draw("b", Gen.doubles(-5, 5));
                    double g = t.draw("g", Gen.doubles(-5, 5));
                    checkGate(t, "add", a, b, g, g, g);
                }),
                forAll("max routes g to the larger input only: (g, 0) if a > b", t -> {
                    double a = t.draw("a", Gen.doubles(-5, 5));
                    double b = t.draw("b", Gen.doubles(-5, 5).filter(v -> Math.abs(v - a) > 1e-3));
                    double g = t.draw("g", Gen.doubles(-5, 5));
                    checkGate(t, "max", a, b, g, a > b ? g : 0, a > b ? 0 : g);
                }),
                forAll("mul switches: each input receives g times the other input, (g b, g a)", t -> {
                    double a = t.draw("a", Gen.doubles(-5, 5));
                    double b = t.draw("b", Gen.doubles(-5, 5));
                    double g = t.draw("g", Gen.doubles(-5, 5));
                    checkGate(t, "mul", a, b, g, g * b, g * a);
                })));
    }

    private static Claim quadraticNorm() {
        return new Claim("G8", "backprop-quadratic-norm",
                "f=\\|Wx\\|^2,\\ q=Wx:\\ \\nabla_qf=2q,\\ \\nabla_Wf=2qx^T,\\ \\nabla_xf=2W^Tq=2W^TWx",
                "io.verideck.numeric.autodiff.QuadraticForms", Set.of("autodiff", "gradient", "matrix-calculus"), List.of(
                forAll("grad_W = 2 q x^T and grad_x = 2 W^T W x match central differences for non-square W", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1));
                    ParameterLayout lw = ParameterLayout.of("W", w);
                    t.gradient("grad_W", CHECK, Differentiable.scalar(lw, s -> stackedNormW(s, n, m, x),
                            v -> QuadraticForms.squaredNormGradW(v.reshape(n, m), x)), w.reshape(n * m));
                    ParameterLayout lx = ParameterLayout.of("x", x.reshape(m));
                    t.gradient("grad_x", CHECK, Differentiable.scalar(lx, s -> QuadraticForms.squaredNorm(w, s.transpose()),
                            v -> QuadraticForms.squaredNormGradX(w, v.reshape(m, 1))), x.reshape(m));
                    INDArray q = w.mmul(x);
                    t.close("grad_W = grad_q x^T", QuadraticForms.squaredNormGradW(w, x), q.mul(2.0).mmul(x.transpose()), Tolerance.IDENTITY);
                }),
                forAll("grad_W and grad_x equal SameDiff's reverse-mode gradients", 3, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1));
                    INDArray[] oracle = io.verideck.numeric.autodiff.SameDiffOracle.squaredNormGradients(w, x);
                    t.close("grad_W", QuadraticForms.squaredNormGradW(w, x), oracle[0], Tolerance.IDENTITY);
                    t.close("grad_x", QuadraticForms.squaredNormGradX(w, x), oracle[1], Tolerance.IDENTITY);
                }),
                forAll("grad_W f has the shape of W", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    int m = t.draw("m", Gen.integers(1, 6));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1));
                    t.require(java.util.Arrays.equals(QuadraticForms.squaredNormGradW(w, x).shape(), w.shape()), "shape differs from W");
                }),
                forAll("the slide's variant 2 q_i x_i (x_i for x_j) fails the gradient check when m > 1", t -> {
                    int m = t.draw("m", Gen.integers(2, 5));
                    int n = t.draw("n", Gen.integers(1, m));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1).filter(v -> distinctEnough(v)));
                    INDArray q = w.mmul(x);
                    if (Math.abs(q.getDouble(0, 0)) < 1e-2) {
                        throw new io.verideck.verifier.gen.Discard("q_0 is about 0: the variant happens to agree on row 0");
                    }
                    INDArray wrong = Nd4j.zeros(n, m);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < m; j++) {
                            wrong.putScalar(i, j, 2 * q.getDouble(i, 0) * x.getDouble(i, 0));
                        }
                    }
                    GradientCheckResult r = CHECK.check(Differentiable.scalar(ParameterLayout.of("W", w), s -> stackedNormW(s, n, m, x),
                            v -> wrong), w.reshape(n * m), t.seed());
                    t.require(!r.passed(), "the x_i variant passed the gradient check");
                })));
    }

    private static boolean distinctEnough(INDArray x) {
        double[] v = x.toDoubleVector();
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i] - v[0]) < 1e-2) {
                return false;
            }
        }
        return true;
    }

    private static INDArray stackedNormW(INDArray s, int n, int m, INDArray x) {
        INDArray q = io.verideck.numeric.Stacked.matmul(s.dup('c').reshape('c', s.size(0), n, m), x);
        return q.mul(q).sum(1, 2);
    }

    private static Claim matrixCalculus() {
        return new Claim("G9", "matrix-calculus-identities",
                "\\tfrac{\\partial y^TAx}{\\partial x}=y^TA,\\ \\tfrac{\\partial y^TAx}{\\partial y}=x^TA^T,\\ \\tfrac{\\partial x^TAx}{\\partial x}=x^T(A+A^T),\\ \\tfrac{\\partial f}{\\partial A^T}=\\big(\\tfrac{\\partial f}{\\partial A}\\big)^T",
                "io.verideck.numeric.autodiff.QuadraticForms", Set.of("matrix-calculus", "gradient"), List.of(
                forAll("each identity matches central differences for a random non-symmetric A", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, m));
                    INDArray sq = t.draw("B", TensorGen.dense(-2, 2, m, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, n, 1));
                    t.gradient("d(y^T A x)/dx", CHECK, Differentiable.scalar(ParameterLayout.of("x", x.reshape(m)),
                            s -> s.mmul(a.transpose().mmul(y)), v -> QuadraticForms.bilinearGradX(y, a)), x.reshape(m));
                    t.gradient("d(y^T A x)/dy", CHECK, Differentiable.scalar(ParameterLayout.of("y", y.reshape(n)),
                            s -> s.mmul(a.mmul(x)), v -> QuadraticForms.bilinearGradY(x, a)), y.reshape(n));
                    t.gradient("d(x^T B x)/dx", CHECK, Differentiable.scalar(ParameterLayout.of("x", x.reshape(m)),
                            s -> s.mmul(sq).mul(s).sum(1), v -> QuadraticForms.quadraticGradX(v.reshape(m, 1), sq)), x.reshape(m));
                }),
                forAll("d f/d A^T = (d f/d A)^T for f = y^T A x (central differences in A^T)", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int m = t.draw("m", Gen.integers(1, 5));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, m, 1));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, n, 1));
                    INDArray at = a.transpose().dup('c');
                    // f as a function of B = A^T [m, n]: y^T B^T x = x^T B y = sum_ij B_ij x_i y_j
                    INDArray weights = x.mmul(y.transpose()).reshape(m * n, 1);
                    t.gradient("d f/d A^T", CHECK, Differentiable.scalar(ParameterLayout.of("A^T", at),
                            s -> s.mmul(weights), v -> QuadraticForms.bilinearGradA(y, x).transpose()), at.reshape(m * n));
                    t.close("bilinear value", QuadraticForms.bilinear(y, a, x), at.reshape(1, m * n).mmul(weights).getDouble(0), Tolerance.IDENTITY);
                }),
                forAll("for symmetric A, d(x^T A x)/dx = 2 x^T A", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray b = t.draw("B", TensorGen.dense(-2, 2, n, n));
                    INDArray a = b.add(b.transpose());
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    t.close("2 x^T A", QuadraticForms.quadraticGradX(x, a), x.transpose().mmul(a).muli(2.0), Tolerance.IDENTITY);
                    t.gradient("FD", CHECK, Differentiable.scalar(ParameterLayout.of("x", x.reshape(n)),
                            s -> s.mmul(a).mul(s).sum(1), v -> v.reshape(1, n).mmul(a).muli(2.0)), x.reshape(n));
                })));
    }
}
