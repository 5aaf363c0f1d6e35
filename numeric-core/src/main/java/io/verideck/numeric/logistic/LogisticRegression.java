package io.verideck.numeric.logistic;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

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
     * stopped early once a step moves no entry by more than {@code 1e-14 (1 + |theta|_inf)}.
     *
     * @param x design
     * @param y labels (not separable)
     * @param steps most steps
     * @return the last iterate, from {@code theta = 0}
     */
    public static INDArray newton(INDArray x, INDArray y, int steps) {
        INDArray theta = Nd4j.zeros(x.columns(), 1);
        for (int i = 0; i < steps; i++) {
            INDArray step = InvertMatrix.invert(hessian(x, theta), false).mmul(gradient(x, y, theta));
            theta.subi(step);
            if (step.amaxNumber().doubleValue() <= 1e-14 * (1 + theta.amaxNumber().doubleValue())) {
                break;
            }
        }
        return theta;
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
