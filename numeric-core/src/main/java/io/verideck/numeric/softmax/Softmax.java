package io.verideck.numeric.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax and log-sum-exp over the last axis.
 *
 * <p>{@code softmax(z)_i = exp(z_i) / sum_j exp(z_j)}, computed as {@code exp(z_i - max z) / sum_j
 * exp(z_j - max z)}; {@code LSE(z) = max z + log sum_j exp(z_j - max z)}; {@code log softmax(z)_i =
 * z_i - LSE(z)}. Jacobian {@code d s_i / d z_j = s_i (delta_ij - s_j)}; {@code grad LSE = softmax}.
 * Shapes: any rank, reduced over the last axis. Reference: Goodfellow, Bengio and Courville,
 * <i>Deep Learning</i> (2016), section 6.2.2.3.
 */
public final class Softmax {
    private Softmax() {
    }

    /**
     * @param z logits, reduced over the last axis
     * @return probabilities of the same shape
     */
    public static INDArray probabilities(INDArray z) {
        INDArray shifted = z.sub(z.max(true, -1));
        INDArray e = Transforms.exp(shifted, false);
        return e.divi(e.sum(true, -1));
    }

    /**
     * The textbook formula without the max shift: overflows to NaN for logits near 1000. Kept to
     * show why the shift is needed.
     *
     * @param z logits
     * @return {@code exp(z) / sum exp(z)}
     */
    public static INDArray probabilitiesUnshifted(INDArray z) {
        INDArray e = Transforms.exp(z, true);
        return e.divi(e.sum(true, -1));
    }

    /**
     * @param z logits
     * @return {@code LSE(z)}, the last axis removed
     */
    public static INDArray logSumExp(INDArray z) {
        INDArray max = z.max(true, -1);
        INDArray sum = Transforms.exp(z.sub(max), false).sum(true, -1);
        INDArray lse = Transforms.log(sum, false).addi(max);
        return lse.reshape(dropLast(z.shape()));
    }

    /**
     * @param z logits
     * @return {@code z - LSE(z)}, same shape
     */
    public static INDArray logProbabilities(INDArray z) {
        INDArray max = z.max(true, -1);
        INDArray sum = Transforms.exp(z.sub(max), false).sum(true, -1);
        return z.sub(Transforms.log(sum, false).addi(max));
    }

    /**
     * Jacobian of softmax at a single logit vector.
     *
     * @param z logits {@code [K]}
     * @return {@code [K, K]} with entries {@code s_i (delta_ij - s_j)}
     */
    public static INDArray jacobian(INDArray z) {
        INDArray s = probabilities(z.reshape(z.length())).reshape(1, z.length());
        return Nd4j.diag(s.reshape(z.length())).subi(s.transpose().mmul(s));
    }

    /**
     * ND4J's built-in softmax op on the last axis: an independent oracle for {@link #probabilities}.
     *
     * @param z logits
     * @return probabilities
     */
    public static INDArray builtIn(INDArray z) {
        return Nd4j.exec(new SoftMax(z.dup(), z.rank() - 1))[0];
    }

    static long[] dropLast(long[] shape) {
        long[] out = new long[Math.max(shape.length - 1, 0)];
        System.arraycopy(shape, 0, out, 0, out.length);
        return out.length == 0 ? new long[0] : out;
    }
}
