package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The matrix product by its definition {@code C_ij = sum_k A_ik B_kj}, a plain triple loop that
 * ND4J's BLAS {@code mmul} can be compared with. Shapes: {@code A [m, k]}, {@code B [k, n]},
 * {@code C [m, n]}. Reference: Goodfellow et al. (2016), equation 2.5.
 */
public final class MatrixProduct {
    private MatrixProduct() {
    }

    /**
     * @param a {@code [m, k]}
     * @param b {@code [k, n]}
     * @return {@code [m, n]}
     * @throws IllegalArgumentException when the inner sizes differ
     */
    public static INDArray tripleLoop(INDArray a, INDArray b) {
        if (a.columns() != b.rows()) {
            throw new IllegalArgumentException("inner sizes differ: " + a.columns() + " vs " + b.rows());
        }
        double[][] x = a.toDoubleMatrix();
        double[][] y = b.toDoubleMatrix();
        int m = x.length;
        int k = y.length;
        int n = y[0].length;
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += x[i][l] * y[l][j];
                }
                c[i][j] = s;
            }
        }
        return Nd4j.createFromArray(c);
    }
}
