package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Solving {@code A x = b} by Gaussian elimination with partial pivoting and back substitution, and
 * the inverse by Gauss-Jordan elimination of {@code [A | I]}. Shapes: {@code A [n, n]}, {@code b [n]},
 * {@code x [n]}. A pivot below {@code 1e-12 * max|a_ij|} is reported as singular. Reference: Golub and
 * Van Loan (2013), section 3.4.
 */
public final class GaussianElimination {
    private static final double SINGULAR = 1e-12;

    private GaussianElimination() {
    }

    /**
     * @param a {@code [n, n]}
     * @param b {@code [n]}
     * @return {@code x [n]} with {@code A x = b}
     * @throws SingularMatrixException when a pivot vanishes
     */
    public static INDArray solve(INDArray a, INDArray b) {
        return Nd4j.createFromArray(solve(a.toDoubleMatrix(), b.dup().reshape(b.length()).toDoubleVector()));
    }

    /**
     * The same elimination on plain arrays, for callers that solve many tiny systems (an ND4J call
     * costs more than the arithmetic of a 3x3 solve).
     *
     * @param a {@code n x n}, not modified
     * @param b {@code n}, not modified
     * @return {@code x} with {@code A x = b}
     * @throws SingularMatrixException when a pivot vanishes
     */
    public static double[] solve(double[][] a, double[] b) {
        int n = a.length;
        double[][] column = new double[n][1];
        for (int i = 0; i < n; i++) {
            column[i][0] = b[i];
        }
        double[][] m = augmented(a, column);
        eliminate(m, n);
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    /**
     * @param a {@code [n, n]}
     * @return {@code A^{-1}}
     * @throws SingularMatrixException when a pivot vanishes
     */
    public static INDArray inverse(INDArray a) {
        int n = (int) a.rows();
        double[][] m = augmented(a.toDoubleMatrix(), Nd4j.eye(n).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix());
        eliminate(m, n);
        for (int k = n - 1; k >= 0; k--) {
            double pivot = m[k][k];
            for (int c = 0; c < 2 * n; c++) {
                m[k][c] /= pivot;
            }
            for (int i = 0; i < k; i++) {
                double f = m[i][k];
                for (int c = 0; c < 2 * n; c++) {
                    m[i][c] -= f * m[k][c];
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return Nd4j.createFromArray(inv);
    }

    /**
     * Applies row operations in order and returns every intermediate augmented matrix.
     *
     * @param start the augmented matrix {@code [A | b]}
     * @param operations the operations
     * @return {@code operations.length + 1} matrices, the start first
     */
    public static double[][][] trace(double[][] start, RowOperation... operations) {
        double[][][] steps = new double[operations.length + 1][][];
        steps[0] = start;
        for (int i = 0; i < operations.length; i++) {
            steps[i + 1] = operations[i].apply(steps[i]);
        }
        return steps;
    }

    private static double[][] augmented(double[][] a, double[][] b) {
        double[][] m = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = new double[a[i].length + b[i].length];
            System.arraycopy(a[i], 0, m[i], 0, a[i].length);
            System.arraycopy(b[i], 0, m[i], a[i].length, b[i].length);
        }
        return m;
    }

    /** Forward elimination to upper-triangular form on the first {@code n} columns. */
    private static void eliminate(double[][] m, int n) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(m[i][j]));
            }
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (Math.abs(m[p][k]) <= SINGULAR * scale) {
                throw new SingularMatrixException("pivot " + k + " is " + m[p][k] + " (matrix scale " + scale + ")");
            }
            double[] t = m[p];
            m[p] = m[k];
            m[k] = t;
            for (int i = k + 1; i < n; i++) {
                double f = m[i][k] / m[k][k];
                for (int c = k; c < m[i].length; c++) {
                    m[i][c] -= f * m[k][c];
                }
            }
        }
    }
}
