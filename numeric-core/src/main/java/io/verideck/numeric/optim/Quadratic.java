package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * The quadratic {@code f(x) = 1/2 x^T A x - b^T x} with a symmetric {@code A [n, n]} and {@code b [n, 1]}.
 * Gradient {@code A x - b}, Hessian {@code A}; for positive definite {@code A} the minimizer is
 * {@code x* = A^{-1} b}. Gradient descent with rate {@code eps} multiplies the error {@code x - x*} by
 * {@code I - eps A}, so it converges iff {@code eps < 2 / lambda_max}. Reference: Goodfellow et al. (2016),
 * section 4.3; Nocedal and Wright (2006), section 3.3.
 *
 * @param a symmetric matrix {@code [n, n]}
 * @param b linear term {@code [n, 1]}
 */
public record Quadratic(INDArray a, INDArray b) {
    /** @return the dimension */
    public int dimension() {
        return (int) a.rows();
    }

    /**
     * @param x point {@code [n, 1]}
     * @return {@code f(x)}
     */
    public double value(INDArray x) {
        return valueStacked(x.reshape(1, x.length())).getDouble(0);
    }

    /**
     * @param xs one point per row {@code [S, n]}
     * @return {@code [S]}
     */
    public INDArray valueStacked(INDArray xs) {
        INDArray ax = xs.mmul(a);
        return ax.muli(xs).sum(1).muli(0.5).subi(xs.mmul(b).reshape(xs.rows()));
    }

    /**
     * @param x point {@code [n, 1]}
     * @return {@code A x - b}, {@code [n, 1]}
     */
    public INDArray gradient(INDArray x) {
        return a.mmul(x.reshape(x.length(), 1)).subi(b);
    }

    /** @return {@code A^{-1} b} (for invertible {@code A}) */
    public INDArray stationaryPoint() {
        return InvertMatrix.invert(a, false).mmul(b);
    }

    /**
     * One Newton step {@code x - A^{-1} grad f(x)}: it lands on the stationary point from anywhere,
     * whether that point is a minimum or a saddle.
     *
     * @param x point {@code [n, 1]}
     * @return the Newton iterate
     */
    public INDArray newtonStep(INDArray x) {
        return x.reshape(x.length(), 1).sub(InvertMatrix.invert(a, false).mmul(gradient(x)));
    }

    /**
     * Plain gradient descent {@code x <- x - eps grad f(x)}.
     *
     * @param x0 start {@code [n, 1]}
     * @param eps learning rate
     * @param steps number of steps
     * @return the last iterate
     */
    public INDArray gradientDescent(INDArray x0, double eps, int steps) {
        INDArray x = x0.reshape(x0.length(), 1).dup();
        for (int i = 0; i < steps; i++) {
            GradientDescent.stepInPlace(x, gradient(x), eps);
        }
        return x;
    }

    /**
     * @param diagonal eigenvalues
     * @return {@code f(x) = 1/2 sum_i d_i x_i^2} (b = 0)
     */
    public static Quadratic diagonal(double... diagonal) {
        return new Quadratic(Nd4j.diag(Nd4j.createFromArray(diagonal)), Nd4j.zeros(diagonal.length, 1));
    }
}
