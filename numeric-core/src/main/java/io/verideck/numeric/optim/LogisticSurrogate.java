package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The logistic negative log-likelihood as a surrogate of the 0-1 loss, for labels {@code y in {-1, +1}}
 * and a linear score {@code w^T x} without bias: {@code NLL(w) = 1/n sum_i log(1 + exp(-y_i w^T x_i))},
 * gradient {@code -1/n sum_i sigmoid(-y_i w^T x_i) y_i x_i}. Pointwise {@code log(1 + e^{-m}) >= log(2) 1[m <= 0]}.
 * On separable data the NLL keeps decreasing after the 0-1 loss reaches 0 and the normalized margin
 * {@code min_i y_i w^T x_i / |w|} grows. Reference: Goodfellow et al. (2016), section 8.1.2; Soudry et al.
 * (2018). Shapes: {@code X [n, d]}, {@code y [n, 1]}, {@code w [d, 1]}.
 */
public final class LogisticSurrogate {
    private LogisticSurrogate() {
    }

    /**
     * @param x inputs {@code [n, d]}
     * @param y labels {@code [n, 1]} in {@code {-1, +1}}
     * @param w weights {@code [d, 1]}
     * @return the margins {@code y_i w^T x_i}, {@code [n, 1]}
     */
    public static INDArray margins(INDArray x, INDArray y, INDArray w) {
        return x.mmul(w.reshape(w.length(), 1)).muli(y);
    }

    /**
     * @param m margins
     * @return {@code log(1 + exp(-m))} elementwise, computed stably
     */
    public static INDArray logisticLoss(INDArray m) {
        // log(1 + e^{-m}) = max(-m, 0) + log(1 + e^{-|m|})
        INDArray neg = m.neg();
        return Transforms.max(neg, 0, true).addi(Transforms.log(Transforms.exp(Transforms.abs(m, true).negi(), false).addi(1), false));
    }

    /**
     * @param x inputs
     * @param y labels
     * @param w weights
     * @return {@code NLL(w)}
     */
    public static double nll(INDArray x, INDArray y, INDArray w) {
        return logisticLoss(margins(x, y, w)).meanNumber().doubleValue();
    }

    /**
     * @param x inputs {@code [n, d]}
     * @param y labels {@code [n, 1]}
     * @param ws one weight vector per row {@code [S, d]}
     * @return {@code NLL} per row, {@code [S]}
     */
    public static INDArray nllStacked(INDArray x, INDArray y, INDArray ws) {
        INDArray m = ws.mmul(x.transpose()).muliRowVector(y.reshape(1, y.length()));
        return logisticLoss(m).mean(1);
    }

    /**
     * @param x inputs
     * @param y labels
     * @param w weights
     * @return {@code grad NLL(w)}, {@code [d, 1]}
     */
    public static INDArray gradient(INDArray x, INDArray y, INDArray w) {
        INDArray s = Transforms.sigmoid(margins(x, y, w).negi(), false).muli(y);
        return x.transpose().mmul(s).divi(-x.rows());
    }

    /**
     * @param x inputs
     * @param y labels
     * @param w weights
     * @return the fraction of {@code y_i w^T x_i <= 0}
     */
    public static double zeroOneLoss(INDArray x, INDArray y, INDArray w) {
        return margins(x, y, w).lte(0).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).meanNumber().doubleValue();
    }

    /**
     * @param x inputs
     * @param y labels
     * @param w weights, nonzero
     * @return {@code min_i y_i w^T x_i / |w|}
     */
    public static double normalizedMargin(INDArray x, INDArray y, INDArray w) {
        return margins(x, y, w).minNumber().doubleValue() / w.norm2Number().doubleValue();
    }
}
