package io.verideck.numeric.logistic;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The logistic sigmoid and the logit (claim D1).
 *
 * <p>{@code sigma(z) = e^z / (1 + e^z) = 1 / (1 + e^{-z})}, {@code logit(p) = log(p / (1 - p))}, with
 * {@code logit(sigma(z)) = z} and {@code sigma(z)} in (0, 1); {@code sigma'(z) = sigma(z)(1 -
 * sigma(z))}. The stable form evaluates {@code 1 / (1 + e^{-|z|})} and reflects it with {@code
 * sigma(-z) = 1 - sigma(z)} computed as {@code e^{-|z|} / (1 + e^{-|z|})}, so it never overflows; in
 * float64 {@code sigma(z)} rounds to exactly 1 for {@code z >= 37}. Shapes: elementwise. Reference:
 * Goodfellow et al., <i>Deep Learning</i> (2016), section 3.10.
 */
public final class Sigmoid {
    private Sigmoid() {
    }

    /**
     * @param z logits
     * @return {@code sigma(z)}, stable for any {@code z}
     */
    public static INDArray value(INDArray z) {
        INDArray e = Transforms.exp(Transforms.abs(z, true).negi(), false);
        INDArray small = e.div(e.add(1.0));
        INDArray large = e.addi(1.0).rdivi(1.0);
        INDArray positive = z.gte(0.0).castTo(z.dataType());
        return large.muli(positive).addi(small.muli(positive.rsub(1.0)));
    }

    /**
     * @param z logits
     * @return {@code e^z / (1 + e^z)} as written (NaN for {@code z > 709})
     */
    public static INDArray exponentialForm(INDArray z) {
        INDArray e = Transforms.exp(z, true);
        return e.div(e.add(1.0));
    }

    /**
     * @param z logits
     * @return {@code 1 / (1 + e^{-z})} as written
     */
    public static INDArray reciprocalForm(INDArray z) {
        return Transforms.exp(z.neg(), false).addi(1.0).rdivi(1.0);
    }

    /**
     * @param p probabilities in (0, 1)
     * @return {@code log p - log(1 - p)}
     */
    public static INDArray logit(INDArray p) {
        return Transforms.log(p, true).subi(Transforms.log(p.rsub(1.0), false));
    }

    /**
     * @param z logits
     * @return {@code sigma'(z) = sigma(z)(1 - sigma(z))}
     */
    public static INDArray derivative(INDArray z) {
        INDArray s = value(z);
        return s.mul(s.rsub(1.0));
    }

    /**
     * @param z logits
     * @return {@code log sigma(z) = -softplus(-z)}, finite for any {@code z}
     */
    public static INDArray logValue(INDArray z) {
        return Softplus.value(z.neg()).negi();
    }
}
