package io.verideck.numeric.mlp;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Elementwise activations and their derivatives with respect to the pre-activation.
 *
 * <p>identity {@code a}; sigmoid {@code 1/(1+e^-a)}, derivative {@code s(1-s)}; tanh, derivative
 * {@code 1 - tanh^2}; ReLU {@code max(0, a)}, derivative {@code [a > 0]}; leaky ReLU with slope 0.01
 * below 0; softplus {@code log(1 + e^a)}, derivative {@code sigmoid(a)}. ReLU and leaky ReLU have a
 * kink at 0 ({@link #hasKinkAtZero()}): gradient checks draw pre-activations away from it.
 */
public enum Activation {
    /** {@code g(a) = a}. */
    IDENTITY,
    /** Logistic sigmoid. */
    SIGMOID,
    /** Hyperbolic tangent. */
    TANH,
    /** Rectified linear unit. */
    RELU,
    /** Leaky ReLU, slope 0.01 for negative inputs. */
    LEAKY_RELU,
    /** {@code log(1 + e^a)}. */
    SOFTPLUS;

    private static final double LEAK = 0.01;

    /**
     * @param a pre-activations
     * @return {@code g(a)}, a new array
     */
    public INDArray apply(INDArray a) {
        return switch (this) {
            case IDENTITY -> a.dup();
            case SIGMOID -> Transforms.sigmoid(a, true);
            case TANH -> Transforms.tanh(a, true);
            case RELU -> Transforms.relu(a, true);
            case LEAKY_RELU -> Transforms.leakyRelu(a, LEAK, true);
            case SOFTPLUS -> softplus(a);
        };
    }

    /**
     * @param a pre-activations
     * @return {@code g'(a)}, a new array
     */
    public INDArray derivative(INDArray a) {
        return switch (this) {
            case IDENTITY -> a.like().assign(1.0);
            case SIGMOID -> {
                INDArray s = Transforms.sigmoid(a, true);
                yield s.mul(s.rsub(1.0));
            }
            case TANH -> {
                INDArray t = Transforms.tanh(a, true);
                yield t.muli(t).rsubi(1.0);
            }
            case RELU -> a.gt(0.0).castTo(a.dataType());
            case LEAKY_RELU -> a.gt(0.0).castTo(a.dataType()).muli(1 - LEAK).addi(LEAK);
            case SOFTPLUS -> Transforms.sigmoid(a, true);
        };
    }

    /** @return whether the derivative jumps at 0 (ReLU, leaky ReLU) */
    public boolean hasKinkAtZero() {
        return this == RELU || this == LEAKY_RELU;
    }

    /** Stable {@code max(a, 0) + log1p(exp(-|a|))}. */
    private static INDArray softplus(INDArray a) {
        INDArray tail = Transforms.log(Transforms.exp(Transforms.abs(a, true).negi(), false).addi(1.0), false);
        return Transforms.relu(a, true).addi(tail);
    }
}
