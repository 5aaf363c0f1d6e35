package io.verideck.numeric.init;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A network {@code y^ = W2 g(W1 x + b1) + b2} with squared loss {@code L = 1/(2n) sum |y^ - y|^2}, written out
 * with its backward pass, for the initialization-symmetry claim: hidden units with identical incoming
 * weights get identical gradients, and with all-zero weights and ReLU ({@code g'(0) := 0}) every weight
 * gradient is zero. Shapes: {@code X [n, d]}, {@code Y [n, k]}, {@code W1 [h, d]}, {@code b1 [1, h]},
 * {@code W2 [k, h]}, {@code b2 [1, k]}. Reference: Goodfellow et al. (2016), sections 6.5 and 8.4.
 *
 * @param w1 first-layer weights (one row per hidden unit)
 * @param b1 first-layer biases
 * @param w2 second-layer weights
 * @param b2 output biases
 * @param relu ReLU hidden units when true, tanh otherwise
 */
public record TwoLayerNet(INDArray w1, INDArray b1, INDArray w2, INDArray b2, boolean relu) {

    /**
     * The gradients of the loss.
     *
     * @param w1 for {@code W1}
     * @param b1 for {@code b1}
     * @param w2 for {@code W2}
     * @param b2 for {@code b2}
     */
    public record Gradients(INDArray w1, INDArray b1, INDArray w2, INDArray b2) {
    }

    private INDArray preActivation(INDArray x) {
        return x.mmul(w1.transpose()).addiRowVector(b1);
    }

    private INDArray hidden(INDArray z) {
        return relu ? Transforms.relu(z, true) : Transforms.tanh(z, true);
    }

    /**
     * @param x inputs {@code [n, d]}
     * @return outputs {@code [n, k]}
     */
    public INDArray forward(INDArray x) {
        return hidden(preActivation(x)).mmul(w2.transpose()).addiRowVector(b2);
    }

    /**
     * @param x inputs
     * @param y targets
     * @return {@code L}
     */
    public double loss(INDArray x, INDArray y) {
        INDArray r = forward(x).subi(y);
        return r.mul(r).sumNumber().doubleValue() / (2 * x.rows());
    }

    /**
     * @param x inputs {@code [n, d]}
     * @param y targets {@code [n, k]}
     * @return the hand-written backward pass
     */
    public Gradients gradients(INDArray x, INDArray y) {
        INDArray z = preActivation(x);
        INDArray h = hidden(z);
        INDArray dOut = h.mmul(w2.transpose()).addiRowVector(b2).subi(y).divi(x.rows());
        INDArray gw2 = dOut.transpose().mmul(h);
        INDArray gb2 = dOut.sum(true, 0);
        INDArray dh = dOut.mmul(w2);
        // relu'(z) = 1 for z > 0, 0 for z <= 0 (so g'(0) = 0); tanh'(z) = 1 - tanh(z)^2
        INDArray slope = relu ? z.gt(0).castTo(z.dataType()) : h.mul(h).rsubi(1);
        INDArray dz = dh.muli(slope);
        return new Gradients(dz.transpose().mmul(x), dz.sum(true, 0), gw2, gb2);
    }

    /**
     * @param x inputs
     * @param y targets
     * @param eps learning rate
     * @return the network after one gradient-descent step
     */
    public TwoLayerNet step(INDArray x, INDArray y, double eps) {
        Gradients g = gradients(x, y);
        return new TwoLayerNet(w1.sub(g.w1().mul(eps)), b1.sub(g.b1().mul(eps)), w2.sub(g.w2().mul(eps)),
                b2.sub(g.b2().mul(eps)), relu);
    }
}
