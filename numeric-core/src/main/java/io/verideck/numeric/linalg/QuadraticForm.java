package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The quadratic form {@code q(x) = x^T A x}, its gradient {@code (A + A^T) x}, and definiteness from
 * the eigenvalues of a symmetric {@code A}: PSD iff every {@code lambda >= 0} iff {@code x^T A x >= 0}
 * for all {@code x}; PD iff every {@code lambda > 0}. Shapes: {@code A [n, n]}, {@code x [n]},
 * stacked points {@code [S, n] -> [S]}. Reference: Goodfellow et al. (2016), section 2.7.
 */
public final class QuadraticForm {
    private QuadraticForm() {
    }

    /** Definiteness classes of a symmetric matrix. */
    public enum Definiteness {
        /** every eigenvalue {@code > tol} */
        POSITIVE_DEFINITE,
        /** every eigenvalue {@code >= -tol}, some within {@code tol} of 0 */
        POSITIVE_SEMIDEFINITE,
        /** eigenvalues of both signs */
        INDEFINITE,
        /** every eigenvalue {@code <= tol}, some within {@code tol} of 0 */
        NEGATIVE_SEMIDEFINITE,
        /** every eigenvalue {@code < -tol} */
        NEGATIVE_DEFINITE
    }

    /**
     * @param a {@code [n, n]}
     * @param x {@code [n]}
     * @return {@code x^T A x}
     */
    public static double value(INDArray a, INDArray x) {
        return valueStacked(a, x.reshape(1, x.length())).getDouble(0);
    }

    /**
     * @param a {@code [n, n]}
     * @param xs points as rows {@code [S, n]}
     * @return {@code [S]}
     */
    public static INDArray valueStacked(INDArray a, INDArray xs) {
        return xs.mmul(a.transpose()).muli(xs).sum(1);
    }

    /**
     * @param a {@code [n, n]}
     * @param x {@code [n]}
     * @return {@code (A + A^T) x}, {@code [n]}
     */
    public static INDArray gradient(INDArray a, INDArray x) {
        return a.add(a.transpose()).mmul(x.reshape(x.length(), 1)).reshape(x.length());
    }

    /**
     * @param a symmetric {@code [n, n]}
     * @param tol eigenvalues within {@code tol} of 0 count as 0
     * @return the class
     */
    public static Definiteness classify(INDArray a, double tol) {
        INDArray values = SymmetricEigen.of(a).values();
        double min = values.minNumber().doubleValue();
        double max = values.maxNumber().doubleValue();
        if (min > tol) {
            return Definiteness.POSITIVE_DEFINITE;
        }
        if (max < -tol) {
            return Definiteness.NEGATIVE_DEFINITE;
        }
        if (min >= -tol) {
            return Definiteness.POSITIVE_SEMIDEFINITE;
        }
        return max <= tol ? Definiteness.NEGATIVE_SEMIDEFINITE : Definiteness.INDEFINITE;
    }
}
