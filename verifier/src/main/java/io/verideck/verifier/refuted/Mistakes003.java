package io.verideck.verifier.refuted;

import static io.verideck.verifier.refuted.Comparison.approx;
import static io.verideck.verifier.refuted.Comparison.eq;
import static io.verideck.verifier.refuted.Comparison.le;
import static io.verideck.verifier.refuted.Comparison.within;
import static io.verideck.verifier.refuted.Entries.search;
import static io.verideck.verifier.refuted.Entries.w;
import static io.verideck.verifier.refuted.Entries.z;

import io.verideck.numeric.mistakes.GaussianDensity;
import io.verideck.verifier.gen.Source;
import java.util.List;
import java.util.SplittableRandom;

/** §Z entries in source 003, the lecture slides, lectures 2 to 6 (Z-59 to Z-69). */
final class Mistakes003 {
    private Mistakes003() {
    }

    static List<RefutedClaim> all() {
        return List.of(
                z("Z-59", "003 L2 l.1287-1292", "FORMULA", "\\mathcal N(x;\\mu,\\Sigma)=\\sqrt{\\frac{1}{(2\\pi)^2 |\\Sigma|}}\\exp(-\\tfrac12(x-\\mu)^T\\Sigma^{-1}(x-\\mu))",
                        "\\mathcal N(x;\\mu,\\Sigma)=((2\\pi)^n|\\Sigma|)^{-1/2}\\exp(-\\tfrac12(x-\\mu)^T\\Sigma^{-1}(x-\\mu)),\\ \\Sigma\\succ0", "A17",
                        search(100, Mistakes003::gaussian)),
                z("Z-60", "003 L2 l.1148, l.1156", "CONCEPT", "\\Pr[+]=\\Pr[\\text{true positive}]+\\Pr[\\text{false negative}]",
                        "\\Pr[+]=P(+\\mid S)P(S)+P(+\\mid\\bar S)P(\\bar S)", "A12", search(50, Mistakes003::totalProbability)),
                z("Z-61", "003 L2 l.977, l.980", "GARBLED + INDEX", "|A - \\lambda I| = \\begin{bmatrix} 2 - \\lambda & 1 \\\\ 1 & 2 - \\lambda \\end{bmatrix} = 3 - 4\\lambda + \\lambda^2",
                        "\\det\\begin{bmatrix}2-\\lambda&1\\\\1&2-\\lambda\\end{bmatrix}=\\lambda^2-4\\lambda+3", "A7", search(50, Mistakes003::characteristic)),
                z("Z-62", "003 L4 l.2073", "FORMULA", "\\sigma = \\mathrm{Var}(\\epsilon):\\ \\mathrm{Var}(\\hat\\beta_1)=\\frac{\\sigma^2}{\\sum(x_i-\\bar x)^2}",
                        "\\sigma^2=\\mathrm{Var}(\\epsilon):\\ \\mathrm{Var}(\\hat\\beta_1)=\\frac{\\sigma^2}{\\sum(x_i-\\bar x)^2}", "C3", search(5, Mistakes003::slopeVariance)),
                z("Z-63", "003 L4 l.2092, l.2147", "INDEX", "H_0: \\beta_1 \\neq 0;\\ e = (e_1, e_2, \\dots, e_3)", "H_A:\\beta_1\\ne0;\\ e=(e_1,\\dots,e_n)", "C3",
                        search(20, Mistakes003::residualLength)),
                z("Z-64", "003 L4 l.2310", "ARITH", "(\\beta_2 + \\beta_3 \\cdot \\text{TV}) \\times 1000 = 19 + 1.1 \\times \\text{TV}",
                        "(\\hat\\beta_2+\\hat\\beta_3\\cdot\\text{TV})\\times1000=28.9+1.1\\times\\text{TV}", "C4", search(5, Mistakes003::interaction)),
                z("Z-65", "003 L4 l.2570, l.2582", "INDEX + CONCEPT", "h_c=\\frac{\\exp(\\theta_c^T x)}{\\sum_{c=1}^C \\exp(\\theta_c^T x)} \\text{ for one-vs-rest}",
                        "\\mathrm{softmax}_c=\\frac{\\exp(\\theta_c^Tx)}{\\sum_{c'=1}^C\\exp(\\theta_{c'}^Tx)};\\ \\text{one-vs-rest: } h_c=\\sigma(\\theta_c^Tx)", "D6",
                        search(50, Mistakes003::oneVersusRest)),
                z("Z-66", "003 L4 l.2527; L6 l.3437", "INDEX", "\\sum_i y^{(i)} \\log h_{\\theta}(x) + (1 - y^{(i)}) \\log(1 - h_{\\theta}(x))",
                        "\\sum_i y^{(i)}\\log h_\\theta(x^{(i)})+(1-y^{(i)})\\log(1-h_\\theta(x^{(i)}))", "D2", search(50, Mistakes003::logisticIndex)),
                z("Z-67", "003 L5 l.3119", "INDEX", "h_i = \\exp(-\\frac{1}{\\sigma^2} \\|W_{:,j} - x\\|^2)", "h_i=\\exp(-\\frac1{\\sigma_i^2}\\|W_{:,i}-x\\|^2)", "F9",
                        search(50, Mistakes003::rbfUnit)),
                z("Z-68", "003 L6 l.3590", "FORMULA", "J(\\theta) = -\\mathbb{E}[p(y|x; \\theta)]", "J(\\theta)=-\\mathbb E_{x,y\\sim\\hat p_{\\text{data}}}\\log p_{\\text{model}}(y\\mid x;\\theta)", "E8, E10",
                        search(50, s -> Mistakes001.logVersusProbability(s, "−E p_θ(y) (no log)"))),
                z("Z-69", "003 L6 l.3622", "CONCEPT", "\\text{argmax is invariant to rescaling, thus take the log: } \\log L=c\\,L",
                        "\\arg\\max_\\theta L(\\theta)=\\arg\\max_\\theta\\log L(\\theta) \\text{ because log is strictly increasing}", "C7",
                        search(50, Mistakes003::logIsNotRescaling)));
    }

    private static Witness gaussian(Source s) {
        int n = Draw.integer(s, 1, 4);
        double[] x = Draw.vector(s, n, -2, 2);
        double[] mu = Draw.vector(s, n, -1, 1);
        double[] var = Draw.vector(s, n, 0.3, 3);
        double product = 1;
        for (int i = 0; i < n; i++) {
            product *= GaussianDensity.univariate(x[i], mu[i], var[i]);
        }
        return w(Draw.inputs("n", n, "x", x, "mu", mu, "diag Sigma", var),
                List.of(eq("density with (2π)²", GaussianDensity.densityAsWritten(x, mu, var), "∏ univariate N(x_i; μ_i, Σ_ii)", product)),
                List.of(eq("density with (2π)^n", GaussianDensity.density(x, mu, var), "∏ univariate N(x_i; μ_i, Σ_ii)", product)));
    }

    private static Witness totalProbability(Source s) {
        double sens = Draw.uniform(s, 0.5, 0.99);
        double spec = Draw.uniform(s, 0.5, 0.99);
        double prev = Draw.uniform(s, 0.01, 0.5);
        double[][] joint = {{sens * prev, (1 - sens) * prev}, {(1 - spec) * (1 - prev), spec * (1 - prev)}};
        double positive = joint[0][0] + joint[1][0];
        return w(Draw.inputs("P(+|S)", sens, "P(−|not S)", spec, "P(S)", prev),
                List.of(eq("P(+) (column of the joint table)", positive, "P(TP) + P(FN)", joint[0][0] + joint[0][1])),
                List.of(eq("P(+) (column of the joint table)", positive, "P(+|S)P(S) + P(+|not S)P(not S)", sens * prev + (1 - spec) * (1 - prev))));
    }

    private static Witness characteristic(Source s) {
        double lambda = Draw.uniform(s, -5, 5);
        double poly = lambda * lambda - 4 * lambda + 3;
        return w(Draw.inputs("lambda", lambda),
                List.of(eq("entry (1,1) of A − λI (the slide equates the matrix with the polynomial)", 2 - lambda, "λ² − 4λ + 3", poly)),
                List.of(eq("det(A − λI)", (2 - lambda) * (2 - lambda) - 1, "λ² − 4λ + 3", poly),
                        eq("det(A − 1·I) (λ = 1 is an eigenvalue)", (2 - 1.0) * (2 - 1.0) - 1, "0", 0), eq("det(A − 3·I)", (2 - 3.0) * (2 - 3.0) - 1, "0", 0)));
    }

    private static Witness slopeVariance(Source s) {
        int n = Draw.integer(s, 5, 20);
        double sd = Draw.uniform(s, 1.5, 3);
        double[] x = Draw.vector(s, n, 0, 10);
        double xbar = Dense.sum(x) / n;
        double sxx = 0;
        for (double v : x) {
            sxx += (v - xbar) * (v - xbar);
        }
        SplittableRandom random = Draw.generator(s);
        int reps = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < reps; r++) {
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                double y = 1 + 2 * x[i] + sd * random.nextGaussian();
                sxy += (x[i] - xbar) * y;
            }
            double slope = sxy / sxx;
            sum += slope;
            sumSq += slope * slope;
        }
        double mean = sum / reps;
        double var = (sumSq - reps * mean * mean) / (reps - 1);
        double se = var * Math.sqrt(2.0 / (reps - 1));
        double varEps = sd * sd;
        return w(Draw.inputs("x", x, "Var(eps)", varEps, "replications", reps),
                List.of(within("Var(β̂₁) (Monte Carlo)", var, "σ²/Sxx with σ = Var(ε)", varEps * varEps / sxx, 5 * se)),
                List.of(within("Var(β̂₁) (Monte Carlo)", var, "σ²/Sxx with σ² = Var(ε)", varEps / sxx, 5 * se)));
    }

    private static Witness residualLength(Source s) {
        int n = Draw.integer(s, 2, 20);
        double[] x = Draw.vector(s, n, 0, 10);
        double[] y = Draw.vector(s, n, 0, 10);
        double xbar = Dense.sum(x) / n;
        double ybar = Dense.sum(y) / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - xbar) * (y[i] - ybar);
            sxx += (x[i] - xbar) * (x[i] - xbar);
        }
        double b1 = sxy / sxx;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - (ybar - b1 * xbar) - b1 * x[i];
        }
        return w(Draw.inputs("n", n, "x", x, "y", y),
                List.of(eq("length of the residual vector e", e.length, "3 (e = (e_1, …, e_3))", 3)),
                List.of(eq("length of the residual vector e", e.length, "n", n), approx("Σ e_i (least squares with intercept)", Dense.sum(e), "0", 0, 1e-9)));
    }

    private static Witness interaction(Source s) {
        double tv = Draw.uniform(s, 0, 300);
        double b2 = 0.0289;
        double b3 = 0.0011;
        return w(Draw.inputs("TV", tv, "beta2", b2, "beta3", b3),
                List.of(approx("(β̂₂ + β̂₃·TV)·1000", (b2 + b3 * tv) * 1000, "19 + 1.1·TV", 19 + 1.1 * tv, 1e-9)),
                List.of(approx("(β̂₂ + β̂₃·TV)·1000", (b2 + b3 * tv) * 1000, "28.9 + 1.1·TV", 28.9 + 1.1 * tv, 1e-9)));
    }

    private static Witness oneVersusRest(Source s) {
        int classes = Draw.integer(s, 2, 5);
        int d = Draw.integer(s, 1, 3);
        double[][] theta = Dense.matrix(s, classes, d, -2, 2);
        double[] x = Draw.vector(s, d, -2, 2);
        double[] z = Dense.times(theta, x);
        double total = 0;
        for (double v : z) {
            total += Math.exp(v);
        }
        double softmax0 = Math.exp(z[0]) / total;
        double sumSoftmax = 0;
        double sumSigmoid = 0;
        double others = 0;
        for (int c = 0; c < classes; c++) {
            sumSoftmax += Math.exp(z[c]) / total;
            sumSigmoid += Dense.sigmoid(z[c]);
            others += c == 0 ? 0 : Math.exp(z[c]);
        }
        return w(Draw.inputs("theta", theta, "x", x),
                List.of(eq("slide's h_1 (softmax)", softmax0, "one-vs-rest h_1 = σ(θ_1ᵀx)", Dense.sigmoid(z[0])),
                        eq("Σ_c σ(θ_cᵀx) (one-vs-rest)", sumSigmoid, "1 (as the softmax outputs)", 1)),
                List.of(eq("Σ_c softmax_c", sumSoftmax, "1", 1),
                        eq("softmax_1", softmax0, "σ(θ_1ᵀx − log Σ_{c'≠1} exp θ_{c'}ᵀx)", Dense.sigmoid(z[0] - Math.log(others)))));
    }

    private static Witness logisticIndex(Source s) {
        int n = Draw.integer(s, 2, 10);
        int d = Draw.integer(s, 1, 3);
        double[][] x = Dense.matrix(s, n, d, -2, 2);
        double[] theta = Draw.vector(s, d, -2, 2);
        double written = 0;
        double right = 0;
        double likelihood = 1;
        for (int i = 0; i < n; i++) {
            int y = Draw.integer(s, 0, 1);
            double hFirst = Dense.sigmoid(Dense.dot(theta, x[0]));
            double hi = Dense.sigmoid(Dense.dot(theta, x[i]));
            written += y * Math.log(hFirst) + (1 - y) * Math.log(1 - hFirst);
            right += y * Math.log(hi) + (1 - y) * Math.log(1 - hi);
            likelihood *= y == 1 ? hi : 1 - hi;
        }
        return w(Draw.inputs("X", x, "theta", theta, "x in the sum", "x = x^(1) for every i"),
                List.of(eq("Σ_i y log h(x) + (1−y) log(1−h(x))", written, "log ∏_i p(y^(i) | x^(i))", Math.log(likelihood))),
                List.of(eq("Σ_i y log h(x^(i)) + (1−y) log(1−h(x^(i)))", right, "log ∏_i p(y^(i) | x^(i))", Math.log(likelihood))));
    }

    private static Witness rbfUnit(Source s) {
        int k = Draw.integer(s, 2, 4);
        int d = Draw.integer(s, 1, 3);
        double[][] templates = Dense.matrix(s, k, d, -2, 2);
        double sigma2 = Draw.uniform(s, 0.5, 2);
        int i = Draw.integer(s, 1, k - 1);
        double[] x = templates[i].clone();
        return w(Draw.inputs("templates W_{:,i} (one per row)", templates, "sigma^2", sigma2, "unit i", i + 1, "j", 1, "x", "W_{:,i}"),
                List.of(eq("h_i as written (template W_{:,j}) at x = W_{:,i}", rbf(templates[0], x, sigma2), "1 (unit i responds fully to its template)", 1)),
                List.of(eq("h_i (template W_{:,i}) at x = W_{:,i}", rbf(templates[i], x, sigma2), "1", 1),
                        le("h_i at any other template x = W_{:,1}", rbf(templates[i], templates[0], sigma2), "1", 1)));
    }

    private static double rbf(double[] template, double[] x, double sigma2) {
        double d2 = 0;
        for (int j = 0; j < x.length; j++) {
            d2 += (template[j] - x[j]) * (template[j] - x[j]);
        }
        return Math.exp(-d2 / sigma2);
    }

    private static Witness logIsNotRescaling(Source s) {
        int n = Draw.integer(s, 3, 20);
        int k = Draw.integer(s, 1, n - 1);
        double t1 = Draw.uniform(s, 0.05, 0.95);
        double t2 = Draw.uniform(s, 0.05, 0.95);
        java.util.function.DoubleUnaryOperator like = t -> Math.pow(t, k) * Math.pow(1 - t, n - k);
        double argmaxL = Dense.argmin(t -> -like.applyAsDouble(t), 0.001, 0.999, 0.001);
        double argmaxLog = Dense.argmin(t -> -Math.log(like.applyAsDouble(t)), 0.001, 0.999, 0.001);
        return w(Draw.inputs("n", n, "ones", k, "theta1", t1, "theta2", t2),
                List.of(approx("log L(θ₁)/L(θ₁)", Math.log(like.applyAsDouble(t1)) / like.applyAsDouble(t1), "log L(θ₂)/L(θ₂) (one rescaling constant)",
                        Math.log(like.applyAsDouble(t2)) / like.applyAsDouble(t2), 1e-6)),
                List.of(eq("argmax L on the grid", argmaxL, "argmax log L on the grid", argmaxLog), within("argmax log L", argmaxLog, "k/n", (double) k / n, 1e-3)));
    }
}
