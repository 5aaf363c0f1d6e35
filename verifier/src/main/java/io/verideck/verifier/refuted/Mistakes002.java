package io.verideck.verifier.refuted;

import static io.verideck.verifier.refuted.Comparison.approx;
import static io.verideck.verifier.refuted.Comparison.eq;
import static io.verideck.verifier.refuted.Comparison.ge;
import static io.verideck.verifier.refuted.Comparison.gt;
import static io.verideck.verifier.refuted.Comparison.le;
import static io.verideck.verifier.refuted.Comparison.lt;
import static io.verideck.verifier.refuted.Comparison.within;
import static io.verideck.verifier.refuted.Entries.outOfScope;
import static io.verideck.verifier.refuted.Entries.search;
import static io.verideck.verifier.refuted.Entries.verbal;
import static io.verideck.verifier.refuted.Entries.w;
import static io.verideck.verifier.refuted.Entries.z;

import io.verideck.numeric.mistakes.AdaptiveStep;
import io.verideck.numeric.mistakes.DiscreteGan;
import io.verideck.numeric.mistakes.Matrix2;
import io.verideck.numeric.mistakes.ScalarLatentModel;
import io.verideck.verifier.gen.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** §Z entries in source 002, the exam questions and answers (Z-38 to Z-58). */
final class Mistakes002 {
    private Mistakes002() {
    }

    static List<RefutedClaim> all() {
        return List.of(
                z("Z-38", "002-Q06 l.61", "FORMULA", "\\kappa=\\lambda_{\\max}/\\lambda_{\\min}", "\\kappa=\\max_i|\\lambda_i|/\\min_j|\\lambda_j|=\\|H\\|_2\\|H^{-1}\\|_2", "A10",
                        search(100, Mistakes002::conditionNumber)),
                z("Z-39", "002-Q06 l.75", "CONCEPT", "\\text{flat regions are a problem in convex optimization: } f(w_{\\text{flat}})>\\min f",
                        "\\text{convex: a flat region is a set of global minima; non-convex: a plateau may lie above } \\min f", "J14",
                        search(20, Mistakes002::flatRegions)),
                z("Z-40", "002-Q06 l.77", "CONCEPT", "f'(w)=\\frac{f(w+\\Delta)-f(w)}{\\Delta} \\text{ (a difference between two points)}",
                        "f'(w)=\\lim_{h\\to0}\\frac{f(w+h)-f(w-h)}{2h} \\text{ (local)}", "J9", search(50, Mistakes002::cliffGradient)),
                z("Z-41", "002-Q06 l.95", "FORMULA", "\\rho(W)=|\\max_i\\lambda_i|", "\\rho(W)=\\max_i|\\lambda_i|=\\lim_k\\|W^k\\|_2^{1/k}", "J15",
                        search(100, Mistakes002::spectralRadius)),
                z("Z-42", "002-Q07 l.113", "FORMULA", "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\delta+\\sqrt{\\sum_t g_t}}",
                        "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\delta+\\sqrt{\\sum_t g_t\\odot g_t}}", "J6", search(50, Mistakes002::adagradScale)),
                z("Z-43", "002-Q07 l.121-124", "MISSING", "r\\leftarrow\\rho r+(1-\\rho)g\\odot g \\text{ (no update)}", "\\Delta\\theta=-\\frac{\\epsilon}{\\sqrt{\\delta+r}}\\odot g", "J7", outOfScope()),
                z("Z-44", "002-Q08 l.134", "CONCEPT", "\\text{ReLU is discontinuous at } 0:\\ \\mathrm{relu}(h)\\ne\\mathrm{relu}(0) \\text{ as } h\\to0",
                        "\\mathrm{relu} \\text{ is continuous; its derivative jumps from 0 to 1 at } 0", "J10", search(50, Mistakes002::reluContinuity)),
                z("Z-45", "002-Q09 l.144", "CONCEPT", "\\text{causal} \\iff y^{(t)} \\text{ does not depend on future outputs}",
                        "\\text{causal} \\iff y^{(t)} \\text{ does not depend on future inputs } x^{(t+1)},\\dots", "K12", search(20, Mistakes002::causality)),
                z("Z-46", "002-Q12 l.199", "CONCEPT", "\\rho(W)<1 \\Rightarrow W \\text{ contractive: } \\|Wv\\|\\le\\|v\\|",
                        "\\|Wv\\|\\le\\|W\\|_2\\|v\\|;\\ \\text{contractive iff } \\sigma_{\\max}(W)=\\|W\\|_2<1", "K14", search(200, Mistakes002::contraction)),
                z("Z-47", "002-Q12 l.203", "INDEX", "MC=\\sum_{r=0}^{\\infty} r^2 \\left(o_k^{(t)}, x^{(t-k)} \\right)", "MC=\\sum_{k=1}^{\\infty}r^2(x^{(t-k)},o_k^{(t)})", "K14",
                        search(20, Mistakes002::memoryCapacity)),
                z("Z-48", "002-Q13 l.235", "FORMULA", "P(x) = e^{-E(x)}", "P(x)=e^{-E(x)}/Z,\\ Z=\\sum_xe^{-E(x)}", "M2", search(50, Mistakes002::energyModel)),
                z("Z-49", "002-Q14 l.257", "FORMULA", "\\hat{s} = \\frac{1}{n} \\sum_{i=1}^n E[f(x^{(i)})]", "\\hat s=\\frac1n\\sum_{i=1}^nf(x^{(i)})", "M4", search(1, Mistakes002::monteCarlo)),
                z("Z-50", "002-Q14 l.265", "FORMULA", "\\hat{s} = \\sum_i \\frac{p(x)f(x)}{q(x)}", "\\hat s_q=\\frac1n\\sum_{i=1}^n\\frac{p(x^{(i)})f(x^{(i)})}{q(x^{(i)})},\\ x^{(i)}\\sim q", "M6",
                        search(1, Mistakes002::importanceSampling)),
                z("Z-51", "002-Q15 l.279", "FORMULA", "-\\log P(h) = -\\log \\sum_i P(h_i) = \\sum_i (\\lambda|h_i| - \\log \\frac{\\lambda}{2})",
                        "-\\log\\prod_iP(h_i)=\\sum_i(\\lambda|h_i|-\\log\\tfrac\\lambda2)", "L4", search(50, Mistakes002::laplacePrior)),
                z("Z-52", "002-Q19 l.348", "SIGN + INDEX", "L(x) \\leq E[\\log(p|x)] - D_{KL}(q(z|x)\\|p(h))",
                        "\\log p(x)\\ge\\mathbb E_{q(z\\mid x)}[\\log p(x\\mid z)]-KL(q(z\\mid x)\\|p(z))", "M11", search(50, Mistakes002::elboDirection)),
                z("Z-53", "002-Q21 l.376", "SIGN + FORMULA", "D:\\ \\min_D (E[\\log D(x)] + E[1 - \\log (D(G(z)))])",
                        "D:\\ \\max_D\\ \\mathbb E_x\\log D(x)+\\mathbb E_z\\log(1-D(G(z))),\\ D^*=\\frac{p_{\\text{data}}}{p_{\\text{data}}+p_g}", "M14",
                        search(50, Mistakes002::discriminator)),
                z("Z-54", "002-Q21 l.384", "FORMULA", "G:\\ \\min_G (E[1 - \\log (D(G))])", "G:\\ \\min_G\\mathbb E_z\\log(1-D(G(z))),\\ V(D^*,G)=-\\log4+2\\,\\mathrm{JSD}", "M14",
                        search(50, Mistakes002::generator)),
                z("Z-55", "002-Q21 l.390", "FORMULA", "\\text{non-saturating: } -\\max_G (E[1 - \\log (D(G))])", "\\max_G\\mathbb E_z\\log D(G(z))", "M16",
                        search(50, Mistakes002::nonSaturating)),
                z("Z-56", "002-Q12 l.195", "CONCEPT", "\\text{only the output connections are known}", "\\text{only the readout is trained; input and recurrent weights are random and fixed}", "K14",
                        verbal("it says which weights of an echo state network are trained, a statement about the training procedure; no formula's value is wrong")),
                z("Z-57", "002-Q18 l.326, Q19 l.332", "CONCEPT (minor)", "\\text{decoder-encoder architecture}", "x\\xrightarrow{q(z\\mid x)}z\\xrightarrow{p(x\\mid z)}\\hat x \\text{ (encoder, then decoder)}", "L1",
                        verbal("the order of two words in a name; the composition order itself is checked in Z-87")),
                z("Z-58", "002-Q05 l.55", "CONCEPT", "\\text{dropout limits the number of units and so the parameters}",
                        "\\text{every parameter is still trained and used at test time (weights scaled by } p)", "I3", search(20, Mistakes002::dropoutParameters)));
    }

    private static double signed(Source s, double lo, double hi) {
        return Draw.uniform(s, lo, hi) * (Draw.integer(s, 0, 1) == 0 ? -1 : 1);
    }

    private static Witness conditionNumber(Source s) {
        double l1 = signed(s, 0.2, 5);
        double l2 = signed(s, 0.2, 5);
        Matrix2 h = Matrix2.symmetric(l1, l2, Draw.uniform(s, 0, Math.PI));
        double[] ev = h.eigenvalues();
        double oracle = h.norm2() * h.inverse().norm2();
        return w(Draw.inputs("H", h, "eigenvalues", ev),
                List.of(approx("λ_max/λ_min", ev[1] / ev[0], "‖H‖₂‖H⁻¹‖₂", oracle, 1e-9)),
                List.of(approx("max|λ|/min|λ|", Math.max(Math.abs(ev[0]), Math.abs(ev[1])) / Math.min(Math.abs(ev[0]), Math.abs(ev[1])), "‖H‖₂‖H⁻¹‖₂", oracle, 1e-9)));
    }

    private static Witness flatRegions(Source s) {
        double w = Draw.uniform(s, -1, 1);
        double convexMin = minOnGrid(Mistakes002::convexFlat);
        double plateau = Draw.uniform(s, -6, -4);
        return w(Draw.inputs("w in the flat region", w, "convex f", "max(0, |w|−1)²", "non-convex g", "−exp(−(w−3)²)", "plateau point", plateau),
                List.of(gt("f(w) (convex, flat region)", convexFlat(w), "min f", convexMin)),
                List.of(eq("f(w) (convex, flat region)", convexFlat(w), "min f", convexMin),
                        gt("g(plateau) (non-convex)", nonConvex(plateau), "min g + 0.5", minOnGrid(Mistakes002::nonConvex) + 0.5)));
    }

    private static double minOnGrid(java.util.function.DoubleUnaryOperator f) {
        return f.applyAsDouble(Dense.argmin(f, -8, 8, 1e-3));
    }

    private static double convexFlat(double w) {
        double e = Math.max(0, Math.abs(w) - 1);
        return e * e;
    }

    private static double nonConvex(double w) {
        return -Math.exp(-(w - 3) * (w - 3));
    }

    private static Witness cliffGradient(Source s) {
        double c = Draw.uniform(s, -1, 1);
        double w = c - 0.5;
        double delta = Draw.uniform(s, 0.6, 1);
        java.util.function.DoubleUnaryOperator f = x -> 50 * Math.tanh(20 * (x - c)) + 0.5 * x * x;
        double exact = 1000 / Math.pow(Math.cosh(20 * (w - c)), 2) + w;
        return w(Draw.inputs("cliff at", c, "w", w, "Delta", delta, "f", "50 tanh(20(w−c)) + w²/2"),
                List.of(approx("(f(w+Δ) − f(w))/Δ", (f.applyAsDouble(w + delta) - f.applyAsDouble(w)) / delta, "f'(w)", exact, 1e-3)),
                List.of(approx("central difference, h = 1e-6", Dense.derivative(f, w), "f'(w)", exact, 1e-6)));
    }

    private static Witness spectralRadius(Source s) {
        double l1 = signed(s, 0.1, 3);
        double l2 = signed(s, 0.1, 3);
        Matrix2 m = Matrix2.symmetric(l1, l2, Draw.uniform(s, 0, Math.PI));
        int k = 20;
        double gelfand = Math.pow(m.power(k).norm2(), 1.0 / k);
        return w(Draw.inputs("W", m, "eigenvalues", m.eigenvalues()),
                List.of(approx("|largest eigenvalue|", m.spectralRadiusAsWritten(), "‖W^20‖₂^(1/20)", gelfand, 1e-9)),
                List.of(approx("max_i |λ_i|", m.spectralRadius(), "‖W^20‖₂^(1/20)", gelfand, 1e-9)));
    }

    private static Witness adagradScale(Source s) {
        double[] g = Draw.vector(s, Draw.integer(s, 2, 12), 0.1, 2);
        double c = Draw.uniform(s, 2, 10);
        double[] cg = Mistakes000.scale(g, c);
        return w(Draw.inputs("g", g, "c", c, "eps", 0.01, "delta", 0),
                List.of(approx("Δθ(c·g), sqrt Σ g", AdaptiveStep.adagradAsWritten(cg, 0.01, 0), "Δθ(g) (steps are scale-free)", AdaptiveStep.adagradAsWritten(g, 0.01, 0), 1e-9)),
                List.of(approx("Δθ(c·g), sqrt Σ g²", AdaptiveStep.adagrad(cg, 0.01, 0), "Δθ(g) (steps are scale-free)", AdaptiveStep.adagrad(g, 0.01, 0), 1e-9)));
    }

    private static double relu(double x) {
        return Math.max(0, x);
    }

    private static Witness reluContinuity(Source s) {
        double h = Math.exp(Draw.uniform(s, Math.log(1e-13), Math.log(1e-3)));
        return w(Draw.inputs("h", h),
                List.of(Comparison.ne("relu(h)", relu(h), "relu(0) (a jump at 0)", relu(0))),
                List.of(le("|relu(h) − relu(−h)|", Math.abs(relu(h) - relu(-h)), "h (Lipschitz, so continuous)", h),
                        eq("(relu(h) − relu(0))/h − (relu(0) − relu(−h))/h", (relu(h) - relu(0)) / h - (relu(0) - relu(-h)) / h, "1 (the derivative jumps)", 1)));
    }

    private static Witness causality(Source s) {
        int n = 6;
        double[] x = Draw.vector(s, n, -1, 1);
        int t = Draw.integer(s, 0, n - 2);
        double[] x2 = x.clone();
        x2[t + 1] += 1;
        // y_t = x_{t+1}: no output depends on another output, yet y_t depends on a future input.
        double shiftChange = x2[t + 1] - x[t + 1];
        double causalChange = (x2[t] + 0.5 * (t > 0 ? x2[t - 1] : 0)) - (x[t] + 0.5 * (t > 0 ? x[t - 1] : 0));
        return w(Draw.inputs("x", x, "t", t, "perturbation", "x_{t+1} += 1", "system", "y_t = x_{t+1} (no output feedback)"),
                List.of(eq("change of y_t (system with no dependence on future outputs)", shiftChange, "0 (causal)", 0)),
                List.of(eq("change of y_t for y_t = x_t + x_{t−1}/2 (no future inputs)", causalChange, "0 (causal)", 0),
                        gt("change of y_t for y_t = x_{t+1}", Math.abs(shiftChange), "0 (not causal: uses a future input)", 0)));
    }

    private static Witness contraction(Source s) {
        Matrix2 m = new Matrix2(Draw.uniform(s, -0.95, 0.95), Draw.uniform(s, -10, 10), 0, Draw.uniform(s, -0.95, 0.95));
        double angle = Draw.uniform(s, 0, 2 * Math.PI);
        double[] v = {Math.cos(angle), Math.sin(angle)};
        double[] wv = m.times(v);
        double norm = Math.hypot(wv[0], wv[1]);
        return w(Draw.inputs("W", m, "rho(W)", m.spectralRadius(), "||W||_2", m.norm2(), "v", v),
                List.of(le("‖Wv‖ (ρ(W) < 1)", norm, "‖v‖", 1)),
                List.of(le("‖Wv‖", norm, "‖W‖₂‖v‖", m.norm2()), lt("ρ(W)", m.spectralRadius(), "1", 1)));
    }

    /**
     * A reservoir whose k-th readout recalls the input k steps back for k = 1..K (with noise), so the
     * memory capacity is the sum of K squared correlations. As written the sum runs over r, which the
     * summand does not contain: for a fixed k it adds the same r^2 once per term (R + 1 terms here).
     */
    private static Witness memoryCapacity(Source s) {
        int delays = Draw.integer(s, 1, 5);
        int terms = Draw.integer(s, 3, 12);
        double noise = Draw.uniform(s, 0.05, 0.5);
        SplittableRandom random = Draw.generator(s);
        int n = 4000;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = random.nextDouble(-1, 1);
        }
        double[] r2 = new double[delays + 1];
        for (int k = 1; k <= delays; k++) {
            double[] past = new double[n - delays];
            double[] readout = new double[n - delays];
            for (int t = delays; t < n; t++) {
                past[t - delays] = x[t - k];
                readout[t - delays] = x[t - k] + noise * random.nextGaussian();
            }
            double c = correlation(past, readout);
            r2[k] = c * c;
        }
        double capacity = 0;
        for (int k = 1; k <= delays; k++) {
            capacity += r2[k];
        }
        double exact = 0;
        for (int k = 1; k <= delays; k++) {
            exact += (1.0 / 3) / (1.0 / 3 + noise * noise);
        }
        return w(Draw.inputs("readouts K", delays, "noise sd", noise, "samples", n, "terms r = 0..R, R", terms - 1, "k in the summand", 1),
                List.of(within("Σ_{r=0}^{R} r²(o_1, x(t−1)) as written", terms * r2[1], "Σ_{k=1}^{K} r²(x(t−k), o_k)", capacity, 0.05)),
                List.of(within("Σ_{k=1}^{K} r²(x(t−k), o_k)", capacity, "Σ_k Var x/(Var x + noise²)", exact, 0.05 * delays)));
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Dense.sum(a) / a.length;
        double mb = Dense.sum(b) / b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static Witness energyModel(Source s) {
        double[] e = Draw.vector(s, Draw.integer(s, 2, 6), -3, 3);
        double z = 0;
        for (double v : e) {
            z += Math.exp(-v);
        }
        return w(Draw.inputs("E(x) over the states", e),
                List.of(eq("Σ_x e^{−E(x)}", z, "1 (a distribution)", 1)),
                List.of(eq("Σ_x e^{−E(x)}/Z", z / z, "1", 1),
                        eq("P(x_1)/P(x_2)", Math.exp(-e[0]) / Math.exp(-e[1]), "e^{E(x_2)−E(x_1)}", Math.exp(e[1] - e[0]))));
    }

    private static Witness monteCarlo(Source s) {
        SplittableRandom random = Draw.generator(s);
        int n = 1000;
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            a += x * x / n;
            double y = random.nextGaussian();
            b += y * y / n;
        }
        double se = Math.sqrt(2.0 / n);
        return w(Draw.inputs("f", "x²", "x ~", "N(0,1)", "n", n, "s = E f", 1.0),
                List.of(eq("ŝ as written, (1/n)Σ E[f(x)] = E f", 1.0, "ŝ from sample set 1", a), eq("ŝ as written", 1.0, "ŝ from sample set 2", b)),
                List.of(within("ŝ = (1/n)Σ f(x^(i)), set 1", a, "s", 1, 5 * se), within("ŝ = (1/n)Σ f(x^(i)), set 2", b, "s", 1, 5 * se)));
    }

    private static Witness importanceSampling(Source s) {
        SplittableRandom random = Draw.generator(s);
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = 0.5 + 1.5 * random.nextGaussian();
            double p = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            double q = Math.exp(-0.5 * (x - 0.5) * (x - 0.5) / 2.25) / Math.sqrt(2 * Math.PI * 2.25);
            double term = p * x * x / q;
            sum += term;
            sumSq += term * term;
        }
        double mean = sum / n;
        double se = Math.sqrt((sumSq / n - mean * mean) / n);
        return w(Draw.inputs("p", "N(0,1)", "q", "N(0.5, 1.5²)", "f", "x²", "n", n, "s = E_p f", 1.0),
                List.of(within("Σ_i p f/q (no 1/n)", sum, "s", 1, 5 * se)),
                List.of(within("(1/n)Σ_i p f/q", mean, "s", 1, 5 * se)));
    }

    private static Witness laplacePrior(Source s) {
        double[] h = Draw.vector(s, Draw.integer(s, 2, 6), -2, 2);
        double lambda = Draw.uniform(s, 0.5, 3);
        double sumP = 0;
        double logProd = 0;
        double rhs = 0;
        for (double v : h) {
            double p = lambda / 2 * Math.exp(-lambda * Math.abs(v));
            sumP += p;
            logProd += Math.log(p);
            rhs += lambda * Math.abs(v) - Math.log(lambda / 2);
        }
        return w(Draw.inputs("h", h, "lambda", lambda),
                List.of(eq("−log Σ_i P(h_i)", -Math.log(sumP), "Σ_i(λ|h_i| − log λ/2)", rhs)),
                List.of(eq("−log ∏_i P(h_i)", -logProd, "Σ_i(λ|h_i| − log λ/2)", rhs)));
    }

    private static ScalarLatentModel model(Source s) {
        return new ScalarLatentModel(Draw.uniform(s, 0.5, 2), Draw.uniform(s, -1, 1), Draw.uniform(s, 0.2, 2));
    }

    /** KL between univariate Gaussians {@code N(m, v)} and {@code N(mp, vp)}. */
    private static double gaussianKl(double m, double v, double mp, double vp) {
        return 0.5 * (v / vp + (m - mp) * (m - mp) / vp - 1 + Math.log(vp / v));
    }

    private static Witness elboDirection(Source s) {
        ScalarLatentModel model = model(s);
        double x = Draw.uniform(s, -3, 3);
        double m = Draw.uniform(s, -2, 2);
        double v = Draw.uniform(s, 0.1, 2);
        double logp = model.logEvidence(x);
        double mp = model.posteriorMean(x);
        double vp = model.posteriorVariance();
        return w(Draw.inputs("model (w, b, s2)", new double[] {model.w(), model.b(), model.s2()}, "x", x, "q mean", m, "q variance", v),
                List.of(le("log p(x)", logp, "ELBO(q)", model.elbo(x, m, v))),
                List.of(ge("log p(x)", logp, "ELBO(q)", model.elbo(x, m, v)),
                        approx("log p(x) − ELBO(q)", logp - model.elbo(x, m, v), "KL(q ‖ p(z|x))", gaussianKl(m, v, mp, vp), 1e-9),
                        approx("ELBO at q = p(z|x)", model.elbo(x, mp, vp), "log p(x)", logp, 1e-9)));
    }

    /** Z-23: the VAE objective carries a KL regularizer that is positive whenever q differs from the prior. */
    static Witness vaeRegularizer(Source s) {
        ScalarLatentModel model = model(s);
        double x = Draw.uniform(s, -3, 3);
        double m = Draw.uniform(s, -2, 2);
        double v = Draw.uniform(s, 0.1, 2);
        double logp = model.logEvidence(x);
        double recon = model.expectedLogLikelihood(x, m, v);
        double kl = gaussianKl(m, v, model.posteriorMean(x), model.posteriorVariance());
        return w(Draw.inputs("model (w, b, s2)", new double[] {model.w(), model.b(), model.s2()}, "x", x, "q mean", m, "q variance", v),
                List.of(approx("log p(x) − E_q log p(x|z) (no regularizer)", logp - recon, "KL(q ‖ p(z|x))", kl, 1e-9)),
                List.of(approx("log p(x) − (E_q log p(x|z) − KL(q‖p(z)))", logp - recon + ScalarLatentModel.kl(m, v), "KL(q ‖ p(z|x))", kl, 1e-9),
                        gt("KL(q ‖ p(z))", ScalarLatentModel.kl(m, v), "0", 0)));
    }

    private static double[] probabilities(Source s, int k) {
        double[] p = Draw.vector(s, k, 0.1, 1);
        double t = Dense.sum(p);
        for (int i = 0; i < k; i++) {
            p[i] /= t;
        }
        return p;
    }

    private static Witness discriminator(Source s) {
        int k = Draw.integer(s, 2, 5);
        double[] pd = probabilities(s, k);
        double[] pg = probabilities(s, k);
        double[] dStar = DiscreteGan.optimalDiscriminator(pd, pg);
        List<Comparison> wrong = new ArrayList<>();
        List<Comparison> right = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double a = pd[i];
            double b = pg[i];
            double written = Dense.argmin(d -> a * Math.log(d) + b * (1 - Math.log(d)), 0.001, 0.999, 0.001);
            double game = Dense.argmin(d -> -(a * Math.log(d) + b * Math.log(1 - d)), 0.001, 0.999, 0.001);
            wrong.add(within("argmin_D as written at x_" + (i + 1), written, "D*(x_" + (i + 1) + ")", dStar[i], 1e-3));
            right.add(within("argmax_D V at x_" + (i + 1), game, "D*(x_" + (i + 1) + ")", dStar[i], 1e-3));
        }
        return w(Draw.inputs("p_data", pd, "p_g", pg, "grid", "D in [0.001, 0.999], step 0.001"), wrong, right);
    }

    private static Witness generator(Source s) {
        int k = Draw.integer(s, 2, 5);
        double[] pd = probabilities(s, k);
        double[] pg = probabilities(s, k);
        double[] d = DiscreteGan.optimalDiscriminator(pd, pg);
        double written = 0;
        double game = 0;
        double real = 0;
        for (int i = 0; i < k; i++) {
            written += pg[i] * (1 - Math.log(d[i]));
            game += pg[i] * Math.log(1 - d[i]);
            real += pd[i] * Math.log(d[i]);
        }
        double target = -Math.log(4) + 2 * DiscreteGan.jensenShannon(pd, pg);
        return w(Draw.inputs("p_data", pd, "p_g", pg, "D", "D* = p_data/(p_data + p_g)"),
                List.of(eq("E_x log D*(x) + E_z[1 − log D*(G(z))]", real + written, "C(G) = −log 4 + 2 JSD", target)),
                List.of(eq("E_x log D*(x) + E_z log(1 − D*(G(z)))", real + game, "C(G) = −log 4 + 2 JSD", target),
                        eq("V(D*, G)", DiscreteGan.value(pd, pg, d), "C(G) = −log 4 + 2 JSD", target)));
    }

    private static Witness nonSaturating(Source s) {
        double d1 = Draw.uniform(s, 0.01, 0.5);
        double d2 = Draw.uniform(s, 0.5, 0.99);
        return w(Draw.inputs("D(G(z)) before", d1, "D(G(z)) after fooling D more", d2),
                List.of(gt("G's objective as written, 1 − log D, after", 1 - Math.log(d2), "before (G maximizes it)", 1 - Math.log(d1))),
                List.of(gt("log D after", Math.log(d2), "log D before (G maximizes it)", Math.log(d1))));
    }

    private static Witness dropoutParameters(Source s) {
        int in = Draw.integer(s, 2, 6);
        int out = Draw.integer(s, 2, 6);
        double keep = Draw.uniform(s, 0.5, 0.9);
        SplittableRandom random = Draw.generator(s);
        boolean[][] trained = new boolean[out][in];
        for (int step = 0; step < 200; step++) {
            for (int j = 0; j < in; j++) {
                if (random.nextDouble() < keep) {
                    for (int i = 0; i < out; i++) {
                        trained[i][j] = true;
                    }
                }
            }
        }
        int count = 0;
        for (boolean[] row : trained) {
            for (boolean b : row) {
                count += b ? 1 : 0;
            }
        }
        return w(Draw.inputs("layer", out + "x" + in, "keep probability", keep, "steps", 200),
                List.of(lt("weights that received a gradient over 200 dropout steps", count, "weights of the layer", in * out)),
                List.of(eq("weights that received a gradient over 200 dropout steps", count, "weights of the layer", in * out)));
    }
}
