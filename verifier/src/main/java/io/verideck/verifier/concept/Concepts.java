package io.verideck.verifier.concept;

import io.verideck.numeric.gan.GanValue;
import io.verideck.numeric.gan.JensenShannon;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.Ridge;
import io.verideck.numeric.mlp.Activation;
import io.verideck.numeric.mlp.Backpropagation;
import io.verideck.numeric.mlp.Layer;
import io.verideck.numeric.mlp.Mlp;
import io.verideck.numeric.mlp.MlpLoss;
import io.verideck.numeric.rnn.GruCell;
import io.verideck.numeric.rnn.GruConvention;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.numeric.vae.GaussianKl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The concepts of {@code verideck run}; schemas in {@code docs/concepts.md}. */
public final class Concepts {
    private Concepts() {
    }

    /** @return every concept, by name */
    public static Map<String, Concept> all() {
        Map<String, Concept> m = new LinkedHashMap<>();
        add(m, "linear-regression", "normal equation / ridge: X, y, optional alpha, optional theta", Concepts::linearRegression);
        add(m, "softmax", "softmax, log-sum-exp and Jacobian: z", Concepts::softmax);
        add(m, "softmax-ce", "softmax cross-entropy and gradient: logits, targets", Concepts::softmaxCe);
        add(m, "mlp", "forward pass and backprop: layers[{W, b, activation}], x, y, loss", Concepts::mlp);
        add(m, "gru-cell", "one GRU step and gradients: U, W, b_i, b_h, x, h, optional dh, convention", Concepts::gru);
        add(m, "gaussian-kl", "KL(N(mu, e^logvar) || N(0, I)) and gradients: mu, logvar", Concepts::kl);
        add(m, "gan", "GAN value, optimal discriminator, JSD: p_data, p_g, optional D", Concepts::gan);
        return m;
    }

    private static void add(Map<String, Concept> m, String name, String summary, Function<ConceptInput, Map<String, Object>> f) {
        m.put(name, new Concept() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return summary;
            }

            @Override
            public Map<String, Object> evaluate(ConceptInput input) {
                return f.apply(input);
            }
        });
    }

    static Object json(INDArray a) {
        if (a.rank() <= 1 || a.rows() == 1 && a.rank() == 1) {
            return toList(a.dup().reshape(a.length()).toDoubleVector());
        }
        if (a.rank() == 2) {
            List<Object> rows = new ArrayList<>();
            for (double[] r : a.toDoubleMatrix()) {
                rows.add(toList(r));
            }
            return rows;
        }
        List<Object> slices = new ArrayList<>();
        for (int i = 0; i < a.size(0); i++) {
            slices.add(json(a.slice(i)));
        }
        return slices;
    }

    private static List<Double> toList(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    private static Map<String, Object> linearRegression(ConceptInput in) {
        INDArray x = in.matrix("X");
        INDArray y = in.vector("y");
        if (y.length() != x.rows()) {
            throw new BadInputException("field 'y' has " + y.length() + " entries but 'X' has " + x.rows() + " rows");
        }
        INDArray yc = y.reshape(x.rows(), 1);
        double alpha = in.number("alpha", 0);
        Map<String, Object> out = new LinkedHashMap<>();
        INDArray star = Ridge.solve(x, yc, alpha);
        out.put("theta_star", json(star.reshape(star.length())));
        out.put("loss_at_theta_star", Ridge.loss(x, yc, star, alpha));
        if (in.has("theta")) {
            INDArray theta = in.vector("theta").reshape(x.columns(), 1);
            out.put("loss", Ridge.loss(x, yc, theta, alpha));
            out.put("gradient", json(Ridge.gradient(x, yc, theta, alpha).reshape(x.columns())));
        }
        if (alpha == 0) {
            out.put("gradient_at_theta_star", json(LeastSquares.gradient(x, yc, star).reshape(x.columns())));
        }
        return out;
    }

    private static Map<String, Object> softmax(ConceptInput in) {
        INDArray z = in.vector("z");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("probabilities", json(Softmax.probabilities(z)));
        out.put("log_sum_exp", Softmax.logSumExp(z).getDouble(0));
        out.put("log_probabilities", json(Softmax.logProbabilities(z)));
        out.put("jacobian", json(Softmax.jacobian(z)));
        return out;
    }

    private static Map<String, Object> softmaxCe(ConceptInput in) {
        INDArray z = in.matrix("logits");
        INDArray y = in.matrix("targets");
        if (!java.util.Arrays.equals(z.shape(), y.shape())) {
            throw new BadInputException("fields 'logits' and 'targets' must have the same shape");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("probabilities", json(Softmax.probabilities(z)));
        out.put("loss", SoftmaxCrossEntropy.loss(z, y));
        out.put("gradient", json(SoftmaxCrossEntropy.gradient(z, y)));
        return out;
    }

    private static Map<String, Object> mlp(ConceptInput in) {
        if (!in.node().has("layers") || !in.node().get("layers").isArray()) {
            throw new BadInputException("missing field 'layers' (an array of {W, b, activation})");
        }
        List<Layer> layers = new ArrayList<>();
        int i = 0;
        for (var node : in.node().get("layers")) {
            ConceptInput l = new ConceptInput(node, "mlp layer " + i);
            String act = l.text("activation", "identity").toUpperCase(Locale.ROOT).replace('-', '_');
            Activation g;
            try {
                g = Activation.valueOf(act);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("layers[" + i + "].activation '" + act.toLowerCase(Locale.ROOT) + "' is not one of "
                        + java.util.Arrays.stream(Activation.values()).map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .collect(Collectors.joining(", ")));
            }
            layers.add(new Layer(l.matrix("W"), l.vector("b"), g));
            i++;
        }
        Mlp mlp;
        try {
            mlp = new Mlp(layers);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        INDArray x = in.matrix("x");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("output", json(mlp.forward(x)));
        if (in.has("y")) {
            MlpLoss loss = "softmax-ce".equals(in.text("loss", "mse")) ? MlpLoss.SOFTMAX_CROSS_ENTROPY : MlpLoss.MSE;
            INDArray y = in.matrix("y");
            out.put("loss", loss.valueStacked(mlp.forward(x).reshape(1, x.rows(), y.columns()), y).getDouble(0));
            Backpropagation.Gradients g = Backpropagation.gradients(mlp, loss, x, y);
            List<Object> grads = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("W", json(g.weights().get(l)));
                m.put("b", json(g.biases().get(l)));
                grads.add(m);
            }
            out.put("gradients", grads);
            out.put("input_gradient", json(g.input()));
        }
        return out;
    }

    private static Map<String, Object> gru(ConceptInput in) {
        GruConvention c = "reset-after".equals(in.text("convention", "reset-before")) ? GruConvention.RESET_AFTER_PRODUCT
                : GruConvention.RESET_BEFORE_PRODUCT;
        GruParameters p = new GruParameters(in.matrix("U"), in.matrix("W"), in.vector("b_i"), in.vector("b_h"));
        INDArray x = in.matrix("x");
        INDArray h = in.matrix("h");
        GruCell cell = new GruCell(c);
        GruCell.Step s;
        try {
            s = cell.forward(p, x, h);
        } catch (RuntimeException e) {
            throw new BadInputException("shapes do not fit a GRU cell (U [d, 3u], W [u, 3u], b_i and b_h [3u], x [B, d], h [B, u]): "
                    + e.getMessage());
        }
        INDArray dh = in.has("dh") ? in.matrix("dh") : s.next().like().assign(1.0);
        GruCell.Gradients g = cell.backward(p, s, dh);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("h_next", json(s.next()));
        out.put("z", json(s.z()));
        out.put("r", json(s.r()));
        out.put("n", json(s.n()));
        out.put("grad_U", json(g.parameters().inputWeights()));
        out.put("grad_W", json(g.parameters().hiddenWeights()));
        out.put("grad_b_i", json(g.parameters().inputBias()));
        out.put("grad_b_h", json(g.parameters().hiddenBias()));
        out.put("grad_x", json(g.input()));
        out.put("grad_h", json(g.state()));
        return out;
    }

    private static Map<String, Object> kl(ConceptInput in) {
        INDArray mu = in.vector("mu");
        INDArray lv = in.vector("logvar");
        if (mu.length() != lv.length()) {
            throw new BadInputException("fields 'mu' and 'logvar' must have the same length");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kl", GaussianKl.value(mu, lv));
        out.put("grad_mu", json(GaussianKl.gradientMean(mu)));
        out.put("grad_logvar", json(GaussianKl.gradientLogVariance(lv)));
        return out;
    }

    private static Map<String, Object> gan(ConceptInput in) {
        INDArray pd = in.vector("p_data");
        INDArray pg = in.vector("p_g");
        if (pd.length() != pg.length()) {
            throw new BadInputException("fields 'p_data' and 'p_g' must have the same length");
        }
        INDArray star = GanValue.optimalDiscriminator(pd, pg);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("optimal_discriminator", json(star));
        out.put("value_at_optimum", GanValue.value(pd, pg, star));
        out.put("jsd", JensenShannon.divergence(pd, pg));
        out.put("minus_log4_plus_2jsd", -Math.log(4) + 2 * JensenShannon.divergence(pd, pg));
        if (in.has("D")) {
            INDArray d = in.vector("D");
            out.put("value", GanValue.value(pd, pg, d));
            out.put("gradient", json(GanValue.gradient(pd, pg, d)));
        }
        return out;
    }
}
