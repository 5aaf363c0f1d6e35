package io.verideck.numeric.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reverse-mode gradient of a loss through an {@link Mlp}, written out by hand.
 *
 * <p>{@code Delta_L = dL/dH_L * g_L'(A_L)}; {@code Delta_l = (Delta_{l+1} W_{l+1}^T) * g_l'(A_l)};
 * {@code dL/dW_l = H_{l-1}^T Delta_l}; {@code dL/db_l = 1^T Delta_l}; {@code dL/dX = Delta_1 W_1^T}.
 * Reference: Rumelhart, Hinton and Williams (1986); Goodfellow et al. (2016), algorithm 6.4.
 */
public final class Backpropagation {
    private Backpropagation() {
    }

    /**
     * @param mlp the network
     * @param loss the loss on its output
     * @param x inputs {@code [B, n_0]}
     * @param targets {@code [B, n_L]}
     * @return the gradients of the loss
     */
    public static Gradients gradients(Mlp mlp, MlpLoss loss, INDArray x, INDArray targets) {
        Mlp.Trace trace = mlp.trace(x);
        return backward(mlp, trace, loss.gradient(trace.output(), targets));
    }

    /**
     * The vector-Jacobian product for a given output cotangent.
     *
     * @param mlp the network
     * @param trace its forward trace
     * @param outputGradient {@code dL/dH_L}, {@code [B, n_L]}
     * @return the gradients
     */
    public static Gradients backward(Mlp mlp, Mlp.Trace trace, INDArray outputGradient) {
        List<Layer> layers = mlp.layers();
        List<INDArray> dw = new ArrayList<>();
        List<INDArray> db = new ArrayList<>();
        INDArray upstream = outputGradient;
        for (int l = layers.size() - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            INDArray delta = upstream.mul(layer.activation().derivative(trace.preActivations().get(l)));
            dw.add(trace.activations().get(l).transpose().mmul(delta));
            db.add(delta.sum(0));
            upstream = delta.mmul(layer.weights().transpose());
        }
        Collections.reverse(dw);
        Collections.reverse(db);
        return new Gradients(dw, db, upstream);
    }

    /**
     * Gradients of a loss with respect to every parameter and the input.
     *
     * @param weights {@code dL/dW_l}, same shapes as the weights
     * @param biases {@code dL/db_l}
     * @param input {@code dL/dX}
     */
    public record Gradients(List<INDArray> weights, List<INDArray> biases, INDArray input) {
    }
}
