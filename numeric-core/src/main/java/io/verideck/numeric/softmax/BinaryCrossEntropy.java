package io.verideck.numeric.softmax;

import io.verideck.numeric.Stacked;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary cross-entropy of predicted probabilities, summed over entries.
 *
 * <p>{@code BCE(p, y) = -sum_i (y_i log p_i + (1 - y_i) log(1 - p_i))}, {@code dBCE/dp_i = -y_i/p_i +
 * (1 - y_i)/(1 - p_i)}. Both branches ({@code y = 0} and {@code y = 1}) are handled by the same
 * expression. Shapes: {@code p} and {@code y} of any common shape; stacked: {@code p [S, ...]}.
 * Reference: Goodfellow et al. (2016), section 6.2.2.2.
 */
public final class BinaryCrossEntropy {
    private BinaryCrossEntropy() {
    }

    /**
     * @param p probabilities in (0, 1)
     * @param y labels in [0, 1]
     * @return the summed loss
     */
    public static double loss(INDArray p, INDArray y) {
        return lossStacked(p.reshape(prepend(p.shape())), y).getDouble(0);
    }

    /**
     * @param p {@code [S, ...]}
     * @param y labels, shared, shape of one copy
     * @return {@code [S]}
     */
    public static INDArray lossStacked(INDArray p, INDArray y) {
        return Stacked.sumPerCopy(elementwise(p, y));
    }

    /**
     * @param p probabilities, any shape (or stacked)
     * @param y labels broadcastable to {@code p}
     * @return the per-entry losses {@code -(y log p + (1 - y) log(1 - p))}
     */
    public static INDArray elementwise(INDArray p, INDArray y) {
        INDArray pos = Transforms.log(p, true).muli(y);
        INDArray neg = Transforms.log(p.rsub(1.0), false).muli(y.rsub(1.0));
        return pos.addi(neg).negi();
    }

    /**
     * @param p probabilities
     * @param y labels
     * @return {@code dBCE/dp}
     */
    public static INDArray gradient(INDArray p, INDArray y) {
        return y.div(p).negi().addi(y.rsub(1.0).divi(p.rsub(1.0)));
    }

    static long[] prepend(long[] shape) {
        long[] out = new long[shape.length + 1];
        out[0] = 1;
        System.arraycopy(shape, 0, out, 1, shape.length);
        return out;
    }
}
