package io.verideck.numeric.linalg;

import java.util.Arrays;
import java.util.Comparator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Eigendecomposition of a real symmetric matrix by cyclic Jacobi rotations: {@code A = Q Lambda Q^T}
 * with {@code Q} orthogonal and {@code Lambda} real. Each rotation zeroes one off-diagonal pair; sweeps
 * stop when the off-diagonal mass is below {@code 1e-30} of the total. Shapes: {@code A [n, n]},
 * {@code values [n]} ascending, {@code vectors [n, n]} with eigenvector {@code i} in column {@code i}.
 * Reference: Golub and Van Loan (2013), section 8.5.
 *
 * @param values eigenvalues, ascending
 * @param vectors orthonormal eigenvectors as columns, in the order of {@code values}
 */
public record SymmetricEigen(INDArray values, INDArray vectors) {

    /**
     * @param a symmetric {@code [n, n]} (only symmetry up to rounding is assumed)
     * @return the decomposition
     */
    public static SymmetricEigen of(INDArray a) {
        double[][] m = a.toDoubleMatrix();
        int n = m.length;
        double[][] v = new double[n][n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
            for (int j = 0; j < n; j++) {
                total += m[i][j] * m[i][j];
            }
        }
        for (int sweep = 0; sweep < 100 && offDiagonal(m) > 1e-30 * total; sweep++) {
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] != 0) {
                        rotate(m, v, p, q);
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> m[i][i]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int c = 0; c < n; c++) {
            values[c] = m[order[c]][order[c]];
            for (int r = 0; r < n; r++) {
                vectors[r][c] = v[r][order[c]];
            }
        }
        return new SymmetricEigen(Nd4j.createFromArray(values), Nd4j.createFromArray(vectors));
    }

    /** @return {@code Q Lambda Q^T} */
    public INDArray reconstruct() {
        return vectors.mmul(Nd4j.diag(values)).mmul(vectors.transpose());
    }

    private static double offDiagonal(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j) {
                    s += m[i][j] * m[i][j];
                }
            }
        }
        return s;
    }

    /** {@code A <- P^T A P}, {@code V <- V P} for the rotation in the {@code (p, q)} plane that zeroes {@code a_pq}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double kp = a[k][p];
            double kq = a[k][q];
            a[k][p] = c * kp - s * kq;
            a[k][q] = s * kp + c * kq;
        }
        for (int k = 0; k < n; k++) {
            double pk = a[p][k];
            double qk = a[q][k];
            a[p][k] = c * pk - s * qk;
            a[q][k] = s * pk + c * qk;
        }
        for (int k = 0; k < n; k++) {
            double kp = v[k][p];
            double kq = v[k][q];
            v[k][p] = c * kp - s * kq;
            v[k][q] = s * kp + c * kq;
        }
    }
}
