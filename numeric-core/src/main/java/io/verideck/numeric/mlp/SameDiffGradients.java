package io.verideck.numeric.mlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The same network and loss built as a SameDiff graph and differentiated by ND4J's reverse-mode
 * autodiff: an oracle independent of {@link Backpropagation}, which is written by hand.
 */
public final class SameDiffGradients {
    private SameDiffGradients() {
    }

    /**
     * @param mlp the network
     * @param loss the loss
     * @param x inputs {@code [B, n_0]}
     * @param targets targets {@code [B, n_L]}
     * @return weight and bias gradients (the input gradient is not computed: null)
     */
    public static Backpropagation.Gradients gradients(Mlp mlp, MlpLoss loss, INDArray x, INDArray targets) {
        SameDiff sd = SameDiff.create();
        SDVariable h = sd.constant("x", x.dup());
        List<String> names = new ArrayList<>();
        for (int l = 0; l < mlp.layers().size(); l++) {
            Layer layer = mlp.layers().get(l);
            SDVariable w = sd.var("W" + l, layer.weights().dup());
            SDVariable b = sd.var("b" + l, layer.bias().dup().reshape(1, layer.outputs()));
            names.add("W" + l);
            names.add("b" + l);
            h = activate(sd, h.mmul(w).add(b), layer.activation());
        }
        SDVariable y = sd.constant("y", targets.dup());
        double batch = x.rows();
        SDVariable value = loss == MlpLoss.MSE
                ? sd.math().square(h.sub(y)).sum().mul(0.5 / batch)
                : sd.nn().logSoftmax(h).mul(y).sum().mul(-1.0 / batch);
        value = value.rename("loss");
        sd.setLossVariables("loss");
        Map<String, INDArray> g = io.verideck.numeric.SameDiffQuiet.call(() -> sd.calculateGradients(new HashMap<>(), names.toArray(new String[0])));
        List<INDArray> dw = new ArrayList<>();
        List<INDArray> db = new ArrayList<>();
        for (int l = 0; l < mlp.layers().size(); l++) {
            dw.add(g.get("W" + l));
            db.add(g.get("b" + l).reshape(mlp.layers().get(l).outputs()));
        }
        return new Backpropagation.Gradients(dw, db, null);
    }


    private static SDVariable activate(SameDiff sd, SDVariable a, Activation g) {
        return switch (g) {
            case IDENTITY -> a;
            case SIGMOID -> sd.nn().sigmoid(a);
            case TANH -> sd.math().tanh(a);
            case RELU -> sd.nn().relu(a, 0.0);
            case LEAKY_RELU -> sd.nn().leakyRelu(a, 0.01);
            case SOFTPLUS -> sd.nn().softplus(a);
        };
    }
}
