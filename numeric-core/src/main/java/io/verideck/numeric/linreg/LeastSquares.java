package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.custom.Lstsq;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * Ordinary least squares.
 *
 * <p>{@code J(theta) = 1/2 ||X theta - y||^2}, {@code grad J = X^T X theta - X^T y}, minimized by the
 * normal equation {@code theta* = (X^T X)^{-1} X^T y}. Shapes: {@code X [n, p]}, {@code y [n, 1]},
 * {@code theta [p, 1]}. Reference: Goodfellow et al. (2016), section 5.1.4.
 */
public final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param theta coefficients {@code [p, 1]}
     * @return {@code J(theta)}
     */
    public static double loss(INDArray x, INDArray y, INDArray theta) {
        return lossStacked(x, y, theta.reshape(1, theta.length())).getDouble(0);
    }

    /**
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param thetas one coefficient row per copy, {@code [S, p]}
     * @return {@code [S]}
     */
    public static INDArray lossStacked(INDArray x, INDArray y, INDArray thetas) {
        INDArray residual = thetas.mmul(x.transpose()).subi(y.reshape(1, y.length()));
        return residual.muli(residual).sum(1).muli(0.5);
    }

    /**
     * @param x design
     * @param y targets
     * @param theta coefficients
     * @return {@code X^T X theta - X^T y}, {@code [p, 1]}
     */
    public static INDArray gradient(INDArray x, INDArray y, INDArray theta) {
        INDArray xt = x.transpose();
        return xt.mmul(x).mmul(theta).subi(xt.mmul(y));
    }

    /**
     * The normal equation, solved by inverting the Gram matrix as the formula is written.
     *
     * @param x full-column-rank design
     * @param y targets
     * @return {@code (X^T X)^{-1} X^T y}
     */
    public static INDArray normalEquation(INDArray x, INDArray y) {
        INDArray xt = x.transpose();
        return InvertMatrix.invert(xt.mmul(x), false).mmul(xt).mmul(y);
    }

    /**
     * ND4J's least-squares solver ({@code lstsq} op, QR based): an independent oracle.
     *
     * @param x design
     * @param y targets
     * @return the least-squares coefficients {@code [p, 1]}
     */
    public static INDArray builtInSolve(INDArray x, INDArray y) {
        return Nd4j.exec(new Lstsq(x.dup(), y.dup(), 0.0, false))[0];
    }

    /**
     * Moore-Penrose pseudo-inverse solution {@code X^+ y}; for a rank-deficient design this is the
     * minimum-norm minimizer.
     *
     * @param x design
     * @param y targets
     * @return {@code X^+ y}
     */
    public static INDArray pseudoInverseSolve(INDArray x, INDArray y) {
        return InvertMatrix.pinvert(x.dup(), false).mmul(y);
    }

    /**
     * Plain gradient descent on {@code J} from {@code theta0}.
     *
     * @param x design
     * @param y targets
     * @param theta0 start {@code [p, 1]}
     * @param rate step size; below {@code 2 / lambda_max(X^T X)} it converges
     * @param steps number of steps
     * @return the last iterate
     */
    public static INDArray gradientDescent(INDArray x, INDArray y, INDArray theta0, double rate, int steps) {
        INDArray xt = x.transpose();
        INDArray gram = xt.mmul(x);
        INDArray xty = xt.mmul(y);
        INDArray theta = theta0.dup();
        for (int i = 0; i < steps; i++) {
            theta.subi(gram.mmul(theta).subi(xty).muli(rate));
        }
        return theta;
    }
}
