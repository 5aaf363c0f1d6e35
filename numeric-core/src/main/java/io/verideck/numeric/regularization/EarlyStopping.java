package io.verideck.numeric.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * Early stopping as implicit L2 regularization. On {@code J(w) = 1/2 ||X w - y||^2} with Hessian
 * {@code H = X^T X} (eigenvalues {@code lambda_i}), tau steps of gradient descent from 0 with rate eps
 * shrink the least-squares solution along eigenvector i by {@code 1 - (1 - eps lambda_i)^tau}, while
 * ridge with strength alpha shrinks it by {@code lambda_i / (lambda_i + alpha)}; with
 * {@code alpha = 1/(tau eps)} the two agree when {@code tau eps lambda_i} is small or large. The
 * early-stopping rule keeps the checkpoint of lowest validation loss. Shapes: {@code X [N, d]},
 * {@code y [N, 1]}, {@code w [d, 1]}. Reference: Goodfellow et al., <i>Deep Learning</i>, section 7.8,
 * eq. 7.33 to 7.45.
 */
public final class EarlyStopping {
    private EarlyStopping() {
    }

    /**
     * The gradient-descent path {@code w_{t+1} = w_t - eps (X^T X w_t - X^T y)} from {@code w_0 = 0}. The
     * recurrence runs on plain doubles: d is small and ND4J's per-op cost would dominate thousands of
     * tiny steps.
     *
     * @param x design {@code [N, d]}
     * @param y targets {@code [N, 1]}
     * @param rate step size eps
     * @param steps tau
     * @return the iterates as rows {@code [tau + 1, d]}: {@code w_0 = 0, w_1, ..., w_tau}
     */
    public static INDArray gradientDescent(INDArray x, INDArray y, double rate, int steps) {
        int d = (int) x.size(1);
        double[] gram = x.transpose().mmul(x).dup('c').data().asDouble();
        double[] xty = x.transpose().mmul(y).dup('c').data().asDouble();
        double[] path = new double[(steps + 1) * d];
        for (int s = 0; s < steps; s++) {
            int from = s * d;
            int to = from + d;
            for (int i = 0; i < d; i++) {
                double g = -xty[i];
                for (int j = 0; j < d; j++) {
                    g += gram[i * d + j] * path[from + j];
                }
                path[to + i] = path[from + i] - rate * g;
            }
        }
        return Nd4j.create(path, new long[] {steps + 1, d}, 'c');
    }

    /**
     * @param path iterates as rows {@code [T, d]}
     * @param x validation inputs {@code [M, d]}
     * @param y validation targets {@code [M, 1]}
     * @return the mean squared validation error of every iterate, {@code [T]}, in one product
     */
    public static INDArray validationCurve(INDArray path, INDArray x, INDArray y) {
        INDArray residual = x.mmul(path.transpose()).subiColumnVector(y);
        return residual.muli(residual).mean(0);
    }

    /** @param x design @param y targets @param alpha ridge strength @return {@code (X^T X + alpha I)^{-1} X^T y} */
    public static INDArray ridge(INDArray x, INDArray y, double alpha) {
        INDArray gram = x.transpose().mmul(x).addi(Nd4j.eye(x.size(1)).muli(alpha));
        return InvertMatrix.invert(gram, false).mmul(x.transpose().mmul(y));
    }

    /** @param lambda eigenvalue @param rate eps @param steps tau @return {@code 1 - (1 - eps lambda)^tau} */
    public static double gdShrinkage(double lambda, double rate, int steps) {
        return 1 - Math.pow(1 - rate * lambda, steps);
    }

    /** @param lambda eigenvalue @param alpha strength @return {@code lambda / (lambda + alpha)} */
    public static double ridgeShrinkage(double lambda, double alpha) {
        return lambda / (lambda + alpha);
    }

    /**
     * The early-stopping rule: the checkpoint of lowest validation loss (the first one on ties).
     *
     * @param curve validation loss per checkpoint
     * @return index of the best checkpoint
     */
    public static int bestCheckpoint(double[] curve) {
        int best = 0;
        for (int i = 1; i < curve.length; i++) {
            if (curve[i] < curve[best]) {
                best = i;
            }
        }
        return best;
    }
}
