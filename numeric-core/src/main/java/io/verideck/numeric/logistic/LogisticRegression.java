package io.verideck.numeric.logistic;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Logistic regression by maximum likelihood (claim D2).
 *
 * <p>{@code J(theta) = -sum_i [y_i log sigma(x_i^T theta) + (1 - y_i) log(1 - sigma(x_i^T theta))] =
 * sum_i zeta((1 - 2 y_i) x_i^T theta)}; {@code grad J = X^T (sigma(X theta) - y)}; {@code Hess J = X^T S
 * X} with {@code S = diag(sigma (1 - sigma))}, positive semi-definite, so {@code J} is convex. Solved
 * by Newton's method (IRLS) or gradient descent; on separable data the infimum is not attained and
 * {@code ||theta||} grows without bound. Shapes: {@code X [n, p]}, {@code y [n, 1]} in {0, 1},
 * {@code theta [p, 1]}, stacked {@code [S, p]}. Reference: Hastie, Tibshirani and Friedman, <i>The
 * Elements of Statistical Learning</i> (2009), section 4.4.1.
 */
public final class LogisticRegression {
    private LogisticRegression() {
    }

    /**
     * @param x design
     * @param y labels
     * @param thetas weight rows {@code [S, p]}
     * @return {@code J} per row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray x, INDArray y, INDArray thetas) {
        INDArray z = thetas.mmul(x.transpose());
        INDArray sign = y.reshape(1, y.length()).mul(-2.0).addi(1.0);
        return Softplus.value(z.muliRowVector(sign)).sum(1);
    }

    /**
     * @param x design
     * @param y labels
     * @param theta weights {@code [p, 1]}
     * @return {@code J(theta)}
     */
    public static double loss(INDArray x, INDArray y, INDArray theta) {
        return lossStacked(x, y, theta.reshape(1, theta.length())).getDouble(0);
    }

    /**
     * @param x design
     * @param y labels
     * @param theta weights {@code [p, 1]}
     * @return {@code X^T (sigma(X theta) - y)}, {@code [p, 1]}
     */
    public static INDArray gradient(INDArray x, INDArray y, INDArray theta) {
        return x.transpose().mmul(Sigmoid.value(x.mmul(theta.reshape(x.columns(), 1))).subi(y.reshape(x.rows(), 1)));
    }

    /**
     * @param x design
     * @param theta weights {@code [p, 1]}
     * @return {@code X^T S X}, {@code [p, p]}
     */
    public static INDArray hessian(INDArray x, INDArray theta) {
        INDArray s = Sigmoid.derivative(x.mmul(theta.reshape(x.columns(), 1)));
        return x.transpose().mmul(x.mulColumnVector(s));
    }

    /**
     * Newton's method (iteratively reweighted least squares): {@code theta <- theta - H^{-1} grad J},
     * from {@code theta = 0}, in plain float64 loops (the problems are small), stopped early once a
     * step moves no entry by more than {@code 1e-14 (1 + |theta|_inf)}.
     *
     * @param x design
     * @param y labels (not separable)
     * @param steps most steps
     * @return the last iterate {@code [p, 1]}
     */
    public static INDArray newton(INDArray x, INDArray y, int steps) {
        double[][] a = x.toDoubleMatrix();
        double[] labels = y.dup().reshape(y.length()).toDoubleVector();
        int n = a.length;
        int p = a[0].length;
        double[] theta = new double[p];
        for (int step = 0; step < steps; step++) {
            double[][] h = new double[p][p + 1];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < p; j++) {
                    z += a[i][j] * theta[j];
                }
                double s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
                for (int j = 0; j < p; j++) {
                    h[j][p] += a[i][j] * (s - labels[i]);
                    for (int k = 0; k < p; k++) {
                        h[j][k] += a[i][j] * s * (1 - s) * a[i][k];
                    }
                }
            }
            double[] delta = solve(h);
            double moved = 0;
            double size = 0;
            for (int j = 0; j < p; j++) {
                theta[j] -= delta[j];
                moved = Math.max(moved, Math.abs(delta[j]));
                size = Math.max(size, Math.abs(theta[j]));
            }
            if (moved <= 1e-14 * (1 + size)) {
                break;
            }
        }
        return Nd4j.createFromArray(theta).reshape(p, 1);
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix {@code [A | b]}. */
    private static double[] solve(double[][] m) {
        int p = m.length;
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            for (int r = c + 1; r < p; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= p; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] out = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double v = m[r][p];
            for (int k = r + 1; k < p; k++) {
                v -= m[r][k] * out[k];
            }
            out[r] = v / m[r][r];
        }
        return out;
    }

    /**
     * Gradient descent from {@code theta = 0}, in plain float64 loops because the problems are small
     * and the steps many (one ND4J call per step would cost more than the arithmetic); it stops early
     * when every gradient entry is below {@code 1e-13}.
     *
     * @param x design
     * @param y labels
     * @param rate step size
     * @param steps number of steps
     * @return the last iterate {@code [p, 1]}
     */
    public static INDArray gradientDescent(INDArray x, INDArray y, double rate, int steps) {
        double[][] a = x.toDoubleMatrix();
        double[] labels = y.dup().reshape(y.length()).toDoubleVector();
        int n = a.length;
        int p = a[0].length;
        double[] theta = new double[p];
        double[] grad = new double[p];
        for (int step = 0; step < steps; step++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < p; j++) {
                    z += a[i][j] * theta[j];
                }
                double r = (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))) - labels[i];
                for (int j = 0; j < p; j++) {
                    grad[j] += a[i][j] * r;
                }
            }
            double largest = 0;
            for (int j = 0; j < p; j++) {
                theta[j] -= rate * grad[j];
                largest = Math.max(largest, Math.abs(grad[j]));
            }
            if (largest < 1e-13) {
                break;
            }
        }
        return Nd4j.createFromArray(theta).reshape(p, 1);
    }
}
