package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The characteristic polynomial {@code det(lambda I - A) = lambda^n + c_{n-1} lambda^{n-1} + ... + c_0}
 * by the Faddeev-LeVerrier recursion ({@code M_k = A M_{k-1} + c_{n-k+1} I},
 * {@code c_{n-k} = -tr(A M_k) / k}), which uses traces only, never a determinant; so
 * {@code c_{n-1} = -tr A} and {@code c_0 = (-1)^n det A} are independent checks. For even {@code n}
 * it equals {@code det(A - lambda I)}. Reference: Householder, The Theory of Matrices in Numerical
 * Analysis (1964), section 6.7.
 */
public final class CharacteristicPolynomial {
    private CharacteristicPolynomial() {
    }

    /**
     * @param a {@code [n, n]}
     * @return {@code (1, c_{n-1}, ..., c_0)}, highest power first, length {@code n + 1}
     */
    public static double[] coefficients(INDArray a) {
        double[][] m = a.toDoubleMatrix();
        int n = m.length;
        double[] c = new double[n + 1];
        c[0] = 1;
        double[][] mk = new double[n][n];
        for (int k = 1; k <= n; k++) {
            double[][] next = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < n; l++) {
                        s += m[i][l] * mk[l][j];
                    }
                    next[i][j] = s + (i == j ? c[k - 1] : 0);
                }
            }
            mk = next;
            double trace = 0;
            for (int i = 0; i < n; i++) {
                for (int l = 0; l < n; l++) {
                    trace += m[i][l] * mk[l][i];
                }
            }
            c[k] = -trace / k;
        }
        return c;
    }
}
