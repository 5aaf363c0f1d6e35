package io.verideck.numeric.logistic;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Squared error on a sigmoid or softmax output (claims D3 and D10), the loss logistic regression
 * should not use.
 *
 * <p>{@code J(theta) = 1/n sum_i (sigma(x_i^T theta) - y_i)^2} is not convex in {@code theta}: for one
 * example {@code x = 1, y = 1}, {@code J(theta) = (sigma(theta) - 1)^2} has {@code J'' < 0} for
 * {@code theta} below about {@code -0.66}. Its derivative {@code dJ/dz = 2 (sigma(z) - y) sigma(z) (1 -
 * sigma(z))} vanishes for a confidently wrong {@code z}, while the NLL derivative {@code sigma(z) - y}
 * does not. For a softmax output {@code s}, {@code grad_z ||s - e_y||^2 = 2 J_s (s - e_y)} with the
 * symmetric softmax Jacobian {@code J_s}. Shapes: {@code X [n, p]}, {@code y [n, 1]}, stacked weights
 * {@code [S, p]}; logits {@code z [K]}. Reference: Goodfellow et al., <i>Deep Learning</i> (2016),
 * sections 6.2.2.2 and 6.2.2.3.
 */
public final class SquaredErrorOnSigmoid {
    private SquaredErrorOnSigmoid() {
    }

    /**
     * @param x design
     * @param y labels
     * @param thetas weight rows {@code [S, p]}
     * @return {@code J} per row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray x, INDArray y, INDArray thetas) {
        INDArray r = Sigmoid.value(thetas.mmul(x.transpose())).subiRowVector(y.reshape(1, y.length()));
        return r.muli(r).mean(1);
    }

    /**
     * @param z logits
     * @param y labels
     * @return {@code d/dz (sigma(z) - y)^2 = 2 (sigma(z) - y) sigma'(z)}, elementwise
     */
    public static INDArray derivative(INDArray z, INDArray y) {
        return Sigmoid.value(z).subi(y).muli(Sigmoid.derivative(z)).muli(2.0);
    }

    /**
     * @param z logits
     * @param y labels
     * @return {@code d/dz -log p(y | z) = sigma(z) - y}, elementwise
     */
    public static INDArray nllDerivative(INDArray z, INDArray y) {
        return Sigmoid.value(z).subi(y);
    }

    /**
     * @param z logits {@code [K]}
     * @param label the true class
     * @return {@code grad_z ||softmax(z) - e_y||^2}, {@code [K]}
     */
    public static INDArray softmaxGradient(INDArray z, int label) {
        INDArray s = Softmax.probabilities(z);
        INDArray r = s.dup();
        r.putScalar(label, r.getDouble(label) - 1);
        return Softmax.jacobian(z).mmul(r.reshape(z.length(), 1)).reshape(z.length()).muli(2.0);
    }

    /**
     * @param zs logit rows {@code [S, K]}
     * @param label the true class
     * @return {@code ||softmax(z) - e_y||^2} per row, {@code [S]}
     */
    public static INDArray softmaxLossStacked(INDArray zs, int label) {
        INDArray target = Nd4j.zeros(1, zs.size(1));
        target.putScalar(label, 1.0);
        INDArray r = Softmax.probabilities(zs).subiRowVector(target);
        return r.muli(r).sum(1);
    }
}
