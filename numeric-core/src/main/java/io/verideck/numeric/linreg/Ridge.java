package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * Ridge regression, i.e. least squares with L2 weight decay.
 *
 * <p>{@code J~(w) = alpha/2 w^T w + 1/2 ||X w - y||^2}, {@code grad J~ = alpha w + X^T (X w - y)},
 * minimized by {@code w* = (X^T X + alpha I)^{-1} X^T y}. One gradient step with weight decay is
 * {@code w <- (1 - eps alpha) w - eps grad J}. The penalty {@code lambda w^T w} of other texts is the
 * same with {@code alpha = 2 lambda}. Shapes as in {@link LeastSquares}. Reference: Goodfellow et al.
 * (2016), section 7.1.1.
 */
public final class Ridge {
    private Ridge() {
    }

    /**
     * @param x design
     * @param y targets
     * @param w weights {@code [p, 1]}
     * @param alpha penalty
     * @return {@code J~(w)}
     */
    public static double loss(INDArray x, INDArray y, INDArray w, double alpha) {
        return lossStacked(x, y, w.reshape(1, w.length()), alpha).getDouble(0);
    }

    /**
     * @param x design
     * @param y targets
     * @param ws weight rows {@code [S, p]}
     * @param alpha penalty
     * @return {@code [S]}
     */
    public static INDArray lossStacked(INDArray x, INDArray y, INDArray ws, double alpha) {
        INDArray penalty = ws.mul(ws).sum(1).muli(alpha / 2);
        return LeastSquares.lossStacked(x, y, ws).addi(penalty);
    }

    /**
     * @param x design
     * @param y targets
     * @param w weights
     * @param alpha penalty
     * @return {@code alpha w + X^T (X w - y)}
     */
    public static INDArray gradient(INDArray x, INDArray y, INDArray w, double alpha) {
        return LeastSquares.gradient(x, y, w).addi(w.mul(alpha));
    }

    /**
     * @param x design
     * @param y targets
     * @param alpha penalty, {@code >= 0}
     * @return {@code (X^T X + alpha I)^{-1} X^T y}
     */
    public static INDArray solve(INDArray x, INDArray y, double alpha) {
        INDArray xt = x.transpose();
        INDArray gram = xt.mmul(x).addi(Nd4j.eye(x.columns()).muli(alpha));
        return InvertMatrix.invert(gram, false).mmul(xt).mmul(y);
    }

    /**
     * One step of gradient descent on {@code J~}, written in the shrink-then-step form.
     *
     * @param x design
     * @param y targets
     * @param w current weights
     * @param alpha penalty
     * @param rate step size {@code eps}
     * @return {@code (1 - eps alpha) w - eps grad J(w)}
     */
    public static INDArray weightDecayStep(INDArray x, INDArray y, INDArray w, double alpha, double rate) {
        return w.mul(1 - rate * alpha).subi(LeastSquares.gradient(x, y, w).muli(rate));
    }
}
