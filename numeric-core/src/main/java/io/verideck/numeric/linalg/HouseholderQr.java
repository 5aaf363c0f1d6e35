package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * QR factorization by Householder reflections, {@code A = Q R} with {@code Q [n, n]} orthogonal
 * ({@code Q^T Q = I}, so {@code Q^{-1} = Q^T}) and {@code R [n, m]} upper triangular, for
 * {@code A [n, m]}, {@code n >= m}. Reference: Golub and Van Loan (2013), algorithm 5.2.1.
 *
 * @param q orthogonal factor {@code [n, n]}
 * @param r upper-triangular factor {@code [n, m]}
 */
public record HouseholderQr(INDArray q, INDArray r) {

    /**
     * @param a {@code [n, m]}, {@code n >= m}
     * @return the factorization
     */
    public static HouseholderQr of(INDArray a) {
        double[][] r = a.toDoubleMatrix();
        int n = r.length;
        int m = r[0].length;
        double[][] q = Nd4j.eye(n).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix();
        for (int k = 0; k < Math.min(n - 1, m); k++) {
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double[] v = new double[n];
            double alpha = r[k][k] > 0 ? -norm : norm;
            for (int i = k; i < n; i++) {
                v[i] = r[i][k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            reflectRows(r, v, vv, k);
            reflectColumns(q, v, vv, k);
        }
        return new HouseholderQr(Nd4j.createFromArray(q), Nd4j.createFromArray(r));
    }

    /** {@code R <- (I - 2 v v^T / v^T v) R}. */
    private static void reflectRows(double[][] r, double[] v, double vv, int k) {
        for (int j = 0; j < r[0].length; j++) {
            double s = 0;
            for (int i = k; i < r.length; i++) {
                s += v[i] * r[i][j];
            }
            s *= 2 / vv;
            for (int i = k; i < r.length; i++) {
                r[i][j] -= s * v[i];
            }
        }
    }

    /** {@code Q <- Q (I - 2 v v^T / v^T v)}. */
    private static void reflectColumns(double[][] q, double[] v, double vv, int k) {
        for (double[] row : q) {
            double s = 0;
            for (int i = k; i < row.length; i++) {
                s += row[i] * v[i];
            }
            s *= 2 / vv;
            for (int i = k; i < row.length; i++) {
                row[i] -= s * v[i];
            }
        }
    }
}
