package io.verideck.numeric.evaluation;

import io.verideck.numeric.linalg.GaussianElimination;
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
        int m = (int) points.rows();
        INDArray system = Nd4j.hstack(points, Nd4j.ones(points.dataType(), m, 1)).muliColumnVector(labels.reshape(m, 1));
        return GaussianElimination.solve(system, Nd4j.ones(points.dataType(), m));
    }

    /**
     * @param points {@code [m, d]}
     * @param labels {@code [m]}
     * @param separator {@code (w, b)} {@code [d + 1]}
     * @return {@code min_i y_i (w^T x_i + b)}, positive iff it separates
     */
    public static double margin(INDArray points, INDArray labels, INDArray separator) {
        int d = (int) points.columns();
        INDArray w = separator.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, d)).reshape(d, 1);
        INDArray f = points.mmul(w).addi(separator.getDouble(d)).reshape(points.rows());
        return f.muli(labels).minNumber().doubleValue();
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
        int m = (int) points.rows();
        INDArray rows = Nd4j.hstack(points, Nd4j.ones(points.dataType(), m, 1)).muliColumnVector(labels.reshape(m, 1));
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            int skip = i;
            int[] keep = java.util.stream.IntStream.range(0, m).filter(r -> r != skip).toArray();
            lambda[i] = ((i % 2 == 0) ? 1 : -1) * io.verideck.numeric.linalg.Determinant.lu(rows.getRows(keep));
        }
        return Nd4j.createFromArray(lambda);
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
