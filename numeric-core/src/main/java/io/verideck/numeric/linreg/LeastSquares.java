package io.verideck.numeric.linreg;

import io.verideck.numeric.linalg.SymmetricEigen;
import org.nd4j.linalg.api.ndarray.INDArray;
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
     * Least squares by a QR factorization (modified Gram-Schmidt, then back substitution), written
     * independently of the normal equation so the two can be compared: {@code X = QR},
     * {@code R theta = Q^T y}.
     *
     * @param x full-column-rank design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @return the least-squares coefficients {@code [p, 1]}
     */
    public static INDArray qrSolve(INDArray x, INDArray y) {
        int n = (int) x.rows();
        int p = (int) x.columns();
        double[][] q = x.transpose().toDoubleMatrix();
        double[][] r = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < j; i++) {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += q[i][k] * q[j][k];
                }
                r[i][j] = dot;
                for (int k = 0; k < n; k++) {
                    q[j][k] -= dot * q[i][k];
                }
            }
            double norm = 0;
            for (int k = 0; k < n; k++) {
                norm += q[j][k] * q[j][k];
            }
            r[j][j] = Math.sqrt(norm);
            for (int k = 0; k < n; k++) {
                q[j][k] /= r[j][j];
            }
        }
        double[] yv = y.reshape(n).toDoubleVector();
        double[] theta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double rhs = 0;
            for (int k = 0; k < n; k++) {
                rhs += q[i][k] * yv[k];
            }
            for (int j = i + 1; j < p; j++) {
                rhs -= r[i][j] * theta[j];
            }
            theta[i] = rhs / r[i][i];
        }
        return Nd4j.createFromArray(theta).reshape(p, 1);
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
     * The minimum-norm least-squares solution, which exists also for a rank-deficient design where
     * {@code (X^T X)^{-1}} does not. Computed independently of ND4J's inverse: a Jacobi
     * eigendecomposition {@code X^T X = V diag(lambda) V^T}, then {@code theta+ = V diag(1/lambda_i
     * for lambda_i > tol, else 0) V^T X^T y}, which is {@code X^+ y}.
     *
     * @param x design {@code [n, p]}, any rank
     * @param y targets {@code [n, 1]}
     * @return {@code X^+ y}, {@code [p, 1]}
     */
    public static INDArray minimumNormSolve(INDArray x, INDArray y) {
        int p = (int) x.columns();
        INDArray xt = x.transpose();
        SymmetricEigen eigen = SymmetricEigen.of(xt.mmul(x));
        double[] lambda = eigen.values().toDoubleVector();
        double[][] v = eigen.vectors().toDoubleMatrix();
        double largest = 0;
        for (double l : lambda) {
            largest = Math.max(largest, Math.abs(l));
        }
        double tol = largest * p * 1e-12;
        double[] b = xt.mmul(y).reshape(p).toDoubleVector();
        double[] theta = new double[p];
        for (int i = 0; i < p; i++) {
            if (lambda[i] <= tol) {
                continue;
            }
            double proj = 0;
            for (int k = 0; k < p; k++) {
                proj += v[k][i] * b[k];
            }
            proj /= lambda[i];
            for (int k = 0; k < p; k++) {
                theta[k] += v[k][i] * proj;
            }
        }
        return Nd4j.createFromArray(theta).reshape(p, 1);
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
