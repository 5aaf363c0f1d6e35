package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Cholesky factor {@code L} (lower triangular, positive diagonal) with {@code L L^T = Sigma} of a
 * symmetric positive definite {@code [n, n]} matrix, by the Cholesky-Banachiewicz recursion, and
 * {@code det Sigma = prod L_ii^2}. Reference: Golub and Van Loan (2013), algorithm 4.2.1.
 */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * @param sigma SPD {@code [n, n]}
     * @return {@code L [n, n]}
     * @throws IllegalArgumentException when {@code sigma} is not positive definite
     */
    public static INDArray factor(INDArray sigma) {
        double[][] a = sigma.toDoubleMatrix();
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("not positive definite (pivot " + i + " is " + s + ")");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return Nd4j.createFromArray(l);
    }

    /**
     * @param sigma SPD {@code [n, n]}
     * @return {@code det sigma}
     */
    public static double determinant(INDArray sigma) {
        INDArray l = factor(sigma);
        double d = 1;
        for (int i = 0; i < l.rows(); i++) {
            d *= l.getDouble(i, i) * l.getDouble(i, i);
        }
        return d;
    }
}
