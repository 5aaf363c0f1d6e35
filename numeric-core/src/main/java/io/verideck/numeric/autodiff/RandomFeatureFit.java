package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A one-hidden-layer tanh network with fixed random input weights whose output layer is fitted by
 * least squares: {@code f(x) = tanh(x w^T + b) v}, {@code v = (H^T H + lambda I)^{-1} H^T y} (Cholesky, {@code lambda = 1e-9 N}). The
 * empirical face of universal approximation: the sup error shrinks as the width grows. Shapes:
 * {@code x [N, 1]}, {@code w, b [1, k]}. Reference: Goodfellow et al., section 6.4.1; Rahimi and Recht
 * (2008) for random features.
 */
public final class RandomFeatureFit {
    private RandomFeatureFit() {
    }

    /**
     * @param x points {@code [N, 1]}
     * @param y targets {@code [N, 1]}
     * @param w input weights {@code [1, k]}
     * @param b biases {@code [1, k]}
     * @return the fitted values at x, {@code [N, 1]}
     */
    public static INDArray fitted(INDArray x, INDArray y, INDArray w, INDArray b) {
        INDArray h = Transforms.tanh(x.mmul(w).addiRowVector(b), false);
        long k = h.size(1);
        double[] flat = h.transpose().mmul(h).addi(Nd4j.eye(k).muli(1e-9 * x.size(0))).dup('c').data().asDouble();
        double[][] gram = new double[(int) k][(int) k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, (int) (i * k), gram[i], 0, (int) k);
        }
        double[] rhs = h.transpose().mmul(y).reshape(k).toDoubleVector();
        return h.mmul(Nd4j.createFromArray(choleskySolve(gram, rhs)).reshape(k, 1));
    }

    /** Solves {@code G v = r} for symmetric positive definite G by Cholesky, {@code G = L L^T}. */
    private static double[] choleskySolve(double[][] g, double[] r) {
        int n = r.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = g[i][j];
                for (int p = 0; p < j; p++) {
                    sum -= l[i][p] * l[j][p];
                }
                l[i][j] = i == j ? Math.sqrt(sum) : sum / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = r[i];
            for (int p = 0; p < i; p++) {
                sum -= l[i][p] * z[p];
            }
            z[i] = sum / l[i][i];
        }
        double[] v = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int p = i + 1; p < n; p++) {
                sum -= l[p][i] * v[p];
            }
            v[i] = sum / l[i][i];
        }
        return v;
    }
}
