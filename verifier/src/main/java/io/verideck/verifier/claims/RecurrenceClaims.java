package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.rnn.DelayedRecurrence;
import io.verideck.numeric.rnn.GradientFlow;
import io.verideck.numeric.rnn.LeakyUnit;
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
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** K7 (vanishing and exploding gradients), K8 (skip connections through time), K9 (leaky units). */
final class RecurrenceClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final GradientChecker ELEMENT = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private RecurrenceClaims() {
    }

    static List<Claim> claims() {
        return List.of(vanishExplode(), skipDelay(), leakyUnit());
    }

    /** A random symmetric matrix rescaled to spectral radius {@code rho} (eigenvalues by ND4J's symmetric solver). */
    static INDArray withSpectralRadius(Trial t, int n, double rho) {
        INDArray a = t.draw("A", TensorGen.dense(-1, 1, n, n));
        INDArray s = a.add(a.transpose()).muli(0.5);
        INDArray eig = Eigen.symmetricGeneralizedEigenvalues(s.dup());
        double radius = Transforms.abs(eig).maxNumber().doubleValue();
        t.require(radius > 1e-3, "degenerate draw");
        return s.muli(rho / radius);
    }

    private static double logSlope(INDArray w, int from, int to) {
        double a = Math.log(GradientFlow.linearJacobian(w, from).norm2Number().doubleValue());
        double b = Math.log(GradientFlow.linearJacobian(w, to).norm2Number().doubleValue());
        return (b - a) / (to - from);
    }

    private static Claim vanishExplode() {
        return new Claim("K7", "rnn-vanish-explode",
                "h^{(t)}=Wh^{(t-1)}\\Rightarrow\\frac{\\partial h^{(t)}}{\\partial h^{(0)}}=W^t;\\ \\tanh:\\ \\prod_k\\operatorname{diag}(1-h_k^2)W",
                "io.verideck.numeric.rnn.GradientFlow", Set.of("rnn", "gradient"), List.of(
                forAll("linear RNN: log ||W^t|| has slope log rho (+-0.02 over t = 20..60): decays for rho = 0.9, grows for 1.1", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    for (double rho : new double[] {0.9, 1.1}) {
                        INDArray w = withSpectralRadius(t, n, rho);
                        double slope = logSlope(w, 20, 60);
                        t.close("log-slope for rho " + rho, slope, Math.log(rho), new Tolerance(0.02, 0));
                        t.require(rho < 1 ? slope < 0 : slope > 0, "slope " + slope + " has the wrong sign for rho " + rho);
                    }
                }),
                forAll("tanh RNN: the product of diag(1 - h^2) W matches central differences of h_T in h_0 (T = 8)", 3, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    INDArray w = withSpectralRadius(t, n, 1.1);
                    INDArray u = t.draw("U", TensorGen.dense(-1, 1, n, 2));
                    INDArray b = t.draw("b", TensorGen.dense(-0.5, 0.5, n));
                    INDArray xs = t.draw("xs", TensorGen.dense(-1, 1, 8, 2));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, n));
                    ParameterLayout layout = ParameterLayout.of("h0", h0);
                    t.gradient("dh_T/dh_0", CHECK, new Differentiable(layout, n, s -> {
                        INDArray out = Nd4j.create(s.rows(), n);
                        for (int r = 0; r < s.rows(); r++) {
                            out.getRow(r).assign(GradientFlow.tanhStates(w, u, b, xs, s.getRow(r).dup()).getRow(7));
                        }
                        return out;
                    }, v -> GradientFlow.tanhJacobian(w, GradientFlow.tanhStates(w, u, b, xs, v))), h0);
                }),
                forAll("tanh with rho(W) = 1.1: once the units saturate ||dh_30/dh_0|| < 1e-3, while ||W^30|| = 1.1^30", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    INDArray w = withSpectralRadius(t, n, 1.1);
                    INDArray u = Nd4j.eye(n).muli(5);
                    INDArray xs = t.draw("xs", TensorGen.dense(1, 2, 30, n));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, n));
                    double tanhNorm = GradientFlow.tanhJacobian(w, GradientFlow.tanhStates(w, u, Nd4j.zeros(n), xs, h0)).norm2Number().doubleValue();
                    double linear = GradientFlow.linearJacobian(w, 30).norm2Number().doubleValue();
                    t.require(tanhNorm < 1e-3, "saturated tanh Jacobian norm " + tanhNorm);
                    t.require(linear >= Math.pow(1.1, 30) * (1 - 1e-9), "||W^30||_F = " + linear + " < 1.1^30");
                }),
                forAll("clipping bounds the exploding gradient: ||clip(W^60 g)|| <= c, direction kept", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    INDArray w = withSpectralRadius(t, n, 1.1);
                    INDArray g = GradientFlow.linearJacobian(w, 60).mmul(t.draw("g", TensorGen.dense(-1, 1, n, 1)));
                    double c = t.draw("c", Gen.doubles(0.1, 5));
                    INDArray clipped = GradientFlow.clipByNorm(g, c);
                    double norm = clipped.norm2Number().doubleValue();
                    t.require(norm <= c * (1 + 1e-12), "clipped norm " + norm + " > " + c);
                    double cos = clipped.mul(g).sumNumber().doubleValue() / (norm * g.norm2Number().doubleValue());
                    t.close("cosine(clipped, g)", cos, 1, Tolerance.IDENTITY);
                })));
    }

    private static Claim skipDelay() {
        return new Claim("K8", "rnn-skip-delay", "h_t=w\\,h_{t-d}+x_t\\Rightarrow\\frac{\\partial h_\\tau}{\\partial h_0}=w^{\\tau/d}",
                "io.verideck.numeric.rnn.DelayedRecurrence", Set.of("rnn", "gradient"), List.of(
                forAll("dh_tau/dh_0 = w^(tau/d) for d | tau, and matches central differences", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int m = t.draw("tau/d", Gen.integers(1, 8));
                    double w = t.draw("w", Gen.doubles(-1.5, 1.5));
                    DelayedRecurrence r = new DelayedRecurrence(w, d);
                    int tau = m * d;
                    double[] xs = t.draw("xs", TensorGen.dense(-1, 1, tau)).toDoubleVector();
                    double[] init = t.draw("init", TensorGen.dense(-1, 1, d)).toDoubleVector();
                    t.close("closed form", r.sensitivityToStart(tau), Math.pow(w, m), Tolerance.IDENTITY);
                    INDArray point = Nd4j.createFromArray(init);
                    ParameterLayout layout = ParameterLayout.of("h", point);
                    t.gradient("dh_tau/dh_(1-d..0)", ELEMENT, Differentiable.scalar(layout, s -> {
                        double[] out = new double[(int) s.rows()];
                        for (int i = 0; i < out.length; i++) {
                            double[] h = r.run(s.getRow(i).toDoubleVector(), xs);
                            out[i] = h[tau - 1];
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> {
                        double[] g = new double[d];
                        for (int j = 0; j < d; j++) {
                            g[j] = r.sensitivity(j, tau);
                        }
                        return Nd4j.createFromArray(g);
                    }), point);
                }),
                forAll("log |dh_tau/dh_0| with delay d is 1/d times the delay-1 value", t -> {
                    int d = t.draw("d", Gen.integers(2, 5));
                    int m = t.draw("tau/d", Gen.integers(1, 10));
                    double w = t.draw("w", Gen.doubles(0.2, 0.95));
                    int tau = m * d;
                    double delayed = Math.log(Math.abs(new DelayedRecurrence(w, d).sensitivityToStart(tau)));
                    double plain = Math.log(Math.abs(new DelayedRecurrence(w, 1).sensitivityToStart(tau)));
                    t.close("log-gradient ratio", delayed * d, plain, Tolerance.IDENTITY);
                })));
    }

    private static Claim leakyUnit() {
        return new Claim("K9", "leaky-unit-ema",
                "\\mu^{(t)}=\\alpha\\mu^{(t-1)}+(1-\\alpha)v^{(t)}=\\alpha^t\\mu^{(0)}+(1-\\alpha)\\sum_{k=1}^t\\alpha^{t-k}v^{(k)}",
                "io.verideck.numeric.rnn.LeakyUnit", Set.of("rnn", "ema", "gradient"), List.of(
                forAll("the closed form equals the recursion; the weights of v_1..v_t sum to 1 - alpha^t", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(0, 1));
                    int steps = t.draw("t", Gen.integers(1, 40));
                    int n = t.draw("n", Gen.integers(1, 4));
                    LeakyUnit unit = new LeakyUnit(alpha);
                    INDArray mu0 = t.draw("mu0", TensorGen.dense(-2, 2, n));
                    INDArray vs = t.draw("vs", TensorGen.dense(-2, 2, steps, n));
                    t.close("closed form", unit.closedForm(mu0, vs), unit.run(mu0, vs), Tolerance.IDENTITY);
                    t.close("sum of weights", unit.weights(steps).sumNumber().doubleValue(), 1 - Math.pow(alpha, steps), Tolerance.IDENTITY);
                }),
                once("memory: after 100 steps a start perturbation survives with factor > 0.36 for alpha = 0.99, < 1e-30 for 0.5", t -> {
                    INDArray vs = t.draw("vs", TensorGen.dense(-1, 1, 100, 1));
                    for (double alpha : new double[] {0.99, 0.5}) {
                        LeakyUnit unit = new LeakyUnit(alpha);
                        double base = unit.run(Nd4j.zeros(1), vs).getDouble(0);
                        double moved = unit.run(Nd4j.ones(1), vs).getDouble(0);
                        t.close("influence, alpha " + alpha, moved - base, unit.sensitivity(100), new Tolerance(1e-12, 1e-9));
                    }
                    t.require(new LeakyUnit(0.99).sensitivity(100) > 0.36, "alpha = 0.99 forgets");
                    t.require(new LeakyUnit(0.5).sensitivity(100) < 1e-30, "alpha = 0.5 remembers");
                }),
                forAll("dmu_t/dmu_(t-k) = alpha^k I (central differences)", t -> {
                    double alpha = t.draw("alpha", Gen.doubles(0, 1));
                    int k = t.draw("k", Gen.integers(1, 20));
                    int n = t.draw("n", Gen.integers(1, 3));
                    LeakyUnit unit = new LeakyUnit(alpha);
                    INDArray vs = t.draw("vs", TensorGen.dense(-2, 2, k, n));
                    INDArray mu = t.draw("mu", TensorGen.dense(-2, 2, n));
                    ParameterLayout layout = ParameterLayout.of("mu", mu);
                    t.gradient("dmu_t/dmu_(t-k)", ELEMENT, new Differentiable(layout, n, s -> {
                        INDArray out = Nd4j.create(s.rows(), n);
                        for (int r = 0; r < s.rows(); r++) {
                            out.getRow(r).assign(unit.run(s.getRow(r).dup(), vs));
                        }
                        return out;
                    }, v -> Nd4j.eye(n).muli(unit.sensitivity(k))), mu);
                })));
    }
}
