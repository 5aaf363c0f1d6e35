package io.verideck.numeric.linalg;

/**
 * One elementary row operation on an augmented matrix, written as the lecture writes it: row
 * {@code target} is replaced by {@code sum_j coefficients[j] L_j} (for example {@code L2 - 3 L1 -> L2}
 * has coefficients {@code (-3, 1, 0)} and target 1, zero-based).
 *
 * @param target the replaced row, zero-based
 * @param coefficients one coefficient per row of the matrix
 */
public record RowOperation(int target, double... coefficients) {
    /**
     * @param target target
     * @param coefficients coefficients
     */
    public RowOperation {
        coefficients = coefficients.clone();
    }

    /**
     * @param m augmented matrix, rows of equal length; not modified
     * @return a new matrix with the operation applied
     */
    public double[][] apply(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        double[] row = new double[m[0].length];
        for (int j = 0; j < m.length; j++) {
            for (int c = 0; c < row.length; c++) {
                row[c] += coefficients[j] * m[j][c];
            }
        }
        out[target] = row;
        return out;
    }
}
