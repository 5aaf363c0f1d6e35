package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.optim.AdaGrad;
import io.verideck.numeric.optim.Adam;
import io.verideck.numeric.optim.GradientClipping;
import io.verideck.numeric.optim.GradientDescent;
import io.verideck.numeric.optim.Momentum;
import io.verideck.numeric.optim.Nesterov;
import io.verideck.numeric.optim.Quadratic;
import io.verideck.numeric.optim.RmsProp;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.clip.ClipByNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** J4 to J9: momentum, Nesterov, AdaGrad, RMSProp, Adam, gradient clipping. */
final class OptimizerClaims {
    private static final Tolerance UPDATER = new Tolerance(1e-13, 1e-12);

    private OptimizerClaims() {
    }

    static List<Claim> claims() {
        return List.of(momentum(), nesterov(), adagrad(), rmsprop(), adam(), clipping());
    }

    /** Gradients {@code [T, n]} with every entry at least 0.1 in magnitude (so sign and scale are defined). */
    private static INDArray gradients(Trial t, int steps, int n) {
        INDArray g = t.draw("g_1..g_T", TensorGen.dense(0.1, 2, steps, n));
        INDArray signs = t.draw("signs", TensorGen.dense(-1, 1, steps, n));
        return g.muli(Transforms.sign(signs, false).addi(signs.eq(0).castTo(g.dataType())));
    }

    /** A diagonal quadratic with eigenvalues log-spaced from 1 to kappa. */
    private static Quadratic illConditioned(int n, double kappa) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.pow(kappa, (double) i / (n - 1));
        }
        return Quadratic.diagonal(d);
    }

    /** @return iterations until |x| <= tol |x0| (checked every step), or max */
    private interface Method {
        INDArray[] step(INDArray x, INDArray v);
    }

    private static int iterationsTo(INDArray x0, Method method, double tol, int max) {
        INDArray x = x0.dup();
        INDArray v = Nd4j.zeros(x0.shape());
        double target = tol * x0.norm2Number().doubleValue();
        for (int k = 1; k <= max; k++) {
            INDArray[] next = method.step(x, v);
            x = next[0];
            v = next[1];
            if (x.norm2Number().doubleValue() <= target) {
                return k;
            }
        }
        return max;
    }

    private static Claim momentum() {
        return new Claim("J4", "momentum",
                "v\\leftarrow\\alpha v-\\varepsilon g,\\ \\theta\\leftarrow\\theta+v,\\quad v_t=-\\varepsilon\\sum_{k\\le t}\\alpha^{t-k}g_k",
                "io.verideck.numeric.optim.Momentum", Set.of("optimization", "optimizer"), List.of(
                forAll("the recursion equals the unrolled sum -eps sum alpha^(t-k) g_k", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 25));
                    double alpha = t.draw("alpha", Gen.doubles(0, 0.99));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray g = t.draw("g_1..g_T", TensorGen.dense(-2, 2, steps, n));
                    INDArray v = Nd4j.zeros(1, n);
                    for (int k = 0; k < steps; k++) {
                        v = Momentum.velocity(v, g.getRow(k), alpha, eps);
                    }
                    t.close("v_T", v, Momentum.unrolled(g, alpha, eps), new Tolerance(1e-13, 1e-10));
                }),
                forAll("with a constant g, v_t = -eps g (1 - alpha^t)/(1 - alpha) -> -eps g/(1 - alpha)", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    double alpha = t.draw("alpha", Gen.doubles(0, 0.9));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray g = t.draw("g", TensorGen.dense(-2, 2, 1, n));
                    INDArray terminal = Momentum.terminalVelocity(g, alpha, eps);
                    INDArray v = Nd4j.zeros(1, n);
                    for (int k = 1; k <= 60; k++) {
                        v = Momentum.velocity(v, g, alpha, eps);
                        if (k <= 3 || k % 20 == 0) {
                            t.close("v_" + k, v, terminal.mul(1 - Math.pow(alpha, k)), new Tolerance(1e-13, 1e-10));
                        }
                    }
                    double gap = v.sub(terminal).norm2Number().doubleValue();
                    t.require(gap <= Math.pow(alpha, 60) * terminal.norm2Number().doubleValue() * (1 + 1e-9) + 1e-14,
                            "|v_60 - terminal| = " + gap + " is not geometric in alpha");
                }),
                forAll("alpha = 0 is plain SGD", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, n, 1));
                    INDArray v = t.draw("v", TensorGen.dense(-2, 2, n, 1));
                    INDArray g = t.draw("g", TensorGen.dense(-2, 2, n, 1));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray moved = theta.add(Momentum.velocity(v, g, 0, eps));
                    t.close("theta + v", moved, GradientDescent.step(theta, g, eps), Tolerance.IDENTITY);
                }),
                once("kappa = 100 quadratic: momentum alpha = 0.9 reaches 1e-6 in fewer iterations than GD at the same eps", t -> {
                    Quadratic q = illConditioned(2, 100);
                    double eps = 1.0 / 100;
                    INDArray x0 = Nd4j.createFromArray(new double[][] {{1}, {1}});
                    int mom = iterationsTo(x0, (x, v) -> {
                        INDArray nv = Momentum.velocity(v, q.gradient(x), 0.9, eps);
                        return new INDArray[] {x.add(nv), nv};
                    }, 1e-6, 5000);
                    // GD's slow mode contracts by 1 - eps = 0.99 per step (about 1375 steps to 1e-6): after as many steps
                    // as momentum needed, GD is still far from 1e-6, and it is exactly (I - eps A)^k x0
                    INDArray gd = q.gradientDescent(x0, eps, mom);
                    t.close("GD error after " + mom + " steps", gd.getDouble(0, 0), Math.pow(0.99, mom), new Tolerance(1e-15, 1e-9));
                    t.record(mom, 1375);
                    t.require(mom < 5000 && gd.norm2Number().doubleValue() > 1e-6 * x0.norm2Number().doubleValue() * 10,
                            "momentum took " + mom + " iterations; GD reached " + gd.norm2Number() + " in as many");
                }),
                forAll("oscillating gradients +-g average out: |v| stays below eps|g|/(1-alpha) and below the constant-g velocity", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 0.95));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray g = t.draw("g", TensorGen.dense(0.1, 2, 1, n));
                    INDArray osc = Nd4j.zeros(1, n);
                    INDArray constant = Nd4j.zeros(1, n);
                    double bound = eps * g.norm2Number().doubleValue() / (1 - alpha);
                    for (int k = 1; k <= 40; k++) {
                        osc = Momentum.velocity(osc, k % 2 == 0 ? g : g.neg(), alpha, eps);
                        constant = Momentum.velocity(constant, g, alpha, eps);
                        double o = osc.norm2Number().doubleValue();
                        t.require(o <= bound * (1 + 1e-12), "|v_" + k + "| = " + o + " > eps|g|/(1-alpha) = " + bound);
                    }
                    double o = osc.norm2Number().doubleValue();
                    double c = constant.norm2Number().doubleValue();
                    // the oscillating velocity tends to eps|g|/(1+alpha), the constant one to eps|g|/(1-alpha)
                    t.close("|v| under +-g after 40 steps", o, eps * g.norm2Number().doubleValue() / (1 + alpha) ,
                            new Tolerance(0, 2 * Math.pow(alpha, 40) + 1e-9));
                    t.require(o < c, "oscillating |v| = " + o + " is not below the constant-g |v| = " + c);
                })));
    }

    private static Claim nesterov() {
        return new Claim("J5", "nesterov",
                "v\\leftarrow\\alpha v-\\varepsilon\\nabla J(\\theta+\\alpha v),\\ \\theta\\leftarrow\\theta+v",
                "io.verideck.numeric.optim.Nesterov", Set.of("optimization", "optimizer"), List.of(
                forAll("alpha = 0 is plain SGD", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    Quadratic q = new Quadratic(t.draw("A", TensorGen.spd(n)), t.draw("b", TensorGen.dense(-2, 2, n, 1)));
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, n, 1));
                    INDArray v = t.draw("v", TensorGen.dense(-2, 2, n, 1));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.1));
                    Nesterov.State s = Nesterov.step(new Nesterov.State(theta, v), q::gradient, 0, eps);
                    t.close("theta'", s.theta(), GradientDescent.step(theta, q.gradient(theta), eps), Tolerance.IDENTITY);
                }),
                forAll("on a quadratic the look-ahead form equals the look-ahead-free form phi = theta + alpha v, and ND4J's Nesterovs updater", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    Quadratic q = new Quadratic(t.draw("A", TensorGen.spd(n)), t.draw("b", TensorGen.dense(-2, 2, n, 1)));
                    double alpha = t.draw("alpha", Gen.doubles(0, 0.95));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.5)) / q.a().norm2Number().doubleValue();
                    INDArray theta0 = t.draw("theta_0", TensorGen.dense(-2, 2, n, 1));
                    int steps = t.draw("T", Gen.integers(1, 15));
                    Nesterov.State s = new Nesterov.State(theta0, Nd4j.zeros(n, 1));
                    Nesterov.State free = new Nesterov.State(theta0, Nd4j.zeros(n, 1));
                    INDArray grads = Nd4j.zeros(steps, n);
                    for (int k = 0; k < steps; k++) {
                        grads.putRow(k, q.gradient(free.theta()).reshape(n));
                        s = Nesterov.step(s, q::gradient, alpha, eps);
                        free = Nesterov.lookaheadFreeStep(free, q::gradient, alpha, eps);
                        t.close("phi_" + (k + 1) + " = theta + alpha v", free.theta(), s.theta().add(s.v().mul(alpha)), new Tolerance(1e-12, 1e-10));
                        t.close("v_" + (k + 1), free.v(), s.v(), new Tolerance(1e-12, 1e-10));
                    }
                    INDArray nd4j = Nd4jUpdaters.updates(new org.nd4j.linalg.learning.config.Nesterovs(eps, alpha), grads);
                    INDArray phi = theta0.reshape(1, n).add(nd4j.sum(0).reshape(1, n));
                    t.close("phi_T by ND4J Nesterovs", phi, free.theta().reshape(1, n), new Tolerance(1e-12, 1e-10));
                }),
                once("kappa = 100 quadratic, eps = 1/L, alpha = 0.9: Nesterov needs fewer iterations to 1e-8 than classical momentum", t -> {
                    double kappa = 100;
                    Quadratic q = illConditioned(6, kappa);
                    double eps = 1 / kappa;
                    double alpha = 0.9;
                    INDArray x0 = Nd4j.ones(6, 1);
                    UnaryOperator<INDArray> grad = q::gradient;
                    int nest = iterationsTo(x0, (x, v) -> {
                        Nesterov.State s = Nesterov.step(new Nesterov.State(x, v), grad, alpha, eps);
                        return new INDArray[] {s.theta(), s.v()};
                    }, 1e-8, 3000);
                    int mom = iterationsTo(x0, (x, v) -> {
                        INDArray nv = Momentum.velocity(v, grad.apply(x), alpha, eps);
                        return new INDArray[] {x.add(nv), nv};
                    }, 1e-8, nest);
                    // heavy ball leaves the stiffest mode oscillating with modulus sqrt(alpha); the look-ahead damps it
                    t.record(nest, mom);
                    // momentum is run for at most as many iterations as Nesterov needed (it returns that cap when not done)
                    t.require(nest < 3000 && nest <= mom, "Nesterov took " + nest + " iterations, momentum " + mom);
                })));
    }

    private static Claim adagrad() {
        return new Claim("J6", "adagrad",
                "r\\leftarrow r+g\\odot g,\\quad \\Delta\\theta=-\\frac{\\epsilon}{\\delta+\\sqrt r}\\odot g",
                "io.verideck.numeric.optim.AdaGrad", Set.of("optimization", "optimizer"), List.of(
                forAll("matches a hand recursion on doubles and ND4J's AdaGrad updater", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 20));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    double delta = t.draw("delta", Gen.oneOf(0.0, 1e-8, 1e-3, 1.0));
                    INDArray g = gradients(t, steps, n);
                    AdaGrad opt = new AdaGrad(eps, delta, 1, n);
                    // ND4J's AdaGrad starts its accumulator at 1e-6 (a constant of its updater) and adds its epsilon
                    // after the square root: with epsilon 0 it equals this AdaGrad with delta = 0 after one virtual
                    // gradient of 1e-3 per coordinate (r_0 = 1e-6)
                    INDArray nd4j = Nd4jUpdaters.updates(new org.nd4j.linalg.learning.config.AdaGrad(eps, 0), g);
                    AdaGrad plain = new AdaGrad(eps, 0, 1, n);
                    plain.step(Nd4j.ones(1, n).muli(1e-3));
                    double[] r = new double[n];
                    for (int k = 0; k < steps; k++) {
                        double[] gk = g.getRow(k).toDoubleVector();
                        double[] expected = new double[n];
                        for (int i = 0; i < n; i++) {
                            r[i] += gk[i] * gk[i];
                            expected[i] = -eps / (delta + Math.sqrt(r[i])) * gk[i];
                        }
                        t.close("Delta theta_" + (k + 1), opt.step(g.getRow(k)), Nd4j.createFromArray(expected), UPDATER);
                        t.close("Delta theta_" + (k + 1) + " with delta = 0 (ND4J AdaGrad)", plain.step(g.getRow(k)), nd4j.getRow(k), UPDATER);
                    }
                }),
                forAll("the effective rate eps/(delta + sqrt r_i) never increases", 6, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(2, 20));
                    INDArray g = t.draw("g_1..g_T", TensorGen.dense(-2, 2, steps, n));
                    AdaGrad opt = new AdaGrad(t.draw("eps", Gen.doubles(1e-3, 1)), t.draw("delta", Gen.doubles(0, 1e-3)), 1, n);
                    opt.step(g.getRow(0));
                    INDArray previous = opt.effectiveRate();
                    for (int k = 1; k < steps; k++) {
                        opt.step(g.getRow(k));
                        INDArray now = opt.effectiveRate();
                        t.require(now.sub(previous).maxNumber().doubleValue() <= 0, "the effective rate rose at step " + (k + 1));
                        previous = now;
                    }
                }),
                forAll("per-coordinate scale invariance: scaling g_i by c leaves Delta theta_i unchanged (delta = 0) or almost (delta = 1e-8)", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 15));
                    INDArray g = gradients(t, steps, n);
                    double c = Math.exp(t.draw("ln c", Gen.doubles(-3, 3)));
                    int i = t.draw("i", Gen.integers(0, n - 1));
                    INDArray scaled = g.dup();
                    scaled.getColumn(i).muli(c);
                    for (double delta : new double[] {0, 1e-8}) {
                        AdaGrad a = new AdaGrad(0.1, delta, 1, n);
                        AdaGrad b = new AdaGrad(0.1, delta, 1, n);
                        for (int k = 0; k < steps; k++) {
                            INDArray da = a.step(g.getRow(k));
                            INDArray db = b.step(scaled.getRow(k));
                            // delta changes a step by a relative amount at most delta / sqrt(r_i), and sqrt(r_i) >= 0.1 min(1, c)
                            double rel = delta == 0 ? 1e-13 : 2.02 * delta / (0.1 * Math.min(1, c)) + 1e-13;
                            t.close("Delta theta_i at step " + (k + 1) + ", delta " + delta, db.getDouble(i), da.getDouble(i),
                                    new Tolerance(0, rel));
                        }
                    }
                }),
                forAll("with a constant gradient and delta = 0, Delta theta_t = -eps sign(g)/sqrt(t)", 3, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray g = gradients(t, 1, n);
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    AdaGrad opt = new AdaGrad(eps, 0, 1, n);
                    for (int k = 1; k <= 30; k++) {
                        t.close("Delta theta_" + k, opt.step(g), Transforms.sign(g, true).muli(-eps / Math.sqrt(k)), UPDATER);
                    }
                })));
    }

    private static Claim rmsprop() {
        return new Claim("J7", "rmsprop",
                "r\\leftarrow\\rho r+(1-\\rho)g\\odot g,\\quad \\Delta\\theta=-\\frac{\\epsilon}{\\sqrt{\\delta+r}}\\odot g",
                "io.verideck.numeric.optim.RmsProp", Set.of("optimization", "optimizer"), List.of(
                forAll("matches a hand recursion on doubles and ND4J's RmsProp updater", 6, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 20));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    double rho = t.draw("rho", Gen.doubles(0.5, 0.999));
                    double delta = t.draw("delta", Gen.oneOf(1e-8, 1e-3, 1.0));
                    INDArray g = gradients(t, steps, n);
                    RmsProp opt = new RmsProp(eps, rho, delta, 1, n);
                    // ND4J adds its epsilon outside the square root (sqrt(r) + eps), so it is compared with delta = 0
                    INDArray nd4j = Nd4jUpdaters.updates(new org.nd4j.linalg.learning.config.RmsProp(eps, rho, 0), g);
                    RmsProp plain = new RmsProp(eps, rho, 0, 1, n);
                    double[] r = new double[n];
                    for (int k = 0; k < steps; k++) {
                        double[] gk = g.getRow(k).toDoubleVector();
                        double[] expected = new double[n];
                        for (int i = 0; i < n; i++) {
                            r[i] = rho * r[i] + (1 - rho) * gk[i] * gk[i];
                            expected[i] = -eps / Math.sqrt(delta + r[i]) * gk[i];
                        }
                        INDArray step = opt.step(g.getRow(k));
                        t.close("Delta theta_" + (k + 1), step, Nd4j.createFromArray(expected), UPDATER);
                        t.close("Delta theta_" + (k + 1) + " with delta = 0 (ND4J RmsProp)", plain.step(g.getRow(k)), nd4j.getRow(k), UPDATER);
                    }
                }),
                forAll("constant g: r_t = (1 - rho^t) g^2 -> g^2, so |Delta theta| -> eps (it does not vanish like AdaGrad's eps/sqrt t)", 2, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray g = gradients(t, 1, n);
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    double rho = t.draw("rho", Gen.doubles(0.5, 0.9));
                    RmsProp opt = new RmsProp(eps, rho, 0, 1, n);
                    AdaGrad ada = new AdaGrad(eps, 0, 1, n);
                    INDArray step = null;
                    INDArray adaStep = null;
                    int steps = 64;
                    for (int k = 1; k <= steps; k++) {
                        step = opt.step(g);
                        adaStep = ada.step(g);
                        if (k == 1 || k == 10 || k == steps) {
                            t.close("r_" + k, opt.accumulator(), g.mul(g).muli(1 - Math.pow(rho, k)), new Tolerance(1e-15, 1e-12));
                        }
                    }
                    t.close("|Delta theta_64| (RMSProp)", Transforms.abs(step, true), Nd4j.ones(1, n).muli(eps),
                            new Tolerance(0, Math.pow(rho, steps) + 1e-12));
                    double ratio = Transforms.abs(step, true).div(Transforms.abs(adaStep, true)).minNumber().doubleValue();
                    // RMSProp: eps / sqrt(1 - rho^t); AdaGrad: eps / sqrt(t)
                    t.close("RMSProp step / AdaGrad step at t = 64 (not 'basically the same')", ratio,
                            Math.sqrt(steps / (1 - Math.pow(rho, steps))), new Tolerance(0, 1e-9));
                }),
                once("after the gradient scale drops 10x, RMSProp's step recovers to eps/2 within 4/(1-rho) steps, AdaGrad's never", t -> {
                    double rho = 0.9;
                    double eps = 0.01;
                    RmsProp rms = new RmsProp(eps, rho, 0, 1, 1);
                    AdaGrad ada = new AdaGrad(eps, 0, 1, 1);
                    INDArray big = Nd4j.ones(1, 1);
                    INDArray small = big.mul(0.1);
                    for (int k = 0; k < 60; k++) {
                        rms.step(big);
                        ada.step(big);
                    }
                    int recovered = -1;
                    double adaBest = 0;
                    int window = (int) Math.ceil(4 / (1 - rho));
                    for (int k = 1; k <= window; k++) {
                        if (recovered < 0 && Math.abs(rms.step(small).getDouble(0)) >= eps / 2) {
                            recovered = k;
                        }
                        // AdaGrad's effective rate never increases (J6), so a window of the same length is enough
                        adaBest = Math.max(adaBest, Math.abs(ada.step(small).getDouble(0)));
                    }
                    t.record(recovered, 4 / (1 - rho));
                    t.require(recovered > 0 && recovered <= 4 / (1 - rho), "RMSProp recovered after " + recovered + " steps");
                    t.require(adaBest < eps / 10, "AdaGrad's step reached " + adaBest);
                }),
                forAll("bias at the start: r_t = (1 - rho^t) g^2 for a constant g (what Adam corrects)", 5, t -> {
                    double rho = t.draw("rho", Gen.doubles(0.5, 0.999));
                    double g = t.draw("g", Gen.doubles(0.1, 3));
                    RmsProp opt = new RmsProp(0.1, rho, 1e-8, 1, 1);
                    for (int k = 1; k <= 10; k++) {
                        opt.step(Nd4j.ones(1, 1).muli(g));
                        t.close("r_" + k, opt.accumulator().getDouble(0), (1 - Math.pow(rho, k)) * g * g, new Tolerance(1e-15, 1e-12));
                    }
                })));
    }

    private static Claim adam() {
        return new Claim("J8", "adam",
                "\\hat m_t=\\frac{m_t}{1-\\beta_1^t},\\ \\hat v_t=\\frac{v_t}{1-\\beta_2^t},\\ \\theta_t=\\theta_{t-1}-\\epsilon\\frac{\\hat m_t}{\\sqrt{\\hat v_t}+\\delta}",
                "io.verideck.numeric.optim.Adam", Set.of("optimization", "optimizer"), List.of(
                forAll("constant g: m^_t = g and v^_t = g^2 exactly; the first step is -eps sign(g) (delta = 0), about -3.16 eps without correction", 4, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray g = gradients(t, 1, n);
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    Adam corrected = new Adam(eps, 0.9, 0.999, 0, true, 1, n);
                    Adam raw = new Adam(eps, 0.9, 0.999, 0, false, 1, n);
                    t.close("first step", corrected.step(g), Transforms.sign(g, true).muli(-eps), UPDATER);
                    t.close("first step without correction", raw.step(g),
                            Transforms.sign(g, true).muli(-eps * 0.1 / Math.sqrt(0.001)), UPDATER);
                    for (int k = 1; k <= 30; k++) {
                        if (k > 1) {
                            corrected.step(g);
                        }
                        if (k <= 3 || k % 10 == 0) {
                            t.close("m^_" + k, corrected.firstMoment(), g, new Tolerance(1e-15, 1e-12));
                            t.close("v^_" + k, corrected.secondMoment(), g.mul(g), new Tolerance(1e-15, 1e-12));
                        }
                    }
                }),
                forAll("|m_t|/sqrt(v_t) <= (1-b1)/sqrt((1-b2)(1-b1^2/b2)) on adversarial sequences, attained up to 1 % (so the heuristic (1-b1)/sqrt(1-b2) is exceeded)", 3, t -> {
                    double beta2 = t.draw("beta2", Gen.doubles(0.9, 0.9999));
                    // beta1^2 / beta2 <= 0.95, so 100 steps reach the bound up to sqrt(1 - 0.95^100) > 0.99
                    double beta1 = t.draw("beta1", Gen.doubles(0.5, Math.sqrt(0.95 * beta2)));
                    int steps = 100;
                    int random = 64;
                    // column 0: the worst case g_k = (beta2/beta1)^k; the rest random with growing heavy-tailed scales
                    INDArray noise = SeededArrays.normal(t.seed(), steps, random);
                    INDArray scales = Transforms.exp(SeededArrays.normal(t.seed() + 1, steps, random).muli(3), false);
                    INDArray seq = Nd4j.hstack(Nd4j.zeros(steps, 1), noise.muli(scales));
                    for (int k = 0; k < steps; k++) {
                        seq.putScalar(k, 0, Math.pow(beta2 / beta1, k));
                    }
                    Adam opt = new Adam(1, beta1, beta2, 0, false, 1, random + 1);
                    double bound = Adam.ratioBound(beta1, beta2);
                    double worst = 0;
                    for (int k = 0; k < steps; k++) {
                        opt.step(seq.getRow(k));
                        if (k % 5 == 4) {
                            INDArray ratio = Transforms.abs(opt.rawFirstMoment(), false).divi(Transforms.sqrt(opt.rawSecondMoment(), false));
                            double max = ratio.maxNumber().doubleValue();
                            t.require(max <= bound * (1 + 1e-12), "step " + (k + 1) + ": |m|/sqrt(v) = " + max + " > bound " + bound);
                            worst = ratio.getDouble(0);
                        }
                    }
                    t.record(worst, bound);
                    t.require(worst >= 0.99 * bound, "the worst-case sequence reached only " + worst + " of the bound " + bound);
                    double heuristic = (1 - beta1) / Math.sqrt(1 - beta2);
                    t.require(worst > heuristic, "the worst case " + worst + " does not exceed Kingma and Ba's heuristic (1-b1)/sqrt(1-b2) = "
                            + heuristic + ", so that heuristic would pass as a bound");
                }),
                forAll("invariance to rescaling the loss by c > 0 (exact for delta = 0, 1e-5 for delta = 1e-10)", 4, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 15));
                    INDArray g = gradients(t, steps, n);
                    double c = Math.exp(t.draw("ln c", Gen.doubles(-3, 3)));
                    for (double delta : new double[] {0, 1e-10}) {
                        Adam a = new Adam(0.01, 0.9, 0.999, delta, true, 1, n);
                        Adam b = new Adam(0.01, 0.9, 0.999, delta, true, 1, n);
                        for (int k = 0; k < steps; k++) {
                            t.close("step " + (k + 1) + ", delta " + delta, b.step(g.getRow(k).mul(c)), a.step(g.getRow(k)),
                                    delta == 0 ? new Tolerance(0, 1e-12) : new Tolerance(0, 1e-5));
                        }
                    }
                }),
                forAll("matches ND4J's Adam updater (delta = 0) to 1e-12", 6, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 20));
                    double eps = t.draw("eps", Gen.doubles(1e-4, 0.1));
                    double beta1 = t.draw("beta1", Gen.doubles(0, 0.99));
                    double beta2 = t.draw("beta2", Gen.doubles(0.9, 0.9999));
                    INDArray g = gradients(t, steps, n);
                    INDArray nd4j = Nd4jUpdaters.updates(new org.nd4j.linalg.learning.config.Adam(eps, beta1, beta2, 0), g);
                    Adam opt = new Adam(eps, beta1, beta2, 0, true, 1, n);
                    for (int k = 0; k < steps; k++) {
                        t.close("Delta theta_" + (k + 1), opt.step(g.getRow(k)), nd4j.getRow(k), UPDATER);
                    }
                }),
                forAll("beta1 = 0 is RMSProp with the bias-corrected r", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    int steps = t.draw("T", Gen.integers(1, 20));
                    double rho = t.draw("beta2 = rho", Gen.doubles(0.5, 0.999));
                    INDArray g = gradients(t, steps, n);
                    Adam adam = new Adam(0.01, 0, rho, 0, true, 1, n);
                    RmsProp rms = new RmsProp(0.01, rho, 0, 1, n);
                    for (int k = 1; k <= steps; k++) {
                        INDArray gk = g.getRow(k - 1).reshape(1, n);
                        INDArray step = adam.step(gk);
                        rms.step(gk);
                        INDArray expected = gk.div(Transforms.sqrt(rms.accumulator().divi(1 - Math.pow(rho, k)), false)).muli(-0.01);
                        t.close("Delta theta_" + k, step, expected, UPDATER);
                    }
                })));
    }

    private static Claim clipping() {
        return new Claim("J9", "gradient-clipping",
                "g\\leftarrow g\\cdot\\min(1,c/\\|g\\|),\\quad g_i\\leftarrow\\operatorname{clip}(g_i,-c,c)",
                "io.verideck.numeric.optim.GradientClipping", Set.of("optimization"), List.of(
                forAll("|clip(g)| <= c, the direction is kept (cos = 1), and ND4J's ClipByNorm agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray g = t.draw("g", TensorGen.dense(-5, 5, 1, n).filter(v -> v.norm2Number().doubleValue() > 1e-3));
                    double c = t.draw("c", Gen.doubles(0.01, 10));
                    INDArray clipped = GradientClipping.byNorm(g, c);
                    double norm = clipped.norm2Number().doubleValue();
                    t.require(norm <= c * (1 + 1e-12), "|g'| = " + norm + " > c = " + c);
                    double cos = clipped.mul(g).sumNumber().doubleValue() / (norm * g.norm2Number().doubleValue());
                    t.close("cos(g, g')", cos, 1, new Tolerance(1e-12, 0));
                    INDArray out = Nd4j.zeros(g.shape());
                    Nd4j.exec(new ClipByNorm(g.dup(), out, c));
                    t.close("ND4J clipbynorm", clipped, out, new Tolerance(1e-12, 1e-10));
                }),
                forAll("value clipping bounds every entry by c but changes the direction when one entry is clipped", t -> {
                    int n = t.draw("n", Gen.integers(2, 7));
                    INDArray g = t.draw("g", TensorGen.dense(-5, 5, 1, n));
                    double c = t.draw("c", Gen.doubles(0.01, 10));
                    INDArray clipped = GradientClipping.byValue(g, c);
                    t.require(Transforms.abs(clipped, true).maxNumber().doubleValue() <= c, "an entry exceeds c");
                    t.close("unclipped entries unchanged", clipped.mul(Transforms.abs(g, true).lte(c).castTo(g.dataType())),
                            g.mul(Transforms.abs(g, true).lte(c).castTo(g.dataType())), Tolerance.IDENTITY);
                    INDArray witness = Nd4j.createFromArray(new double[][] {{2 * c, c / 2}});
                    INDArray w = GradientClipping.byValue(witness, c);
                    double cos = w.mul(witness).sumNumber().doubleValue() / (w.norm2Number().doubleValue() * witness.norm2Number().doubleValue());
                    t.require(cos < 1 - 1e-3, "value clipping of (2c, c/2) kept the direction: cos = " + cos);
                }),
                forAll("identity when |g| <= c", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray g = t.draw("g", TensorGen.dense(-1, 1, 1, n));
                    double c = g.norm2Number().doubleValue() * t.draw("c / |g|", Gen.doubles(1, 3));
                    t.close("by norm", GradientClipping.byNorm(g, c), g, new Tolerance(0, 0));
                    t.close("by value", GradientClipping.byValue(g, c), g, new Tolerance(0, 0));
                }),
                once("Adam does not bound the raw gradient: a 1e6 spike dominates m^, while clipping bounds it by c", t -> {
                    int n = 4;
                    INDArray g = SeededArrays.normal(t.seed(), 51, n);
                    g.getRow(50).muli(1e6);
                    Adam plain = new Adam(1e-3, 0.9, 0.999, 1e-8, true, 1, n);
                    Adam clipped = new Adam(1e-3, 0.9, 0.999, 1e-8, true, 1, n);
                    double c = 1;
                    for (int k = 0; k < 51; k++) {
                        plain.step(g.getRow(k));
                        clipped.step(GradientClipping.byNorm(g.getRow(k).reshape(1, n), c));
                    }
                    double typical = g.getRows(java.util.stream.IntStream.range(0, 50).toArray()).norm2(1).meanNumber().doubleValue();
                    double spikeShare = plain.firstMoment().norm2Number().doubleValue();
                    // (1 - beta1) / (1 - beta1^51) of the spike enters m^: about 1e5 times a typical gradient
                    t.require(spikeShare > 1e4 * typical, "|m^| = " + spikeShare + " is not dominated by the spike");
                    double bounded = clipped.firstMoment().norm2Number().doubleValue();
                    t.record(bounded, c);
                    t.require(bounded <= c * (1 + 1e-12), "with clipping |m^| = " + bounded + " > c");
                })));
    }
}
