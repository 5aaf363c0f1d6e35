package io.verideck.numeric.mlp;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A composition of affine layers {@code x -> W_l x + b_l} (identity activations) collapses to one affine
 * layer: {@code W_2(W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2)}. An affine map with a nonzero
 * offset is not linear: superposition {@code f(a x + b y) = a f(x) + b f(y)} fails. Shapes (examples as
 * columns): {@code W_l [n_l, n_{l-1}]}, {@code b_l [n_l, 1]}, {@code x [n_0, B]}. Reference: Goodfellow
 * et al., <i>Deep Learning</i>, section 6.1.
 */
public final class AffineComposition {
    private AffineComposition() {
    }

    /**
     * One affine layer {@code x -> W x + b}.
     *
     * @param w weights {@code [n_out, n_in]}
     * @param b bias column {@code [n_out, 1]}
     */
    public record AffineMap(INDArray w, INDArray b) {
        /**
         * @param x inputs {@code [n_in, B]}
         * @return {@code W x + b}
         */
        public INDArray apply(INDArray x) {
            return w.mmul(x).addiColumnVector(b);
        }
    }

    /**
     * @param layers first layer first
     * @param x inputs {@code [n_0, B]}
     * @return the layers applied in order
     */
    public static INDArray forward(List<AffineMap> layers, INDArray x) {
        INDArray h = x;
        for (AffineMap layer : layers) {
            h = layer.apply(h);
        }
        return h;
    }

    /**
     * @param layers first layer first
     * @return the single equivalent affine layer
     */
    public static AffineMap collapse(List<AffineMap> layers) {
        AffineMap acc = layers.get(0);
        for (AffineMap next : layers.subList(1, layers.size())) {
            acc = new AffineMap(next.w().mmul(acc.w()), next.w().mmul(acc.b()).addi(next.b()));
        }
        return acc;
    }

    /**
     * The superposition residual {@code f(a x + b y) - a f(x) - b f(y)}: zero for every input iff f is linear.
     *
     * @param f the map
     * @param x first input {@code [n, 1]}
     * @param y second input
     * @param a first coefficient
     * @param b second coefficient
     * @return the residual column
     */
    public static INDArray superpositionResidual(java.util.function.UnaryOperator<INDArray> f, INDArray x, INDArray y,
            double a, double b) {
        INDArray lhs = f.apply(x.mul(a).addi(y.mul(b)));
        return lhs.subi(f.apply(x).muli(a)).subi(f.apply(y).muli(b));
    }
}
