package io.verideck.numeric.mlp;

import io.verideck.numeric.Stacked;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A feed-forward network {@code f = f_L o ... o f_1}, each {@code f_l} a {@link Layer}.
 *
 * <p>Forward: {@code A_l = H_{l-1} W_l + b_l}, {@code H_l = g_l(A_l)}, {@code H_0 = X}. Shapes:
 * {@code X [B, n_0]}, output {@code [B, n_L]}. Reference: Goodfellow et al. (2016), chapter 6, and
 * the course's lecture 5.
 *
 * @param layers the layers, input first
 */
public record Mlp(List<Layer> layers) {
    /** @param layers the layers, input first; adjacent sizes must agree */
    public Mlp {
        layers = List.copyOf(layers);
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputs() != layers.get(i - 1).outputs()) {
                throw new IllegalArgumentException("layer " + i + " expects " + layers.get(i).inputs()
                        + " inputs but layer " + (i - 1) + " has " + layers.get(i - 1).outputs() + " outputs");
            }
        }
    }

    /**
     * @param x inputs {@code [B, n_0]}
     * @return outputs {@code [B, n_L]}
     */
    public INDArray forward(INDArray x) {
        return trace(x).output();
    }

    /**
     * The forward pass with every intermediate kept for backpropagation.
     *
     * @param x inputs {@code [B, n_0]}
     * @return the trace
     */
    public Trace trace(INDArray x) {
        List<INDArray> pre = new ArrayList<>();
        List<INDArray> post = new ArrayList<>();
        post.add(x);
        INDArray h = x;
        for (Layer layer : layers) {
            INDArray a = h.mmul(layer.weights()).addiRowVector(layer.bias());
            h = layer.activation().apply(a);
            pre.add(a);
            post.add(h);
        }
        return new Trace(pre, post);
    }

    /**
     * The forward pass for a stack of perturbed copies: one batched op per layer.
     *
     * @param x inputs {@code [B, n_0]} (shared) or {@code [S, B, n_0]}
     * @param weights per layer {@code [S, n_{l-1}, n_l]} (or rank 2 if shared)
     * @param biases per layer {@code [S, n_l]} (or rank 1 if shared)
     * @return outputs {@code [S, B, n_L]}
     */
    public INDArray forwardStacked(INDArray x, List<INDArray> weights, List<INDArray> biases) {
        INDArray h = x;
        for (int l = 0; l < layers.size(); l++) {
            INDArray a = Stacked.addBias(Stacked.matmul(h, weights.get(l)), biases.get(l));
            h = layers.get(l).activation().apply(a);
        }
        return h;
    }

    /** @return the number of weights and biases */
    public long parameterCount() {
        return layers.stream().mapToLong(l -> l.weights().length() + l.bias().length()).sum();
    }

    /**
     * Intermediates of one forward pass.
     *
     * @param preActivations {@code A_1 .. A_L}
     * @param activations {@code H_0 = X, H_1 .. H_L}
     */
    public record Trace(List<INDArray> preActivations, List<INDArray> activations) {
        /** @return {@code H_L} */
        public INDArray output() {
            return activations.get(activations.size() - 1);
        }
    }
}
