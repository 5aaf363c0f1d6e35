package io.verideck.numeric.mlp;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weight-space symmetries of an {@link Mlp}: permuting the units of hidden layer l (the columns of
 * {@code W_l} and entries of {@code b_l}, with the rows of {@code W_{l+1}}) leaves the function
 * unchanged, giving {@code (n!)^m} equivalent settings for m hidden layers of n distinct units; for
 * ReLU units, scaling a unit's incoming weights and bias by {@code a > 0} and its outgoing weights by
 * {@code 1/a} also does (positive homogeneity), but not for sigmoid units. Reference: Goodfellow et
 * al., <i>Deep Learning</i>, section 8.2.2 (model identifiability).
 */
public final class HiddenUnitSymmetry {
    private HiddenUnitSymmetry() {
    }

    /**
     * @param mlp the network
     * @param layer index of a hidden layer (not the last)
     * @param permutation new order of that layer's units
     * @return the permuted network
     */
    public static Mlp permute(Mlp mlp, int layer, int[] permutation) {
        List<Layer> layers = new ArrayList<>(mlp.layers());
        Layer in = layers.get(layer);
        Layer out = layers.get(layer + 1);
        // unit j of the new layer is unit permutation[j] of the old: W_in P, b P, P^T W_out with P[permutation[j], j] = 1
        INDArray p = Nd4j.zeros(in.weights().dataType(), permutation.length, permutation.length);
        for (int j = 0; j < permutation.length; j++) {
            p.putScalar(permutation[j], j, 1.0);
        }
        layers.set(layer, new Layer(in.weights().mmul(p), in.bias().reshape(1, in.bias().length()).mmul(p).reshape(in.bias().length()),
                in.activation()));
        layers.set(layer + 1, new Layer(p.transpose().mmul(out.weights()), out.bias(), out.activation()));
        return new Mlp(layers);
    }

    /**
     * @param mlp the network
     * @param layer index of a hidden layer (not the last)
     * @param scale per-unit factors {@code a_j > 0}, {@code [n_l]}
     * @return incoming weights and bias of unit j times {@code a_j}, outgoing weights divided by it
     */
    public static Mlp rescale(Mlp mlp, int layer, INDArray scale) {
        List<Layer> layers = new ArrayList<>(mlp.layers());
        Layer in = layers.get(layer);
        Layer out = layers.get(layer + 1);
        INDArray row = scale.reshape(1, scale.length());
        layers.set(layer, new Layer(in.weights().mulRowVector(row), in.bias().mul(scale.reshape(in.bias().shape())), in.activation()));
        layers.set(layer + 1, new Layer(out.weights().divColumnVector(row.transpose()), out.bias(), out.activation()));
        return new Mlp(layers);
    }
}
