package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The softplus {@code zeta(x) = log(1 + e^x)}, elementwise, with {@code zeta' = sigma},
 * {@code zeta(x) - zeta(-x) = x}, {@code zeta > 0} and {@code max(0, x) <= zeta(x) <= max(0, x) + log 2}.
 * Computed as {@code max(x, 0) + log1p(e^-|x|)}, finite for every finite x. Shapes: any, preserved.
 * Reference: Goodfellow et al., <i>Deep Learning</i>, eq. 3.31 to 3.41.
 */
public final class Softplus {
    private Softplus() {
    }

    /**
     * @param x inputs
     * @return {@code log(1 + e^x)}, stable form
     */
    public static INDArray value(INDArray x) {
        INDArray tail = log1p(Transforms.exp(Transforms.abs(x, true).negi(), false));
        return Transforms.max(x, 0.0, true).addi(tail);
    }

    /**
     * {@code log(1 + u)} accurate for tiny u (ND4J has no log1p op): {@code log(w) u / (w - 1)} with
     * {@code w = 1 + u} rounded, and u itself where {@code w} rounds to 1 (Goldberg, 1991, theorem 4).
     */
    private static INDArray log1p(INDArray u) {
        INDArray w = u.add(1.0);
        INDArray d = w.sub(1.0);
        INDArray unchanged = d.eq(0.0).castTo(u.dataType());
        return Transforms.log(w, false).muli(u).divi(d.addi(unchanged)).addi(u.mul(unchanged));
    }

    /**
     * @param x inputs
     * @return {@code log(1 + e^x)} as written (overflows to infinity above about 709)
     */
    public static INDArray naive(INDArray x) {
        return Transforms.log(Transforms.exp(x, true).addi(1.0), false);
    }

    /**
     * @param x inputs
     * @return {@code zeta'(x) = sigma(x)}
     */
    public static INDArray derivative(INDArray x) {
        return Sigmoid.value(x);
    }
}
