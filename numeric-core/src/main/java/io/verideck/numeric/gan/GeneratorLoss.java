package io.verideck.numeric.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The generator's loss as a function of the discriminator logit {@code a} on a generated sample
 * ({@code D = sigmoid(a)}).
 *
 * <p>Saturating (minimax): {@code log(1 - sigmoid(a)) = -softplus(a)}, derivative {@code
 * -sigmoid(a)}, which vanishes as {@code a -> -infinity}, exactly when the discriminator confidently
 * rejects the fake. Non-saturating: {@code -log sigmoid(a) = softplus(-a)}, derivative {@code
 * sigmoid(a) - 1}, which tends to {@code -1} there. Elementwise; summed over entries. Reference:
 * Goodfellow et al. (2014), section 3; Goodfellow, "NIPS 2016 Tutorial: Generative Adversarial
 * Networks" (2016), section 3.2.3.
 */
public enum GeneratorLoss {
    /** {@code log(1 - D)}, minimized by the generator. */
    SATURATING,
    /** {@code -log D}, minimized by the generator. */
    NON_SATURATING;

    /**
     * @param a logits, any shape
     * @return per-entry losses
     */
    public INDArray elementwise(INDArray a) {
        return this == SATURATING ? softplus(a).negi() : softplus(a.neg());
    }

    /**
     * @param a logits
     * @return per-entry derivatives {@code dloss/da}
     */
    public INDArray derivative(INDArray a) {
        INDArray s = Transforms.sigmoid(a, true);
        return this == SATURATING ? s.negi() : s.subi(1.0);
    }

    /**
     * The generator's expected loss when it is a categorical distribution {@code p_g = softmax(theta)}
     * on {@code K} points and the discriminator logits {@code a} on those points are held fixed:
     * {@code L(theta) = sum_k p_g,k loss(a_k)}.
     *
     * @param thetas generator logits, one row per copy {@code [S, K]}
     * @param a discriminator logits {@code [K]}
     * @return {@code [S]}
     */
    public INDArray expectedStacked(INDArray thetas, INDArray a) {
        INDArray p = Transforms.softmax(thetas, true);
        return p.muliRowVector(elementwise(a).reshape(1, a.length())).sum(1);
    }

    /**
     * @param theta generator logits {@code [K]}
     * @param a discriminator logits {@code [K]}
     * @return {@code dL/dtheta = p_g * (loss(a) - sum_j p_g,j loss(a_j))}, {@code [K]}
     */
    public INDArray generatorGradient(INDArray theta, INDArray a) {
        INDArray p = Transforms.softmax(theta.reshape(1, theta.length()), true).reshape(theta.length());
        INDArray loss = elementwise(a);
        double mean = p.mul(loss).sumNumber().doubleValue();
        return p.mul(loss.subi(mean));
    }

    private static INDArray softplus(INDArray a) {
        INDArray tail = Transforms.log(Transforms.exp(Transforms.abs(a, true).negi(), false).addi(1.0), false);
        return Transforms.relu(a, true).addi(tail);
    }
}
