package io.verideck.numeric.linalg;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * {@code A = V diag(lambda) V^{-1}} for a real diagonalizable matrix with real eigenvalues: the
 * eigenvalues are the roots of the characteristic polynomial ({@link CharacteristicPolynomial},
 * {@link PolynomialRoots}), each eigenvector comes from three steps of inverse iteration
 * {@code v <- (A - (lambda + delta) I)^{-1} v}, and each eigenvalue is then refined by the Rayleigh
 * quotient {@code v^T A v / v^T v}. Powers follow as {@code A^t = V diag(lambda)^t V^{-1}}. Shapes:
 * {@code A [n, n]}, {@code values [n]} ascending, {@code vectors [n, n]} (unit columns). Reference:
 * Goodfellow et al. (2016), section 2.7; Golub and Van Loan (2013), section 7.6.1.
 *
 * @param values eigenvalues, ascending
 * @param vectors eigenvectors as unit columns
 * @param inverse {@code V^{-1}}, computed once
 */
public record Eigendecomposition(INDArray values, INDArray vectors, INDArray inverse) {

    /**
     * @param a {@code [n, n]} with real, distinct eigenvalues
     * @return the decomposition
     * @throws IllegalArgumentException when an eigenvalue is not real (imaginary part above
     *     {@code 1e-6 * scale})
     */
    public static Eigendecomposition of(INDArray a) {
        int n = (int) a.rows();
        PolynomialRoots roots = PolynomialRoots.of(CharacteristicPolynomial.coefficients(a));
        double scale = Math.max(1e-300, Norms.frobenius(a));
        double[] lambda = roots.re();
        for (int i = 0; i < n; i++) {
            if (Math.abs(roots.im()[i]) > 1e-6 * scale) {
                throw new IllegalArgumentException("eigenvalue " + lambda[i] + " + " + roots.im()[i] + "i is not real");
            }
        }
        Arrays.sort(lambda);
        double[][] m = a.toDoubleMatrix();
        double[][] vectors = new double[n][n];
        double[] refined = new double[n];
        for (int i = 0; i < n; i++) {
            double[] v = eigenvector(m, lambda[i], scale);
            double num = 0;
            for (int r = 0; r < n; r++) {
                vectors[r][i] = v[r];
                for (int c = 0; c < n; c++) {
                    num += v[r] * m[r][c] * v[c];
                }
            }
            refined[i] = num;
        }
        INDArray v = Nd4j.createFromArray(vectors);
        return new Eigendecomposition(Nd4j.createFromArray(refined), v, InvertMatrix.invert(v, false));
    }

    /** @return {@code V diag(lambda) V^{-1}} */
    public INDArray reconstruct() {
        return power(1);
    }

    /**
     * @param t exponent {@code >= 0}
     * @return {@code V diag(lambda)^t V^{-1}}
     */
    public INDArray power(int t) {
        INDArray lt = org.nd4j.linalg.ops.transforms.Transforms.pow(values, t, true);
        return vectors.mulRowVector(lt.reshape(1, lt.length())).mmul(inverse);
    }

    /**
     * @param w {@code [n, n]}
     * @param t exponent {@code >= 0}
     * @return {@code W W ... W} ({@code t} factors) by repeated {@code mmul}
     */
    public static INDArray repeatedProduct(INDArray w, int t) {
        INDArray p = Nd4j.eye(w.rows()).castTo(w.dataType());
        for (int i = 0; i < t; i++) {
            p = p.mmul(w);
        }
        return p;
    }

    /** Three steps of inverse iteration with the shift {@code lambda + 1e-8 scale}; unit length. */
    private static double[] eigenvector(double[][] a, double lambda, double scale) {
        int n = a.length;
        double[][] shifted = new double[n][];
        for (int i = 0; i < n; i++) {
            shifted[i] = a[i].clone();
            shifted[i][i] -= lambda + 1e-8 * scale;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1 + 0.37 * i / n;
        }
        for (int k = 0; k < 3; k++) {
            v = GaussianElimination.solve(shifted, v);
            double norm = 0;
            for (double e : v) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
        }
        return v;
    }
}
