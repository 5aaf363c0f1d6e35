package io.verideck.verifier.refuted;

import static io.verideck.verifier.refuted.Comparison.approx;
import static io.verideck.verifier.refuted.Comparison.eq;
import static io.verideck.verifier.refuted.Comparison.gt;
import static io.verideck.verifier.refuted.Comparison.le;
import static io.verideck.verifier.refuted.Comparison.lt;
import static io.verideck.verifier.refuted.Entries.outOfScope;
import static io.verideck.verifier.refuted.Entries.search;
import static io.verideck.verifier.refuted.Entries.verbal;
import static io.verideck.verifier.refuted.Entries.w;
import static io.verideck.verifier.refuted.Entries.z;

import io.verideck.numeric.mistakes.ChannelConvolution;
import io.verideck.numeric.mistakes.ConvArithmetic;
import io.verideck.numeric.mistakes.LstmGates;
import io.verideck.numeric.mistakes.Matrix2;
import io.verideck.numeric.mistakes.ScalarLatentModel;
import io.verideck.verifier.gen.Source;
import java.util.ArrayList;
import java.util.List;

/** §Z entries in source 003, the lecture slides, lectures 7 to 13 (Z-70 to Z-90). */
final class Mistakes003Deep {
    private Mistakes003Deep() {
    }

    static List<RefutedClaim> all() {
        return List.of(
                z("Z-70", "003 L7 l.4020", "INDEX", "\\frac{dy}{dx} = \\frac{dy}{dw_{n-1}} \\frac{dw_{i-1}}{dx}",
                        "\\frac{dw_i}{dx}=\\frac{dw_i}{dw_{i-1}}\\frac{dw_{i-1}}{dx};\\ \\frac{dy}{dw_i}=\\frac{dy}{dw_{i+1}}\\frac{dw_{i+1}}{dw_i}", "G5",
                        search(50, Mistakes003Deep::chainRule)),
                z("Z-71", "003 L7 l.4540", "FORMULA", "\\nabla_xz=\\frac{\\partial x}{\\partial y}\\nabla_yz", "\\nabla_xz=\\left(\\frac{\\partial y}{\\partial x}\\right)^T\\nabla_yz", "G4",
                        search(50, Mistakes003Deep::jacobianTranspose)),
                z("Z-72", "003 L7 l.4558", "FORMULA", "q = Wx = \\begin{pmatrix} W_{1,1}x_1 & \\cdots & W_{1,n}x_n \\\\ \\vdots \\end{pmatrix}", "q_i=\\sum_jW_{i,j}x_j \\text{ (a vector)}", "G8",
                        search(50, Mistakes003Deep::matrixVector)),
                z("Z-73", "003 L7 l.4601", "INDEX", "\\frac{\\partial q_k}{\\partial W_{i,j}} = \\mathbf{1}_{k=i} x_i", "\\frac{\\partial q_k}{\\partial W_{i,j}}=\\mathbf 1_{k=i}x_j", "G8",
                        search(50, Mistakes003Deep::matrixVectorDerivative)),
                z("Z-74", "003 L7 l.4639", "GARBLED", "\\frac{\\partial f}{\\partial f} = \\nabla \\frac{\\partial f}{\\partial q_k}", "\\nabla_xf=2W^Tq", "G8", outOfScope()),
                z("Z-75", "003 L8 l.4781", "GARBLED", "s(t) = (x * w)(t) \\sum_{a} x(a)w(t-a)", "s(t)=(x*w)(t)=\\sum_a x(a)w(t-a)", "H1", outOfScope()),
                z("Z-76", "003 L8 l.4939", "ARITH", "319 \\cdot 320 \\cdot 3 = 267{,}960 \\text{ flops}", "319\\cdot280\\cdot3=267{,}960", "H8",
                        search(1, s -> flops())),
                z("Z-77", "003 L8 l.5120", "INDEX", "K_{i,j,l,k}: \\text{ offset of k rows and l columns}", "K_{i,j,k,l}: \\text{ out channel, in channel, row offset k, column offset l}", "H5",
                        search(50, Mistakes003Deep::kernelIndex)),
                z("Z-78", "003 L8 l.4898", "INDEX", "\\text{highlight one input } s_3 \\text{ and output units x affected by it}",
                        "\\text{highlight one output } s_3 \\text{ and the input units x that affect it}", "H8",
                        verbal("it swaps the labels of a figure; for a stride-1 convolution the outputs an input affects and the inputs an output depends on have the same size, so no number tells the two readings apart")),
                z("Z-79", "003 L9 l.5338-5340", "MISSING", "\\text{(formula missing)}", "\\tilde J(\\theta;X,y)=J(\\theta;X,y)+\\alpha\\Omega(\\theta)", "C9", outOfScope()),
                z("Z-80", "003 L9 l.5492", "CONCEPT (name)", "\\text{Local Smoothing}", "\\text{Label smoothing}", "I1",
                        verbal("a wrong name for a method whose formula on the slide is correct (checked by claim I1)")),
                z("Z-81", "003 L9 l.5608", "CONCEPT", "\\text{two strategies for including the test data}", "\\text{... including the validation data (test data is never trained on)}", "I6",
                        verbal("it concerns which data set a procedure may use, not the value of a formula")),
                z("Z-82", "003 L9 l.5883", "FORMULA (imprecise)", "\\max_{\\|\\eta\\|_\\infty\\le\\epsilon} w^T\\eta=\\epsilon\\|w\\|_2",
                        "\\max_{\\|\\eta\\|_\\infty\\le\\epsilon}w^T\\eta=\\epsilon\\|w\\|_1,\\ \\eta=\\epsilon\\,\\mathrm{sign}(w)", "I8", search(50, Mistakes003Deep::maxNormPerturbation)),
                z("Z-83", "003 L9 l.5852-5855", "GARBLED", "\\frac{x + \\epsilon\\,\\mathrm{sign}(\\nabla_x J)}{\\epsilon\\,\\mathrm{sign}(\\nabla_x J)}",
                        "x+0.007\\cdot\\mathrm{sign}(\\nabla_xJ(\\theta,x,y))=x_{\\text{adv}}", "I7", outOfScope()),
                z("Z-84", "003 L10 l.6408, l.6498-6553, l.6564", "INDEX", "h^{(t)} = o_t \\cdot \\tanh(C^{(t)})", "h^{(t)}=o^{(t)}\\odot\\tanh(C^{(t)})", "K9, K10",
                        search(50, Mistakes003Deep::lstmOutput)),
                z("Z-85", "003 L11 l.7291, l.7294", "GARBLED", "\\text{undefined gradient of } z = 0;\\ \\text{aero out}", "\\text{undefined gradient of } \\sqrt z \\text{ at } z=0;\\ \\text{zero out}", "J12",
                        outOfScope()),
                z("Z-86", "003 L11 l.7130", "GARBLED", "\\text{Choose bias to causing too much saturation}", "\\text{choose the bias to avoid too much saturation at initialization}", "J11", outOfScope()),
                z("Z-87", "003 L12 l.7479", "FORMULA", "\\arg\\min_{f,g} \\|X - (f \\circ g)X\\|^2", "\\arg\\min_{f,g}\\|X-(g\\circ f)(X)\\|^2", "L1",
                        search(50, Mistakes003Deep::compositionOrder)),
                z("Z-88", "003 L13 l.7976", "CONCEPT", "\\text{maximize the distance } KL(q(z\\mid x)\\|p(z))",
                        "\\text{maximize } \\mathbb E_q\\log p(x\\mid z) \\text{ while minimizing } KL(q\\|p(z))", "M11", search(50, Mistakes003Deep::maximizeKl)),
                z("Z-89", "003 L13 l.8068", "CONCEPT (minor)", "\\text{accept } H_0 \\text{ if } T<\\alpha \\text{, else reject}",
                        "\\text{reject } H_0 \\text{ iff } p\\le\\alpha \\iff |T|\\ge z_{1-\\alpha/2}", "M18", search(100, Mistakes003Deep::testDecision)),
                z("Z-90", "003 L5 l.3109", "CONCEPT (minor)", "\\text{Other Output Units: cosine, RBF, softplus, hard tanh}", "\\text{other hidden units}", "F9",
                        verbal("it files units under the wrong heading (output vs hidden); the units' formulas are right")));
    }

    private static Witness chainRule(Source s) {
        double x = Draw.uniform(s, -1, 1);
        // w0 = x, w1 = sin w0, w2 = w1^3 + w1, w3 = exp(0.3 w2), y = w4 = tanh w3
        double w1 = Math.sin(x);
        double w2 = w1 * w1 * w1 + w1;
        double w3 = Math.exp(0.3 * w2);
        double[] local = {Math.cos(x), 3 * w1 * w1 + 1, 0.3 * w3, 1 - Math.pow(Math.tanh(w3), 2)};
        double dw1dx = local[0];
        double dydw3 = local[3];
        double numeric = Dense.derivative(t -> {
            double a = Math.sin(t);
            return Math.tanh(Math.exp(0.3 * (a * a * a + a)));
        }, x);
        double forward = 1;
        for (double l : local) {
            forward *= l;
        }
        double reverse = 1;
        for (int i = local.length - 1; i >= 0; i--) {
            reverse *= local[i];
        }
        return w(Draw.inputs("x", x, "chain", "w1 = sin x, w2 = w1³ + w1, w3 = exp(0.3 w2), y = tanh w3", "i", 2),
                List.of(approx("dy/dw_{n−1} · dw_{i−1}/dx (n = 4, i = 2)", dydw3 * dw1dx, "dy/dx (central difference)", numeric, 1e-6)),
                List.of(approx("forward: ∏ dw_i/dw_{i−1}", forward, "dy/dx (central difference)", numeric, 1e-6),
                        approx("reverse: dy/dw_{i+1} · dw_{i+1}/dw_i from the top", reverse, "dy/dx (central difference)", numeric, 1e-6)));
    }

    private static Witness jacobianTranspose(Source s) {
        Matrix2 a;
        do {
            a = new Matrix2(Draw.uniform(s, -2, 2), Draw.uniform(s, -2, 2), Draw.uniform(s, -2, 2), Draw.uniform(s, -2, 2));
        } while (Math.abs(a.det()) < 0.2);
        Matrix2 m = a;
        double[] x = Draw.vector(s, 2, -1, 1);
        double[] y = m.times(x);
        double[] gy = {y[0] * y[0], y[1] * y[1]};
        java.util.function.Function<double[], Double> zf = v -> {
            double[] yy = m.times(v);
            return (Math.pow(yy[0], 3) + Math.pow(yy[1], 3)) / 3;
        };
        double[] numeric = new double[2];
        for (int j = 0; j < 2; j++) {
            int jj = j;
            numeric[j] = Dense.derivative(t -> {
                double[] v = x.clone();
                v[jj] = t;
                return zf.apply(v);
            }, x[j]);
        }
        double[] wrong = m.inverse().times(gy);
        double[] right = m.transpose().times(gy);
        List<Comparison> wl = new ArrayList<>();
        List<Comparison> rl = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            wl.add(approx("((∂x/∂y) ∇_y z)_" + (j + 1), wrong[j], "∂z/∂x_" + (j + 1) + " (central difference)", numeric[j], 1e-6));
            rl.add(approx("((∂y/∂x)ᵀ ∇_y z)_" + (j + 1), right[j], "∂z/∂x_" + (j + 1) + " (central difference)", numeric[j], 1e-6));
        }
        return w(Draw.inputs("y = A x, A", m, "x", x, "z", "Σ y_k³/3"), wl, rl);
    }

    private static Witness matrixVector(Source s) {
        int m = Draw.integer(s, 1, 4);
        int n = Draw.integer(s, 1, 4);
        double[][] w = Dense.matrix(s, m, n, -2, 2);
        double[] x = Draw.vector(s, n, -2, 2);
        double written = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                written += Math.pow(w[i][j] * x[j], 2);
            }
        }
        double[] q = Dense.times(w, x);
        // x^T (W^T W) x through the Gram matrix
        double gram = 0;
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double g = 0;
                for (int i = 0; i < m; i++) {
                    g += w[i][j] * w[i][k];
                }
                gram += x[j] * g * x[k];
            }
        }
        return w(Draw.inputs("W", w, "x", x, "f", "‖q‖²"),
                List.of(eq("‖q‖² with q the matrix (W_ij x_j)", written, "xᵀ(WᵀW)x", gram)),
                List.of(eq("‖q‖² with q_i = Σ_j W_ij x_j", Dense.sumSquares(q), "xᵀ(WᵀW)x", gram)));
    }

    private static Witness matrixVectorDerivative(Source s) {
        double[][] w = Dense.matrix(s, 3, 4, -2, 2);
        double[] x = Draw.vector(s, 4, -2, 2);
        int i = Draw.integer(s, 0, 2);
        int j = Draw.integer(s, 0, 3);
        double numeric = Dense.derivative(t -> {
            double[] row = w[i].clone();
            row[j] = t;
            return Dense.dot(row, x);
        }, w[i][j]);
        return w(Draw.inputs("W (3x4)", w, "x", x, "k = i", i + 1, "j", j + 1),
                List.of(approx("x_i", x[i], "∂q_k/∂W_ij (central difference)", numeric, 1e-6)),
                List.of(approx("x_j", x[j], "∂q_k/∂W_ij (central difference)", numeric, 1e-6)));
    }

    private static Witness flops() {
        long counted = ConvArithmetic.differenceKernelFlops(280, 320);
        return w(Draw.inputs("image", "280 rows x 320 columns", "kernel", "[1, -1] (2 multiplications + 1 addition per output)"),
                List.of(eq("319 · 320 · 3", 319 * 320 * 3, "267,960", 267_960)),
                List.of(eq("319 · 280 · 3", 319 * 280 * 3, "267,960", 267_960), eq("flops counted over the 280 × 319 outputs", counted, "267,960", 267_960)));
    }

    private static Witness kernelIndex(Source s) {
        int size = Draw.integer(s, 4, 6);
        int k = Draw.integer(s, 2, 3);
        double[][][] v = {Dense.matrix(s, size, size, -1, 1)};
        int r = Draw.integer(s, 0, k - 1);
        int c = Draw.integer(s, 0, k - 1);
        double[][][][] kernel = new double[1][1][k][k];
        kernel[0][0][r][c] = 1;
        double shifted = v[0][r][c];
        return w(Draw.inputs("V", v[0], "kernel", k + "x" + k + " one-hot at (" + r + ", " + c + ")"),
                List.of(eq("Z[0][0] with K_{i,j,l,k} (k rows, l columns)", ChannelConvolution.applyAsWritten(v, kernel)[0][0][0], "V shifted by the offset, V[r][c]", shifted)),
                List.of(eq("Z[0][0] with K_{i,j,k,l} (k rows, l columns)", ChannelConvolution.apply(v, kernel)[0][0][0], "V shifted by the offset, V[r][c]", shifted)));
    }

    private static Witness maxNormPerturbation(Source s) {
        double[] w = Draw.vector(s, Draw.integer(s, 1, 10), -2, 2);
        double eps = Draw.uniform(s, 0.001, 0.1);
        double[] eta = new double[w.length];
        double l1 = 0;
        for (int i = 0; i < w.length; i++) {
            eta[i] = eps * Math.signum(w[i]);
            l1 += Math.abs(w[i]);
        }
        double change = Dense.dot(w, eta);
        return w(Draw.inputs("w", w, "epsilon", eps, "eta", "ε sign(w)"),
                List.of(le("wᵀη with ‖η‖∞ ≤ ε", change, "ε‖w‖₂", eps * Math.sqrt(Dense.sumSquares(w)))),
                List.of(eq("wᵀη with η = ε sign(w)", change, "ε‖w‖₁", eps * l1)));
    }

    private static Witness lstmOutput(Source s) {
        int n = Draw.integer(s, 1, 5);
        double[] o = Draw.vector(s, n, 0.01, 0.99);
        double[] c = Draw.vector(s, n, -2, 2);
        double[] h = LstmGates.hidden(o, c);
        return w(Draw.inputs("o", o, "C", c),
                List.of(eq("h_1 (the unit's own output)", h[0], "o · tanh(C) (dot product)", LstmGates.hiddenAsWritten(o, c))),
                List.of(eq("h_1", h[0], "o_1 tanh(C_1)", o[0] * Math.tanh(c[0]))));
    }

    private static Witness compositionOrder(Source s) {
        int d = Draw.integer(s, 2, 3);
        double[][] a = Dense.matrix(s, d, d, -1.5, 1.5);
        double[][] b = Dense.matrix(s, d, d, -1.5, 1.5);
        double[][] data = Dense.matrix(s, 5, d, -1, 1);
        double encodeFirst = 0;
        double decodeFirst = 0;
        for (double[] x : data) {
            double[] gf = Dense.times(b, tanh(Dense.times(a, x)));
            double[] fg = tanh(Dense.times(a, Dense.times(b, x)));
            for (int i = 0; i < d; i++) {
                encodeFirst += (x[i] - gf[i]) * (x[i] - gf[i]);
                decodeFirst += (x[i] - fg[i]) * (x[i] - fg[i]);
            }
        }
        return w(Draw.inputs("encoder f", "tanh(A x)", "decoder g", "B h", "A", a, "B", b, "X (rows)", data),
                List.of(eq("‖X − (f∘g)(X)‖²", decodeFirst, "reconstruction error decode(encode(X))", encodeFirst)),
                List.of(eq("‖X − (g∘f)(X)‖²", encodeFirst, "reconstruction error decode(encode(X))", encodeFirst)));
    }

    private static double[] tanh(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.tanh(v[i]);
        }
        return out;
    }

    private static Witness maximizeKl(Source s) {
        ScalarLatentModel model = new ScalarLatentModel(Draw.uniform(s, 0.5, 2), Draw.uniform(s, -1, 1), Draw.uniform(s, 0.2, 2));
        double x = Draw.uniform(s, -3, 3);
        double mp = model.posteriorMean(x);
        double vp = model.posteriorVariance();
        double far = mp + Math.copySign(Draw.uniform(s, 0.5, 2), mp == 0 ? 1 : mp);
        double klNear = ScalarLatentModel.kl(mp, vp);
        double klFar = ScalarLatentModel.kl(far, vp);
        return w(Draw.inputs("model (w, b, s2)", new double[] {model.w(), model.b(), model.s2()}, "x", x, "q near", "p(z|x)", "q far mean", far),
                List.of(gt("ELBO(q far) (larger KL(q‖p(z)))", model.elbo(x, far, vp), "ELBO(q = p(z|x))", model.elbo(x, mp, vp))),
                List.of(gt("KL(q far ‖ p(z))", klFar, "KL(p(z|x) ‖ p(z))", klNear),
                        lt("ELBO(q far)", model.elbo(x, far, vp), "ELBO(q = p(z|x))", model.elbo(x, mp, vp)),
                        approx("ELBO(q = p(z|x))", model.elbo(x, mp, vp), "log p(x)", model.logEvidence(x), 1e-9)));
    }

    private static Witness testDecision(Source s) {
        double[] levels = {0.01, 0.05, 0.1};
        double[] critical = {2.5758293035489, 1.959963984540, 1.644853626951};
        int pick = Draw.integer(s, 0, 2);
        double alpha = levels[pick];
        double t = Draw.uniform(s, -4, 4);
        double p = 2 * Dense.upperTail(Math.abs(t));
        double byPValue = p <= alpha ? 1 : 0;
        return w(Draw.inputs("alpha", alpha, "T (z statistic)", t, "p-value", p),
                List.of(eq("reject (1) by 'reject unless T < α'", t < alpha ? 0 : 1, "reject (1) iff p-value ≤ α", byPValue)),
                List.of(eq("reject (1) iff |T| ≥ z_{1−α/2}", Math.abs(t) >= critical[pick] ? 1 : 0, "reject (1) iff p-value ≤ α", byPValue)));
    }
}
