package io.verideck.verifier.refuted;

import static io.verideck.verifier.refuted.Comparison.approx;
import static io.verideck.verifier.refuted.Comparison.eq;
import static io.verideck.verifier.refuted.Comparison.ge;
import static io.verideck.verifier.refuted.Comparison.le;
import static io.verideck.verifier.refuted.Comparison.lt;
import static io.verideck.verifier.refuted.Comparison.within;
import static io.verideck.verifier.refuted.Entries.search;
import static io.verideck.verifier.refuted.Entries.w;
import static io.verideck.verifier.refuted.Entries.z;

import io.verideck.numeric.mistakes.AdaptiveStep;
import io.verideck.numeric.mistakes.BatchNormalizer;
import io.verideck.numeric.mistakes.ConvArithmetic;
import io.verideck.numeric.mistakes.LstmGates;
import io.verideck.verifier.gen.Source;
import java.util.List;
import java.util.SplittableRandom;

/** §Z entries in source 001, the flashcard deck (Z-25 to Z-37). */
final class Mistakes001 {
    private static final double EPS = 0.01;
    private static final double RHO = 0.9;

    private Mistakes001() {
    }

    static List<RefutedClaim> all() {
        return List.of(
                z("Z-25", "001-C14", "CONCEPT", "-\\log p_{y} \\equiv -p_{y}",
                        "\\arg\\min_\\theta-\\sum_i\\log p_\\theta(y_i)=\\bar y\\ne\\arg\\min_\\theta-\\sum_ip_\\theta(y_i);\\ \\tfrac{d}{dp}(-\\log p)=-\\tfrac1p", "E9",
                        search(50, s -> logVersusProbability(s, "−Σ p_θ(y_i) (no log)"))),
                z("Z-26", "001-C34", "ARITH", "5\\times5:\\ \\text{each side loses 3 rows: } N-2\\cdot3", "\\text{each side loses 2: } N-2\\cdot2=N-4", "H4",
                        search(20, Mistakes001::validSize)),
                z("Z-27", "001-C35", "INDEX", "(N/2)\\times(N\\times2)", "\\lceil N/2\\rceil\\times\\lceil N/2\\rceil", "H4", search(20, Mistakes001::pooledSize)),
                z("Z-28", "001-C61", "FORMULA", "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\delta+\\mathrm{EMA}(g)}",
                        "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\sqrt{\\delta+\\mathrm{EMA}(g\\odot g)}}", "J7", search(200, Mistakes001::rmspropAverage)),
                z("Z-29", "001-C62", "FORMULA", "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\sqrt{\\delta+\\mathrm{EMA}(g)}}",
                        "\\Delta\\theta=-\\frac{\\epsilon\\,g}{\\sqrt{\\delta+\\mathrm{EMA}(g\\odot g)}}", "J7", search(50, Mistakes001::rmspropScale)),
                z("Z-30", "001-C60", "CONCEPT + GARBLED", "\\text{AdaGrad looks at recent gradients}", "r\\leftarrow r+g\\odot g \\text{ over the entire history (no decay)}", "J6",
                        search(50, Mistakes001::adagradHistory)),
                z("Z-31", "001-C63", "CONCEPT", "\\text{AdaGrad and RMSProp are basically the same}",
                        "\\text{constant } g:\\ |\\Delta\\theta_{\\text{AdaGrad}}|=\\epsilon/\\sqrt T\\to0,\\ |\\Delta\\theta_{\\text{RMSProp}}|=\\epsilon/\\sqrt{1-\\rho^T}\\to\\epsilon", "J6, J7",
                        search(50, Mistakes001::adagradVersusRmsprop)),
                z("Z-32", "001-C70", "FORMULA", "\\hat h=(h-\\mu)/\\sigma^2", "\\hat h=(h-\\mu)/\\sqrt{\\sigma^2+\\delta}", "J12", search(100, Mistakes001::batchNormVariance)),
                z("Z-33", "001-C71", "FORMULA + CONCEPT", "\\epsilon \\text{ corrects the batch variance toward the population variance: } \\mathbb E[\\hat\\sigma^2_B]+\\epsilon\\approx\\sigma^2",
                        "\\hat h=(h-\\mu)/\\sqrt{\\sigma^2+\\delta};\\ \\tfrac m{m-1}\\mathbb E[\\hat\\sigma^2_B]=\\sigma^2", "J12, C6", search(10, Mistakes001::epsilonIsNotBiasCorrection)),
                z("Z-34", "001-C77", "CONCEPT", "\\text{the LSTM has 4 gates (all four maps are gates in } [0,1])",
                        "3\\text{ gates } f,i,o=\\sigma(\\cdot)\\in(0,1) \\text{ plus the candidate } g=\\tanh(\\cdot)\\in(-1,1)", "K10", search(100, Mistakes001::lstmGates)),
                z("Z-35", "001-C13", "CONCEPT (minor)", "\\log(\\text{decimal}) = \\text{big negative number } (\\le -1)",
                        "\\log p\\ge1-\\tfrac1p \\text{ (small for } p\\text{ near 1)};\\ \\log p\\to-\\infty \\text{ as } p\\to0", "E8", search(50, Mistakes001::logOfDecimal)),
                z("Z-36", "001-C17", "CONCEPT", "\\text{decrease the LR if underfitting: } f(w_T;\\eta/2)<f(w_T;\\eta)",
                        "\\eta<1/a:\\ f(w_T;\\eta/2)\\ge f(w_T;\\eta);\\ \\eta>2/a \\text{ (divergence): } f(w_T;\\eta/2)<f(w_T;\\eta)", "J1, J3",
                        search(50, Mistakes001::learningRateBudget)),
                z("Z-37", "001-C57, C58", "CONCEPT", "v \\text{ is an average of all previous gradients; momentum reaches the global minimum}",
                        "v_T=-\\epsilon\\sum_{k<T}\\alpha^kg_{T-k},\\ \\text{total weight } \\epsilon(1-\\alpha^T)/(1-\\alpha);\\ \\text{no global guarantee}", "J4",
                        search(50, Mistakes001::momentum)));
    }

    /** Shared by Z-25 and Z-68: a Bernoulli model with a constant probability, fitted with and without the log. */
    static Witness logVersusProbability(Source s, String wrongName) {
        int n = Draw.integer(s, 5, 30);
        int k = Draw.integer(s, 1, n - 1);
        double p = Draw.uniform(s, 0.05, 0.95);
        double nll = Dense.argmin(t -> -(k * Math.log(t) + (n - k) * Math.log(1 - t)), 0.001, 0.999, 0.001);
        double noLog = Dense.argmin(t -> -(k * t + (n - k) * (1 - t)), 0.001, 0.999, 0.001);
        return w(Draw.inputs("n", n, "ones", k, "p", p, "grid", "theta in [0.001, 0.999], step 0.001"),
                List.of(within("argmin_θ " + wrongName, noLog, "argmin_θ −Σ log p_θ(y_i)", nll, 2e-3),
                        eq("d/dp of −p", -1, "d/dp of −log p", -1 / p)),
                List.of(within("argmin_θ −Σ log p_θ(y_i)", nll, "MLE k/n", (double) k / n, 2e-3),
                        approx("d/dp of −log p (central difference)", Dense.derivative(t -> -Math.log(t), p), "−1/p", -1 / p, 1e-6)));
    }

    private static Witness validSize(Source s) {
        int n = Draw.integer(s, 6, 64);
        int actual = ConvArithmetic.validPositions(n, 5);
        return w(Draw.inputs("N", n, "kernel", 5),
                List.of(eq("N − 2·3", n - 6, "positions of a 5-wide window", actual)),
                List.of(eq("N − 2·2", n - 4, "positions of a 5-wide window", actual)));
    }

    private static Witness pooledSize(Source s) {
        int n = Draw.integer(s, 3, 64);
        int actual = ConvArithmetic.pooledPositions(n, 2, 2);
        return w(Draw.inputs("N", n, "pool", "2x2, stride 2, partial windows kept"),
                List.of(eq("rows N/2", n / 2.0, "stride-2 windows per column", actual), eq("columns N·2", n * 2.0, "stride-2 windows per row", actual)),
                List.of(eq("rows ⌈N/2⌉", Math.ceil(n / 2.0), "stride-2 windows per column", actual),
                        eq("columns ⌈N/2⌉", Math.ceil(n / 2.0), "stride-2 windows per row", actual)));
    }

    private static Witness rmspropAverage(Source s) {
        double[] g = Draw.vector(s, Draw.integer(s, 2, 12), -2, 2);
        double last = g[g.length - 1];
        double wrongStep = AdaptiveStep.rmspropAverageOfGradients(g, EPS, RHO, 1e-6);
        double rightStep = AdaptiveStep.rmsprop(g, EPS, RHO, 1e-6);
        return w(Draw.inputs("g", g, "eps", EPS, "rho", RHO),
                List.of(le("Δθ·g_T (descent needs ≤ 0), EMA(g) in the denominator", wrongStep * last, "0", 0)),
                List.of(le("Δθ·g_T (descent needs ≤ 0), sqrt EMA(g²)", rightStep * last, "0", 0)));
    }

    private static Witness rmspropScale(Source s) {
        double[] g = Draw.vector(s, Draw.integer(s, 2, 12), 0.1, 2);
        double c = Draw.uniform(s, 2, 10);
        double[] cg = Mistakes000.scale(g, c);
        return w(Draw.inputs("g", g, "c", c, "eps", EPS, "rho", RHO, "delta", 1e-12),
                List.of(approx("Δθ(c·g), sqrt EMA(g)", AdaptiveStep.rmspropSqrtOfGradients(cg, EPS, RHO, 1e-12), "Δθ(g) (steps are scale-free)",
                        AdaptiveStep.rmspropSqrtOfGradients(g, EPS, RHO, 1e-12), 1e-8)),
                List.of(approx("Δθ(c·g), sqrt EMA(g²)", AdaptiveStep.rmsprop(cg, EPS, RHO, 1e-12), "Δθ(g) (steps are scale-free)",
                        AdaptiveStep.rmsprop(g, EPS, RHO, 1e-12), 1e-8)));
    }

    private static Witness adagradHistory(Source s) {
        int early = Draw.integer(s, 1, 8);
        double[] recent = Draw.vector(s, 3, -1, 1);
        double[] a = new double[early + 3];
        double[] b = new double[early + 3];
        for (int i = 0; i < early; i++) {
            a[i] = Draw.uniform(s, -1, 1);
            b[i] = 5 * a[i];
        }
        System.arraycopy(recent, 0, a, early, 3);
        System.arraycopy(recent, 0, b, early, 3);
        double total = 0;
        for (double v : b) {
            total += v * v;
        }
        return w(Draw.inputs("history A", a, "history B", b),
                List.of(eq("AdaGrad Δθ after A", AdaptiveStep.adagrad(a, EPS, 1e-7), "AdaGrad Δθ after B (same recent gradients)", AdaptiveStep.adagrad(b, EPS, 1e-7))),
                List.of(eq("AdaGrad accumulator r after B", AdaptiveStep.adagradAccumulator(b), "Σ over the entire history of g²", total)));
    }

    private static Witness adagradVersusRmsprop(Source s) {
        double g = Draw.uniform(s, 0.5, 2);
        int t = Draw.integer(s, 2, 500);
        double[] seq = new double[t];
        java.util.Arrays.fill(seq, g);
        double ada = Math.abs(AdaptiveStep.adagrad(seq, EPS, 0));
        double rms = Math.abs(AdaptiveStep.rmsprop(seq, EPS, RHO, 0));
        return w(Draw.inputs("g", g, "T", t, "eps", EPS, "rho", RHO),
                List.of(approx("|Δθ_AdaGrad| / |Δθ_RMSProp|", ada / rms, "1 (basically the same)", 1, 0.5)),
                List.of(eq("|Δθ_AdaGrad|", ada, "ε/√T", EPS / Math.sqrt(t)), eq("|Δθ_RMSProp|", rms, "ε/√(1−ρ^T)", EPS / Math.sqrt(1 - Math.pow(RHO, t)))));
    }

    private static Witness batchNormVariance(Source s) {
        int m = Draw.integer(s, 3, 16);
        double spread = Math.exp(Draw.uniform(s, Math.log(0.1), Math.log(10)));
        double shift = Draw.uniform(s, -5, 5);
        double[] h = new double[m];
        for (int i = 0; i < m; i++) {
            h[i] = shift + spread * Draw.uniform(s, -1, 1);
        }
        return w(Draw.inputs("h", h),
                List.of(approx("batch variance of (h−μ)/σ²", BatchNormalizer.variance(BatchNormalizer.normalizeAsWritten(h)), "1", 1, 1e-6)),
                List.of(approx("batch variance of (h−μ)/√(σ²+δ), δ = 1e-12", BatchNormalizer.variance(BatchNormalizer.normalize(h, 1e-12)), "1", 1, 1e-6),
                        approx("batch mean of (h−μ)/√(σ²+δ)", BatchNormalizer.mean(BatchNormalizer.normalize(h, 1e-12)), "0", 0, 1e-9)));
    }

    private static Witness epsilonIsNotBiasCorrection(Source s) {
        int m = Draw.integer(s, 2, 8);
        double sigma = Draw.uniform(s, 0.5, 3);
        SplittableRandom random = Draw.generator(s);
        int batches = 20_000;
        double sum = 0;
        double sumSq = 0;
        double[] h = new double[m];
        for (int b = 0; b < batches; b++) {
            for (int i = 0; i < m; i++) {
                h[i] = sigma * random.nextGaussian();
            }
            double v = BatchNormalizer.variance(h);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / batches;
        double se = Math.sqrt((sumSq / batches - mean * mean) / batches);
        double eps = 1e-5;
        return w(Draw.inputs("m", m, "sigma", sigma, "batches", batches, "epsilon", eps),
                List.of(within("mean batch variance + ε", mean + eps, "population variance σ²", sigma * sigma, 5 * se)),
                List.of(within("m/(m−1) · mean batch variance", m / (m - 1.0) * mean, "population variance σ²", sigma * sigma, 5 * se * m / (m - 1.0))));
    }

    private static Witness lstmGates(Source s) {
        int n = Draw.integer(s, 1, 4);
        int m = Draw.integer(s, 1, 3);
        double[][][] weights = new double[4][][];
        double[][] bias = new double[4][];
        for (int k = 0; k < 4; k++) {
            weights[k] = Dense.matrix(s, n, n + m, -2, 2);
            bias[k] = Draw.vector(s, n, -1, 1);
        }
        double[] h = Draw.vector(s, n, -1, 1);
        double[] x = Draw.vector(s, m, -2, 2);
        double[][] maps = LstmGates.maps(weights, bias, h, x);
        double minAll = Double.POSITIVE_INFINITY;
        double minGates = Double.POSITIVE_INFINITY;
        double maxGates = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            for (double v : maps[k]) {
                minAll = Math.min(minAll, v);
                if (k < 3) {
                    minGates = Math.min(minGates, v);
                    maxGates = Math.max(maxGates, v);
                }
            }
        }
        return w(Draw.inputs("h", h, "x", x, "candidate g", maps[3]),
                List.of(ge("smallest value of the 4 maps (a gate lies in [0,1])", minAll, "0", 0)),
                List.of(ge("smallest value of f, i, o", minGates, "0", 0), le("largest value of f, i, o", maxGates, "1", 1)));
    }

    private static Witness logOfDecimal(Source s) {
        double p = Draw.uniform(s, 0.01, 0.99);
        return w(Draw.inputs("p", p),
                List.of(le("log p", Math.log(p), "−1 (a big negative number)", -1)),
                List.of(ge("log p", Math.log(p), "1 − 1/p", 1 - 1 / p), lt("log(1e-10·p)", Math.log(1e-10 * p), "−20", -20)));
    }

    private static Witness learningRateBudget(Source s) {
        double a = Draw.uniform(s, 0.5, 4);
        double w0 = Draw.uniform(s, 1, 5);
        double eta = Draw.uniform(s, 0.05, 1) / a;
        double diverging = 2.5 / a;
        int budget = 20;
        return w(Draw.inputs("a", a, "w0", w0, "eta", eta, "epochs", budget),
                List.of(lt("f(w_T) with η/2", gdLoss(a, w0, eta / 2, budget), "f(w_T) with η", gdLoss(a, w0, eta, budget))),
                List.of(ge("f(w_T) with η/2", gdLoss(a, w0, eta / 2, budget), "f(w_T) with η", gdLoss(a, w0, eta, budget)),
                        lt("f(w_T) with η = 1.25/a", gdLoss(a, w0, diverging / 2, budget), "f(w_T) with η = 2.5/a", gdLoss(a, w0, diverging, budget))));
    }

    private static double gdLoss(double a, double w0, double eta, int steps) {
        double w = w0;
        for (int i = 0; i < steps; i++) {
            w -= eta * a * w;
        }
        return 0.5 * a * w * w;
    }

    private static Witness momentum(Source s) {
        double g = Draw.uniform(s, 0.5, 2);
        double alpha = Draw.uniform(s, 0.5, 0.95);
        double eps = Draw.uniform(s, 0.01, 0.1);
        int t = Draw.integer(s, 5, 50);
        double[] seq = new double[t];
        java.util.Arrays.fill(seq, g);
        double v = Math.abs(AdaptiveStep.momentumVelocity(seq, eps, alpha));
        double w0 = Draw.uniform(s, 0.8, 1.1);
        double w = w0;
        double vel = 0;
        for (int i = 0; i < 2000; i++) {
            vel = 0.9 * vel - 0.01 * doubleWellSlope(w);
            w += vel;
        }
        double globalMin = doubleWell(Dense.argmin(Mistakes001::doubleWell, -2, 2, 1e-4));
        return w(Draw.inputs("g", g, "alpha", alpha, "eps", eps, "T", t, "double well", "f(w) = (w²−1)² + 0.3w, start w0, α = 0.9, ε = 0.01, 2000 steps", "w0", w0),
                List.of(eq("|v_T| for a constant gradient", v, "ε|g| (ε times the average gradient)", eps * g),
                        approx("f(w_2000), heavy ball", doubleWell(w), "global minimum of f", globalMin, 1e-3)),
                List.of(eq("|v_T| for a constant gradient", v, "ε|g|(1−α^T)/(1−α)", eps * g * (1 - Math.pow(alpha, t)) / (1 - alpha))));
    }

    private static double doubleWell(double w) {
        return (w * w - 1) * (w * w - 1) + 0.3 * w;
    }

    private static double doubleWellSlope(double w) {
        return 4 * w * (w * w - 1) + 0.3;
    }
}
