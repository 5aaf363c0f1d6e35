package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Determinants four ways: the 2x2 formula {@code a11 a22 - a12 a21}, Sarrus' rule for 3x3, cofactor
 * (Laplace) expansion along the first row, and the product of the pivots of an LU factorization with
 * partial pivoting (times the sign of the row permutation). Input: a square {@code [n, n]} matrix.
 * Reference: Golub and Van Loan (2013), section 3.2.
 */
public final class Determinant {
    private Determinant() {
    }

    /**
     * @param a {@code [2, 2]}
     * @return {@code a11 a22 - a12 a21}
     */
    public static double twoByTwo(INDArray a) {
        requireSquare(a, 2);
        return a.getDouble(0, 0) * a.getDouble(1, 1) - a.getDouble(0, 1) * a.getDouble(1, 0);
    }

    /**
     * Sarrus' rule: the three "down" diagonals minus the three "up" diagonals.
     *
     * @param a {@code [3, 3]}
     * @return the determinant
     */
    public static double sarrus(INDArray a) {
        requireSquare(a, 3);
        double[][] m = a.toDoubleMatrix();
        return m[0][0] * m[1][1] * m[2][2] + m[0][1] * m[1][2] * m[2][0] + m[0][2] * m[1][0] * m[2][1]
                - m[0][2] * m[1][1] * m[2][0] - m[0][0] * m[1][2] * m[2][1] - m[0][1] * m[1][0] * m[2][2];
    }

    /**
     * Laplace expansion along the first row, {@code det A = sum_j (-1)^j a_0j det M_0j}; cost
     * {@code O(n!)}, so meant for {@code n <= 7}.
     *
     * @param a square matrix
     * @return the determinant
     */
    public static double cofactor(INDArray a) {
        requireSquare(a, a.rows());
        return cofactor(a.toDoubleMatrix());
    }

    private static double cofactor(double[][] m) {
        int n = m.length;
        if (n == 1) {
            return m[0][0];
        }
        double det = 0;
        for (int j = 0; j < n; j++) {
            double[][] minor = new double[n - 1][n - 1];
            for (int r = 1; r < n; r++) {
                for (int c = 0, cc = 0; c < n; c++) {
                    if (c != j) {
                        minor[r - 1][cc++] = m[r][c];
                    }
                }
            }
            det += ((j % 2 == 0) ? 1 : -1) * m[0][j] * cofactor(minor);
        }
        return det;
    }

    /**
     * Gaussian elimination with partial pivoting: {@code PA = LU}, {@code det A = sign(P) prod u_ii}.
     *
     * @param a square matrix
     * @return the determinant (exactly 0 when a whole pivot column is 0)
     */
    public static double lu(INDArray a) {
        requireSquare(a, a.rows());
        double[][] m = a.toDoubleMatrix();
        int n = m.length;
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (m[p][k] == 0) {
                return 0;
            }
            if (p != k) {
                double[] t = m[p];
                m[p] = m[k];
                m[k] = t;
                det = -det;
            }
            det *= m[k][k];
            for (int i = k + 1; i < n; i++) {
                double f = m[i][k] / m[k][k];
                for (int j = k; j < n; j++) {
                    m[i][j] -= f * m[k][j];
                }
            }
        }
        return det;
    }

    private static void requireSquare(INDArray a, long n) {
        if (a.rank() != 2 || a.rows() != n || a.columns() != n) {
            throw new IllegalArgumentException("expected a " + n + "x" + n + " matrix, got " + java.util.Arrays.toString(a.shape()));
        }
    }
}
