package io.verideck.numeric.logistic;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The sigmoid as a two-class softmax (claims D4 and D5).
 *
 * <p>{@code P(y) = e^{y z} / sum_{y' in {0,1}} e^{y' z} = sigma((2y - 1) z)}; {@code softmax([0, z])_2
 * = sigma(z)}; {@code softmax([z1, z2])_1 = sigma(z1 - z2)}. The negative log-likelihood is the
 * softplus {@code -log sigma((2y - 1) z) = zeta((1 - 2y) z)} with derivative {@code sigma(z) - y}. Shapes:
 * elementwise in {@code z} and {@code y}. Reference: Goodfellow et al., <i>Deep Learning</i> (2016),
 * section 6.2.2.2.
 */
public final class BinaryOutput {
    private BinaryOutput() {
    }

    /**
     * @param z logits
     * @param y outcomes in {0, 1}
     * @return {@code e^{y z} / (1 + e^z)} as written
     */
    public static INDArray normalizedExponential(INDArray z, INDArray y) {
        return Transforms.exp(z.mul(y), false).divi(Transforms.exp(z, true).addi(1.0));
    }

    /**
     * @param z logits
     * @param y outcomes in {0, 1}
     * @return {@code sigma((2y - 1) z)}
     */
    public static INDArray probability(INDArray z, INDArray y) {
        return Sigmoid.value(y.mul(2.0).subi(1.0).muli(z));
    }

    /**
     * @param z1 first logit
     * @param z2 second logit
     * @return {@code softmax([z1, z2])} as {@code [2]}
     */
    public static INDArray twoClassSoftmax(double z1, double z2) {
        return Softmax.probabilities(Nd4j.createFromArray(z1, z2));
    }

    /**
     * @param z logits
     * @param y outcomes in {0, 1}
     * @return {@code zeta((1 - 2y) z)}, elementwise
     */
    public static INDArray nll(INDArray z, INDArray y) {
        return Softplus.value(y.mul(-2.0).addi(1.0).muli(z));
    }

    /**
     * @param z logits
     * @param y outcomes in {0, 1}
     * @return {@code -log sigma((2y - 1) z)} as written (infinite once the sigmoid underflows)
     */
    public static INDArray nllNaive(INDArray z, INDArray y) {
        return Transforms.log(Sigmoid.reciprocalForm(y.mul(2.0).subi(1.0).muli(z)), false).negi();
    }

    /**
     * @param z logits
     * @param y outcomes in {0, 1}
     * @return {@code d nll / dz = sigma(z) - y}
     */
    public static INDArray nllDerivative(INDArray z, INDArray y) {
        return Sigmoid.value(z).subi(y);
    }
}
