package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The logistic sigmoid {@code sigma(x) = 1 / (1 + e^-x) = e^x / (1 + e^x)}, elementwise, with
 * {@code sigma'(x) = sigma(x)(1 - sigma(x))} (at most 1/4, at 0) and {@code sigma(-x) = 1 - sigma(x)}.
 * Shapes: any, preserved. Reference: Goodfellow et al., <i>Deep Learning</i>, eq. 3.30 and 3.32.
 */
public final class Sigmoid {
    private Sigmoid() {
    }

    /**
     * Stable form: {@code 1/(1+e^-x)} for {@code x >= 0}, {@code e^x/(1+e^x)} below, so no exponential overflows.
     *
     * @param x inputs
     * @return {@code sigma(x)}
     */
    public static INDArray value(INDArray x) {
        INDArray e = Transforms.exp(Transforms.abs(x, true).negi(), false);
        INDArray positive = e.add(1.0).rdivi(1.0);
        INDArray negative = e.div(e.add(1.0));
        INDArray mask = x.gte(0.0).castTo(x.dataType());
        return positive.muli(mask).addi(negative.muli(mask.rsub(1.0)));
    }

    /**
     * @param x inputs
     * @return {@code 1 / (1 + e^-x)}, the first textbook form
     */
    public static INDArray reciprocalForm(INDArray x) {
        return Transforms.exp(x.neg(), false).addi(1.0).rdivi(1.0);
    }

    /**
     * @param x inputs
     * @return {@code e^x / (1 + e^x)}, the second textbook form (overflows for x above about 709)
     */
    public static INDArray exponentialForm(INDArray x) {
        INDArray e = Transforms.exp(x, true);
        return e.div(e.add(1.0));
    }

    /**
     * @param x inputs
     * @return {@code sigma(x)(1 - sigma(x))}
     */
    public static INDArray derivative(INDArray x) {
        INDArray s = value(x);
        return s.mul(s.rsub(1.0));
    }
}
