package io.verideck.verifier.refuted;

import static io.verideck.verifier.refuted.Comparison.approx;
import static io.verideck.verifier.refuted.Comparison.eq;
import static io.verideck.verifier.refuted.Comparison.ge;
import static io.verideck.verifier.refuted.Comparison.le;
import static io.verideck.verifier.refuted.Comparison.within;
import static io.verideck.verifier.refuted.Entries.outOfScope;
import static io.verideck.verifier.refuted.Entries.search;
import static io.verideck.verifier.refuted.Entries.verbal;
import static io.verideck.verifier.refuted.Entries.w;
import static io.verideck.verifier.refuted.Entries.z;

import io.verideck.numeric.mistakes.RegressionLoss;
import io.verideck.numeric.mistakes.ShrinkageEstimator;
import io.verideck.verifier.gen.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** §Z entries in source 000, the interview handbook (Z-01 to Z-24). */
final class Mistakes000 {
    private Mistakes000() {
    }

    static List<RefutedClaim> all() {
        return List.of(
                z("Z-01", "000-Q06 l.101", "INDEX", "(X\\theta-y)_n = h_\\theta(x^{(1)})-y^{(n)}", "(X\\theta-y)_n = h_\\theta(x^{(n)})-y^{(n)}", "C2",
                        search(100, Mistakes000::lastRow)),
                z("Z-02", "000-Q06 l.113", "FORMULA", "\\nabla_\\theta \\tfrac12\\|X\\theta-y\\|^2 = \\tfrac12(X^TX\\theta-2y^TX)",
                        "\\nabla_\\theta \\tfrac12\\|X\\theta-y\\|^2 = X^TX\\theta-X^Ty", "C2", search(100, Mistakes000::normalGradient)),
                z("Z-03", "000-Q07 l.123, l.127", "INDEX/GARBLED", "g(x)=f(x)+c \\text{ for some linear function } a;\\ A(x)=Lx)+v_0",
                        "g(x)=f(x)+c \\text{ for some linear function } f;\\ A(x)=Lx+v_0", "F10",
                        verbal("the mistake is the letter naming the linear function (a for f) and a stray parenthesis; the affine-map statement itself is right (claim F10), so no value differs")),
                z("Z-04", "000-Q20 l.253", "GARBLED", "\\frac{\\partial \\ln}{\\partial \\theta}=0", "\\frac{\\partial\\ln L(\\theta)}{\\partial\\theta}=0", "C7", outOfScope()),
                z("Z-05", "000-Q21 l.263", "GARBLED", "y(i)= \\theta Tx(i)+ \\epsilon(i)", "y^{(i)}=\\theta^Tx^{(i)}+\\epsilon^{(i)}", "C5", outOfScope()),
                z("Z-06", "000-Q22 l.301-302", "GARBLED", "\\hat{\\theta} \\rightarrow \\theta^{n \\rightarrow \\infty};\\ \\mathrm{Var}(\\theta^n)",
                        "\\hat\\theta_n\\xrightarrow{p}\\theta;\\ \\mathrm{MSE}(\\hat\\theta_n)", "C8", outOfScope()),
                z("Z-07", "000-Q24 l.324-327", "CODE", "\\texttt{if y == 1: return -log(yHat)}\\ \\texttt{return -log(1 - yHat)}",
                        "\\texttt{else: return -log(1 - yHat)}", "E8", outOfScope()),
                z("Z-08", "000-Q24 l.333", "MISSING", "\\text{(no formula for } M>2)", "-\\sum_{c=1}^My_{o,c}\\log p_{o,c}", "E9", outOfScope()),
                z("Z-09", "000-Q27 l.382", "SIGN", "\\hat{w} = \\arg \\max_w \\sum_{i}^{n} L(x_i, y_i; w),\\ L=\\text{loss}",
                        "\\hat w=\\arg\\min_w\\sum_{i=1}^nL(x_i,y_i;w)", "B7", search(50, Mistakes000::argmaxLoss)),
                z("Z-10", "000-Q28 l.408-410", "MISSING", "\\text{(blank)}", "R_{\\text{emp}}(h)=\\frac1n\\sum_{i=1}^nL(h(x_i),y_i)", "B7", outOfScope()),
                z("Z-11", "000-Q29 l.437", "FORMULA", "\\text{MAE}=\\frac{\\sum_{i=1}^{n} |y_i - y_i^p|^2}{n}", "\\mathrm{MAE}=\\frac1n\\sum_{i=1}^n|y_i-y_i^p|", "E2",
                        search(100, Mistakes000::mae)),
                z("Z-12", "000-Q29 l.487", "SIGN", "L_\\gamma=\\sum_{i:y_i < y_i^p} (\\gamma - 1) |y_i - y_i^p| + \\sum_{i:y_i\\ge y_i^p}\\gamma|y_i-y_i^p|",
                        "L_\\gamma=\\sum_{i:y_i < y_i^p} (1-\\gamma) |y_i - y_i^p| + \\sum_{i:y_i\\ge y_i^p}\\gamma|y_i-y_i^p|", "E5",
                        search(100, Mistakes000::quantile)),
                z("Z-13", "000-Q29 l.443", "CONCEPT (minor)", "L_\\delta(r)\\to|r|\\ (\\delta\\to0),\\quad L_\\delta(r)\\to r^2\\ (\\delta\\to\\infty)",
                        "L_\\delta(r)/\\delta\\to|r|\\ (\\delta\\to0),\\quad L_\\delta(r)\\to\\tfrac12r^2\\ (\\delta\\to\\infty)", "E3",
                        search(50, Mistakes000::huberLimits)),
                z("Z-14", "000-Q30 l.521", "GARBLED", "L(i, j) = \\right \\begin{Bmatrix} 0 \\qquad i = j \\ 1 \\qquad i \\ne j \\end{matrix}",
                        "L(i,j)=\\begin{cases}0&i=j\\\\1&i\\ne j\\end{cases}", "E7", outOfScope()),
                z("Z-15", "000-Q31 l.541, l.561", "GARBLED", "f( f( s_{1}; \\theta ) \\theta );\\ h_t=f(h_t-1,x_t;\\theta)",
                        "f(f(s_1;\\theta);\\theta);\\ h_t=f(h_{t-1},x_t;\\theta)", "K1", outOfScope()),
                z("Z-16", "000-Q41 l.651, Q42 l.659", "CONCEPT", "\\text{teacher forcing feeds the model output from a prior time step as input}",
                        "\\text{teacher forcing feeds the ground truth } y^{(t)} \\text{ as the input at } t+1", "K6",
                        verbal("it names which sequence a training procedure feeds back (model output or ground truth); both choices produce valid computations, so no value of a formula is wrong")),
                z("Z-17", "000-Q22 l.302", "CONCEPT", "\\text{no consistent estimator has a lower MSE than the MLE: } \\mathrm{MSE}(\\bar x)\\le\\mathrm{MSE}(\\tfrac{n}{n+1}\\bar x)",
                        "\\mathrm{MSE}(c\\bar x)=c^2\\sigma^2/n+(1-c)^2\\mu^2<\\sigma^2/n \\text{ for } c=\\tfrac n{n+1},\\ \\mu^2<\\tfrac{2n+1}{n}\\sigma^2", "C8",
                        search(20, Mistakes000::shrinkage)),
                z("Z-18", "000-Q49 l.767", "FORMULA", "p(c \\mid X) = p(x_1 \\mid c) \\times \\dots \\times p(x_n \\mid c) \\times p(c)",
                        "p(c\\mid X)=\\frac{p(c)\\prod_ip(x_i\\mid c)}{\\sum_{c'}p(c')\\prod_ip(x_i\\mid c')}", "M9", search(100, Mistakes000::naiveBayes)),
                z("Z-19", "000-Q68 l.920-924", "CONCEPT", "\\lambda\\|\\nabla_x h\\|_F^2:\\ \\nabla_x \\text{ is a scaling factor; the penalty encourages larger steps}",
                        "\\lambda \\text{ weights the penalty; } \\nabla_x h \\text{ is the encoder Jacobian, pushed toward } 0", "L7",
                        verbal("it describes the role of the symbols and the optimizer's behaviour in words; the penalty formula itself is right and checked by claim L7")),
                z("Z-20", "000-Q90 l.1177, l.1197-1202", "CONCEPT (inconsistent)", "\\pi\\approx4\\cdot\\frac{\\#\\{x^2+y^2\\le(1/2)^2\\}}{N},\\ (x,y)\\sim U[-1,1]^2",
                        "\\pi\\approx4\\cdot\\frac{\\#\\{x^2+y^2\\le1\\}}{N},\\ (x,y)\\sim U[-1,1]^2 \\text{ (or radius } \\tfrac12 \\text{ centred in } [0,1]^2)", "M5",
                        search(1, Mistakes000::monteCarloPi)),
                z("Z-21", "000-Q70 l.955, l.966", "CODE", "\\texttt{contractive\\_loss(y\\_pred, y\\_true)}; \\texttt{compile(...), X, ...)}",
                        "\\texttt{loss(y\\_true, y\\_pred)}; \\texttt{compile(...)}; \\texttt{fit(X, X, ...)}", "L7", outOfScope()),
                z("Z-22", "000-Q88 l.1153-1161", "CODE/GARBLED", "\\text{partition and recursion before } \\texttt{if n = 1}",
                        "\\texttt{if } n\\le1 \\texttt{ return } A;\\ \\text{pick a random pivot; partition; recurse}", "M8", outOfScope()),
                z("Z-23", "000-Q62 l.865-869", "CONCEPT", "\\text{generative autoencoders need no regularization: } \\mathrm{ELBO}=\\mathbb E_q\\log p(x\\mid z)",
                        "\\mathrm{ELBO}=\\mathbb E_q\\log p(x\\mid z)-KL(q(z\\mid x)\\|p(z)),\\ \\log p(x)-\\mathrm{ELBO}=KL(q\\|p(z\\mid x))", "M13",
                        search(50, Mistakes002::vaeRegularizer)),
                z("Z-24", "000-Q29 l.427", "CONCEPT (minor)", "\\mathrm{MSE}=\\sum_{i=1}^n(y_i-y_i^p)^2", "\\mathrm{MSE}=\\frac1n\\sum_{i=1}^n(y_i-y_i^p)^2", "E1",
                        search(50, Mistakes000::mseIsMean)));
    }

    private static Witness lastRow(Source s) {
        int n = Draw.integer(s, 2, 6);
        int d = Draw.integer(s, 1, 3);
        double[][] x = Dense.matrix(s, n, d, -2, 2);
        double[] theta = Draw.vector(s, d, -2, 2);
        double[] y = Draw.vector(s, n, -2, 2);
        double[] xt = Dense.times(x, theta);
        double residualN = xt[n - 1] - y[n - 1];
        return w(Draw.inputs("X", x, "theta", theta, "y", y),
                List.of(eq("(Xθ−y)_n", residualN, "h_θ(x^(1)) − y^(n)", Dense.dot(x[0], theta) - y[n - 1])),
                List.of(eq("(Xθ−y)_n", residualN, "h_θ(x^(n)) − y^(n)", Dense.dot(x[n - 1], theta) - y[n - 1])));
    }

    private static Witness normalGradient(Source s) {
        int n = Draw.integer(s, 2, 6);
        int d = Draw.integer(s, 1, 3);
        double[][] x = Dense.matrix(s, n, d, -2, 2);
        double[] theta = Draw.vector(s, d, -2, 2);
        double[] y = Draw.vector(s, n, -2, 2);
        double[] xtxTheta = Dense.transposeTimes(x, Dense.times(x, theta));
        double[] xty = Dense.transposeTimes(x, y);
        List<Comparison> wrong = new ArrayList<>();
        List<Comparison> right = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            int jj = j;
            double numeric = Dense.derivative(t -> {
                double[] th = theta.clone();
                th[jj] = t;
                double[] r = Dense.times(x, th);
                for (int i = 0; i < n; i++) {
                    r[i] -= y[i];
                }
                return 0.5 * Dense.sumSquares(r);
            }, theta[j]);
            wrong.add(approx("central difference ∂J/∂θ_" + (j + 1), numeric, "½(XᵀXθ − 2yᵀX)_" + (j + 1), 0.5 * (xtxTheta[j] - 2 * xty[j]), 1e-6));
            right.add(approx("central difference ∂J/∂θ_" + (j + 1), numeric, "(XᵀXθ − Xᵀy)_" + (j + 1), xtxTheta[j] - xty[j], 1e-6));
        }
        return w(Draw.inputs("X", x, "theta", theta, "y", y), wrong, right);
    }

    private static Witness argmaxLoss(Source s) {
        int n = Draw.integer(s, 3, 10);
        double a = Draw.uniform(s, -3, 3);
        double[] x = Draw.vector(s, n, -2, 2);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = a * x[i] + Draw.uniform(s, -0.5, 0.5);
        }
        double best = Dense.dot(x, y) / Dense.dot(x, x);
        java.util.function.DoubleUnaryOperator loss = wv -> {
            double l = 0;
            for (int i = 0; i < n; i++) {
                l += (y[i] - wv * x[i]) * (y[i] - wv * x[i]);
            }
            return l;
        };
        double argmax = Dense.argmin(wv -> -loss.applyAsDouble(wv), -5, 5, 1e-3);
        double argmin = Dense.argmin(loss, -5, 5, 1e-3);
        return w(Draw.inputs("x", x, "y", y, "grid", "w in [-5, 5], step 0.001"),
                List.of(within("argmax_w Σ(y−wx)² on the grid", argmax, "least-squares w = Σxy/Σx²", best, 1e-3)),
                List.of(within("argmin_w Σ(y−wx)² on the grid", argmin, "least-squares w = Σxy/Σx²", best, 1e-3)));
    }

    private static Witness mae(Source s) {
        int n = Draw.integer(s, 2, 8);
        double[] y = Draw.vector(s, n, -3, 3);
        double[] p = Draw.vector(s, n, -3, 3);
        double c = Draw.uniform(s, 2, 5);
        double meanAbs = 0;
        for (int i = 0; i < n; i++) {
            meanAbs += Math.abs(y[i] - p[i]) / n;
        }
        double[] cy = scale(y, c);
        double[] cp = scale(p, c);
        return w(Draw.inputs("y", y, "p", p, "c", c),
                List.of(eq("MAE as written Σ|y−p|²/n", RegressionLoss.maeAsWritten(y, p), "mean absolute difference", meanAbs),
                        eq("MAE as written at (cy, cp)", RegressionLoss.maeAsWritten(cy, cp), "c · MAE as written", c * RegressionLoss.maeAsWritten(y, p))),
                List.of(eq("MAE Σ|y−p|/n", RegressionLoss.mae(y, p), "mean absolute difference", meanAbs),
                        eq("MAE at (cy, cp)", RegressionLoss.mae(cy, cp), "c · MAE", c * RegressionLoss.mae(y, p))));
    }

    static double[] scale(double[] v, double c) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = c * v[i];
        }
        return out;
    }

    private static Witness quantile(Source s) {
        double gamma = Draw.uniform(s, 0.05, 0.95);
        double y = Draw.uniform(s, -3, 3);
        double p = Draw.uniform(s, -3, 3);
        return w(Draw.inputs("gamma", gamma, "y", y, "p", p),
                List.of(ge("L_γ as written (loss)", RegressionLoss.quantileAsWritten(gamma, y, p), "0", 0)),
                List.of(ge("L_γ (loss)", RegressionLoss.quantile(gamma, y, p), "0", 0)));
    }

    private static Witness huberLimits(Source s) {
        double r = Draw.uniform(s, 0.5, 3) * (Draw.integer(s, 0, 1) == 0 ? -1 : 1);
        double small = 1e-6;
        double large = 1e6;
        return w(Draw.inputs("r", r, "small delta", small, "large delta", large),
                List.of(approx("L_δ(r), δ = 1e-6", RegressionLoss.huber(small, r), "|r|", Math.abs(r), 1e-3),
                        approx("L_δ(r), δ = 1e6", RegressionLoss.huber(large, r), "r²", r * r, 1e-3)),
                List.of(approx("L_δ(r)/δ, δ = 1e-6", RegressionLoss.huber(small, r) / small, "|r|", Math.abs(r), 1e-5),
                        approx("L_δ(r), δ = 1e6", RegressionLoss.huber(large, r), "½r²", 0.5 * r * r, 1e-12)));
    }

    private static Witness shrinkage(Source s) {
        int n = Draw.integer(s, 2, 10);
        double mu = Draw.uniform(s, -0.3, 0.3);
        double c = n / (n + 1.0);
        SplittableRandom random = Draw.generator(s);
        double[] mc = ShrinkageEstimator.monteCarloMse(1, c, mu, 1, n, 20_000, random);
        return w(Draw.inputs("n", n, "mu", mu, "sigma", 1.0, "reps", 20_000, "c", c),
                List.of(le("MSE(x̄) (MLE, Monte Carlo)", mc[0], "MSE(n/(n+1)·x̄) (Monte Carlo)", mc[1])),
                List.of(within("MSE(x̄) (Monte Carlo)", mc[0], "σ²/n", ShrinkageEstimator.exactMse(1, mu, 1, n), 5 * mc[2]),
                        within("MSE(c·x̄) (Monte Carlo)", mc[1], "c²σ²/n + (1−c)²μ²", ShrinkageEstimator.exactMse(c, mu, 1, n), 5 * mc[3]),
                        Comparison.lt("μ²", mu * mu, "(2n+1)/n · σ²", (2.0 * n + 1) / n)));
    }

    private static Witness naiveBayes(Source s) {
        int d = Draw.integer(s, 1, 4);
        double prior1 = Draw.uniform(s, 0.1, 0.9);
        double[] prior = {1 - prior1, prior1};
        double[][] theta = Dense.matrix(s, 2, d, 0.05, 0.95);
        int[] x = new int[d];
        for (int i = 0; i < d; i++) {
            x[i] = Draw.integer(s, 0, 1);
        }
        // Bayes' rule by enumeration of the joint table p(c, x') over every class and feature vector.
        double[] joint = new double[2];
        double evidence = 0;
        for (int c = 0; c < 2; c++) {
            for (int code = 0; code < (1 << d); code++) {
                double pr = prior[c];
                boolean same = true;
                for (int i = 0; i < d; i++) {
                    int bit = (code >> i) & 1;
                    pr *= bit == 1 ? theta[c][i] : 1 - theta[c][i];
                    same &= bit == x[i];
                }
                if (same) {
                    joint[c] = pr;
                    evidence += pr;
                }
            }
        }
        double[] written = new double[2];
        for (int c = 0; c < 2; c++) {
            written[c] = prior[c];
            for (int i = 0; i < d; i++) {
                written[c] *= x[i] == 1 ? theta[c][i] : 1 - theta[c][i];
            }
        }
        double normalised = written[1] / (written[0] + written[1]);
        return w(Draw.inputs("prior", prior, "p(x_i=1|c)", theta, "x", java.util.Arrays.toString(x)),
                List.of(eq("p(c=1|X) as written, p(c)∏p(x_i|c)", written[1], "p(c=1, X)/p(X) (joint table)", joint[1] / evidence)),
                List.of(eq("p(c)∏p(x_i|c) / Σ_c' p(c')∏p(x_i|c')", normalised, "p(c=1, X)/p(X) (joint table)", joint[1] / evidence)));
    }

    private static Witness monteCarloPi(Source s) {
        SplittableRandom random = Draw.generator(s);
        int n = 200_000;
        int halfRadius = 0;
        int unitRadius = 0;
        int centred = 0;
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble(-1, 1);
            double y = random.nextDouble(-1, 1);
            double r2 = x * x + y * y;
            halfRadius += r2 <= 0.25 ? 1 : 0;
            unitRadius += r2 <= 1 ? 1 : 0;
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble() - 0.5;
            centred += u * u + v * v <= 0.25 ? 1 : 0;
        }
        double se = 4 * Math.sqrt(Math.PI / 4 * (1 - Math.PI / 4) / n);
        return w(Draw.inputs("N", n),
                List.of(within("4·#{x²+y² ≤ (1/2)²}/N on [−1,1]²", 4.0 * halfRadius / n, "π", Math.PI, 5 * se)),
                List.of(within("4·#{x²+y² ≤ 1}/N on [−1,1]²", 4.0 * unitRadius / n, "π", Math.PI, 5 * se),
                        within("4·#{radius 1/2, centred}/N on [0,1]²", 4.0 * centred / n, "π", Math.PI, 5 * se)));
    }

    private static Witness mseIsMean(Source s) {
        int n = Draw.integer(s, 1, 8);
        double[] y = Draw.vector(s, n, -3, 3);
        double[] p = Draw.vector(s, n, -3, 3);
        return w(Draw.inputs("y", y, "p", p),
                List.of(eq("MSE (the formula 1/n Σ(y−p)²)", RegressionLoss.mse(y, p), "sum of squared distances Σ(y−p)²", RegressionLoss.sse(y, p))),
                List.of(eq("MSE (the formula 1/n Σ(y−p)²)", RegressionLoss.mse(y, p), "SSE/n", RegressionLoss.sse(y, p) / n)));
    }
}
