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
    /**
     * The penalized loss of a model with an intercept, whose bias is not penalized:
     * {@code J~(w, b) = alpha/2 w^T w + 1/2 ||X w + b 1 - y||^2}.
     *
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param params rows {@code [S, p + 1]}: the weights, then the bias
     * @param alpha penalty on the weights only
     * @return {@code [S]}
     */
    public static INDArray interceptLossStacked(INDArray x, INDArray y, INDArray params, double alpha) {
        int p = (int) x.columns();
        INDArray ws = params.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, p));
        INDArray b = params.getColumn(p, true);
        INDArray residual = ws.mmul(x.transpose()).addiColumnVector(b).subiRowVector(y.reshape(1, y.length()));
        return residual.muli(residual).sum(1).muli(0.5).addi(ws.mul(ws).sum(1).muli(alpha / 2));
    }

    /**
     * @param x design
     * @param y targets
     * @param params {@code [p + 1, 1]}: weights, then bias
     * @param alpha penalty on the weights only
     * @return {@code (alpha w + X^T r, 1^T r)} with {@code r = X w + b - y}, {@code [p + 1, 1]}
     */
    public static INDArray interceptGradient(INDArray x, INDArray y, INDArray params, double alpha) {
        int p = (int) x.columns();
        INDArray w = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, p), org.nd4j.linalg.indexing.NDArrayIndex.all());
        double b = params.getDouble(p, 0);
        INDArray r = x.mmul(w).addi(b).subi(y);
        INDArray gw = x.transpose().mmul(r).addi(w.mul(alpha));
        return Nd4j.vstack(gw, Nd4j.createFromArray(new double[][] {{r.sumNumber().doubleValue()}}));
    }

    /**
     * Ridge with an unpenalized intercept: centre the columns of {@code X} and {@code y}, solve ridge
     * on the centred data, and recover {@code b = mean(y) - mean(X) w}.
     *
     * @param x design
     * @param y targets
     * @param alpha penalty on the weights, {@code >= 0}
     * @return {@code [p + 1, 1]}: weights, then bias
     */
    public static INDArray solveWithIntercept(INDArray x, INDArray y, double alpha) {
        INDArray xMean = x.mean(0).reshape(1, x.columns());
        double yMean = y.meanNumber().doubleValue();
        INDArray w = solve(x.subRowVector(xMean), y.sub(yMean), alpha);
        double b = yMean - xMean.mmul(w).getDouble(0);
        return Nd4j.vstack(w, Nd4j.createFromArray(new double[][] {{b}}));
    }
}
