package io.verideck.numeric.evaluation;

import io.verideck.numeric.linalg.Determinant;
import io.verideck.numeric.linalg.GaussianElimination;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Whether a labelling {@code y_i in {-1, +1}} of points {@code x_i in R^d} is linearly separable,
 * decided with a certificate either way. By Gordan's alternative, exactly one holds: some
 * {@code (w, b)} has {@code y_i (w^T x_i + b) > 0} for all {@code i}, or some {@code lambda >= 0},
 * {@code lambda != 0} has {@code sum_i lambda_i y_i (x_i, 1) = 0}. For {@code d + 1} affinely
 * independent points a separator solves {@code y_i (w^T x_i + b) = 1} exactly (so lines shatter 3
 * points in general position); for {@code d + 2} points in general position the {@code lambda}'s
 * form a one-dimensional null space, so the labelling is inseparable iff its null vector has one sign
 * (XOR: {@code lambda = (1, 1, 1, 1)}). Points are rows {@code [m, d]}, labels {@code [m]}.
 * Reference: Vapnik, Statistical Learning Theory (1998); Goodfellow et al. (2016), section 5.2.1.
 */
public final class LinearSeparability {
    private LinearSeparability() {
    }

    /**
     * @param points {@code [d + 1, d]}, affinely independent
     * @param labels {@code [d + 1]}, each -1 or +1
     * @return {@code (w, b)} as {@code [d + 1]} with {@code y_i (w^T x_i + b) = 1}
     */
    public static INDArray interpolatingSeparator(INDArray points, INDArray labels) {
        double[][] rows = signedRows(points, labels);
        double[] ones = new double[rows.length];
        Arrays.fill(ones, 1);
        return Nd4j.createFromArray(GaussianElimination.solve(rows, ones));
    }

    /**
     * @param points {@code [m, d]}
     * @param labels {@code [m]}
     * @param separator {@code (w, b)} {@code [d + 1]}
     * @return {@code min_i y_i (w^T x_i + b)}, positive iff it separates
     */
    public static double margin(INDArray points, INDArray labels, INDArray separator) {
        double[][] rows = signedRows(points, labels);
        double[] wb = separator.toDoubleVector();
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : rows) {
            double f = 0;
            for (int j = 0; j < wb.length; j++) {
                f += row[j] * wb[j];
            }
            min = Math.min(min, f);
        }
        return min;
    }

    /**
     * The null vector of {@code M^T}, {@code M} having rows {@code y_i (x_i, 1)}, for {@code d + 2}
     * points: component {@code i} is {@code (-1)^i det} of {@code M} without row {@code i}.
     *
     * @param points {@code [d + 2, d]}
     * @param labels {@code [d + 2]}
     * @return {@code lambda [d + 2]} with {@code M^T lambda = 0}
     */
    public static INDArray nullCombination(INDArray points, INDArray labels) {
        double[][] rows = signedRows(points, labels);
        int m = rows.length;
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            double[][] minor = new double[m - 1][];
            for (int r = 0, k = 0; r < m; r++) {
                if (r != i) {
                    minor[k++] = rows[r];
                }
            }
            lambda[i] = ((i % 2 == 0) ? 1 : -1) * Determinant.lu(Nd4j.createFromArray(minor));
        }
        return Nd4j.createFromArray(lambda);
    }

    /** Rows {@code y_i (x_i, 1)} as plain arrays: the systems here are tiny. */
    private static double[][] signedRows(INDArray points, INDArray labels) {
        double[][] x = points.toDoubleMatrix();
        double[] y = labels.toDoubleVector();
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[x[i].length + 1];
            for (int j = 0; j < x[i].length; j++) {
                rows[i][j] = y[i] * x[i][j];
            }
            rows[i][x[i].length] = y[i];
        }
        return rows;
    }

    /**
     * @param lambda a null combination
     * @param tol entries within {@code tol} of 0 count as either sign
     * @return whether all entries share one sign and some is nonzero: a certificate of inseparability
     */
    public static boolean certifiesInseparable(INDArray lambda, double tol) {
        double min = lambda.minNumber().doubleValue();
        double max = lambda.maxNumber().doubleValue();
        return (min >= -tol && max > tol) || (max <= tol && min < -tol);
    }
}
