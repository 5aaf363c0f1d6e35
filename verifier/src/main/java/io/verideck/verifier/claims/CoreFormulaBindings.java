package io.verideck.verifier.claims;

import io.verideck.numeric.gan.GanValue;
import io.verideck.numeric.gan.GeneratorLoss;
import io.verideck.numeric.linreg.GaussianLikelihood;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.Ridge;
import io.verideck.numeric.mlp.Activation;
import io.verideck.numeric.mlp.Layer;
import io.verideck.numeric.mlp.Mlp;
import io.verideck.numeric.rnn.GruCell;
import io.verideck.numeric.rnn.GruConvention;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.numeric.softmax.BinaryCrossEntropy;
import io.verideck.numeric.softmax.CategoricalCrossEntropy;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.numeric.vae.GaussianKl;
import io.verideck.numeric.vae.Reparameterization;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.formula.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bindings of the card answer formulas that name one of the 19 claims implemented first (C2 C5 C9 D6
 * D7 D8 E8 E9 G1 G2 G3 K3 K11 M11 M12 M13 M14 M15 M16) to the numeric-core classes behind them. Card
 * vectors are columns; the numeric-core batch APIs take rows, so a vector {@code z} becomes the batch
 * {@code [1, K]}. Where the implementation computes a larger object (the least-squares gradient of a
 * design, a ridge step from data), the binding builds the input that makes it compute the card's
 * value: a weight-decay step with gradient {@code g} is the ridge step on the design {@code X = I}
 * and targets {@code y = w - g}, since then {@code X^T(Xw - y) = g}.
 *
 * <p>{@code lstm-gru-gru-equations} (K11) gives the new state from the update gate {@code z} in (0, 1),
 * the candidate {@code h_tilde} in (-1, 1) and the old state: {@code GruCell} is run with zero weights
 * and the input biases {@code logit(z)} and {@code atanh(h_tilde)}, so that its gate and candidate are
 * the card's.
 */
public final class CoreFormulaBindings {
    private CoreFormulaBindings() {
    }

    /** @return the bindings */
    public static List<FormulaBinding> formulas() {
        return List.of(
                bind("linear-models-normal-equation", "C2", v -> value(LeastSquares.gradient(nd(v.get("X")), nd(v.get("y")), nd(v.get("theta"))))),
                bind("linear-models-weight-decay", "C9", CoreFormulaBindings::weightDecay),
                bind("regularization-weight-decay-update", "C9", CoreFormulaBindings::weightDecay),
                bind("output-layers-mse-regression", "C5", CoreFormulaBindings::mseFromLikelihood),
                bind("output-layers-softmax", "D6", v -> column(Softmax.probabilities(row(v.get("z"))))),
                bind("attention-weights-context", "D6", v -> {
                    INDArray h = nd(v.get("H"));
                    INDArray scores = h.mmul(nd(v.get("s"))).reshape(1, h.rows());
                    return value(h.transpose().mmul(Softmax.probabilities(scores).reshape(h.rows(), 1)));
                }),
                bind("output-layers-softmax-ce-gradient", "D8", v -> column(SoftmaxCrossEntropy.gradient(row(v.get("z")), row(v.get("y"))))),
                bind("output-layers-softmax-ce-gradient", "D6", v -> column(Softmax.probabilities(row(v.get("z"))).sub(row(v.get("y"))))),
                bind("output-layers-log-softmax", "D8", v -> Value.scalar(SoftmaxCrossEntropy.loss(row(v.get("z")), row(v.get("y"))))),
                bind("output-layers-log-softmax", "D7", v -> Value.scalar(
                        -Softmax.logProbabilities(row(v.get("z"))).mul(row(v.get("y"))).sumNumber().doubleValue())),
                bind("losses-binary-cross-entropy", "E8", CoreFormulaBindings::bce),
                bind("output-layers-bce-formula", "E8", CoreFormulaBindings::bce),
                bind("losses-categorical-cross-entropy", "E9", v -> Value.scalar(CategoricalCrossEntropy.loss(row(v.get("p")), row(v.get("y"))))),
                bind("mlp-dense-layer", "G1", v -> {
                    Mlp layer = new Mlp(List.of(new Layer(nd(v.get("W")).transpose(), row(v.get("b")).reshape(v.get("b").rows()), Activation.RELU)));
                    return column(layer.forward(row(v.get("x"))));
                }),
                bind("generative-models-reparameterization", "M12", v -> Value.scalar(Reparameterization.sample(
                        vector(v.get("mu")), vector(v.get("s")), row(v.get("eps"))).getDouble(0))),
                bind("generative-models-gaussian-kl", "M13", v -> {
                    double s = v.get("s").asScalar();
                    return Value.scalar(GaussianKl.value(vector(v.get("mu")), Nd4j.scalar(Math.log(s * s)).reshape(1)));
                }),
                bind("generative-models-optimal-discriminator", "M15", v -> Value.scalar(GanValue.optimalDiscriminator(
                        vector(v.get("p")), vector(v.get("q"))).getDouble(0))),
                bind("lstm-gru-gru-equations", "K11", CoreFormulaBindings::gruState),
                bind("generative-models-nonsaturating", "M16", v -> Value.scalar(GeneratorLoss.NON_SATURATING.elementwise(vector(v.get("a"))).getDouble(0))));
    }

    /** K11: one {@link GruCell} step whose gate and candidate are the card's {@code z} and {@code h_tilde}. */
    private static Value gruState(Map<String, Value> v) {
        int u = v.get("h").size();
        INDArray bias = Nd4j.zeros(DataType.DOUBLE, 3L * u);
        for (int i = 0; i < u; i++) {
            double z = v.get("z").data()[i];
            bias.putScalar(i, Math.log(z / (1 - z)));
            double n = v.get("h_tilde").data()[i];
            bias.putScalar(2L * u + i, 0.5 * Math.log((1 + n) / (1 - n)));
        }
        GruParameters p = new GruParameters(Nd4j.zeros(DataType.DOUBLE, 1, 3L * u), Nd4j.zeros(DataType.DOUBLE, u, 3L * u),
                bias, Nd4j.zeros(DataType.DOUBLE, 3L * u));
        INDArray next = new GruCell(GruConvention.RESET_BEFORE_PRODUCT).forward(p, Nd4j.zeros(DataType.DOUBLE, 1, 1), row(v.get("h"))).next();
        return column(next);
    }

    private static FormulaBinding bind(String card, String claim, Function<Map<String, Value>, Value> implementation) {
        return new FormulaBinding(card, claim, implementation);
    }

    private static Value weightDecay(Map<String, Value> v) {
        INDArray w = nd(v.get("w"));
        INDArray g = nd(v.get("g"));
        INDArray identity = Nd4j.eye(w.rows()).castTo(DataType.DOUBLE);
        return value(Ridge.weightDecayStep(identity, w.sub(g), w, v.get("alpha").asScalar(), v.get("eps").asScalar()));
    }

    /** C5: with {@code X = I} and {@code theta = p}, {@code l = -n/2 log(2 pi) - RSS/2} at sigma 1, so MSE = -2(l + n/2 log 2 pi)/n. */
    private static Value mseFromLikelihood(Map<String, Value> v) {
        INDArray y = nd(v.get("y"));
        INDArray p = nd(v.get("p"));
        int n = (int) y.rows();
        double l = GaussianLikelihood.logLikelihood(Nd4j.eye(n).castTo(DataType.DOUBLE), y, p, 1.0);
        return Value.scalar(-2 * (l + n / 2.0 * Math.log(2 * Math.PI)) / n);
    }

    private static Value bce(Map<String, Value> v) {
        return Value.scalar(BinaryCrossEntropy.loss(vector(v.get("p")), vector(v.get("y"))));
    }

    /** @return the value as a {@code [rows, cols]} double array */
    static INDArray nd(Value v) {
        return Nd4j.create(v.data().clone(), new long[] {v.rows(), v.cols()}, DataType.DOUBLE);
    }

    /** @return a column vector (or scalar) as the batch of one row {@code [1, K]} */
    static INDArray row(Value v) {
        return Nd4j.create(v.data().clone(), new long[] {1, v.size()}, DataType.DOUBLE);
    }

    /** @return the entries as a rank-1 array {@code [K]} */
    static INDArray vector(Value v) {
        return Nd4j.create(v.data().clone(), new long[] {v.size()}, DataType.DOUBLE);
    }

    /** @return a 2-d array as a value of the same shape */
    static Value value(INDArray a) {
        INDArray m = a.rank() == 2 ? a : a.reshape(a.length(), 1);
        return new Value((int) m.rows(), (int) m.columns(), m.dup('c').data().asDouble());
    }

    /** @return a {@code [1, K]} row as the column {@code [K, 1]} */
    static Value column(INDArray rowBatch) {
        return new Value((int) rowBatch.length(), 1, rowBatch.dup('c').data().asDouble());
    }
}
