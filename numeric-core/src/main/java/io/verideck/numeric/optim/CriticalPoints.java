package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Curvature at critical points. A critical point is a minimum when its Hessian is positive definite
 * and a saddle when the Hessian has eigenvalues of both signs. For Hessians drawn from the Gaussian
 * orthogonal ensemble ({@code H = (A + A^T) / 2}, {@code A} iid standard normal) the probability of all
 * eigenvalues positive decays like {@code exp(-c n^2)}, so critical points of random functions in high
 * dimension are mostly saddles. Reference: Dauphin et al. (2014); Dean and Majumdar (2006). Positive
 * definiteness is decided by a Cholesky factorization (it succeeds iff every eigenvalue is positive),
 * which is far cheaper per small matrix than an eigendecomposition.
 */
public final class CriticalPoints {
    private CriticalPoints() {
    }

    /**
     * @param h a symmetric matrix, row-major {@code n x n}
     * @param n its size
     * @return whether every eigenvalue is positive
     */
    public static boolean positiveDefinite(double[] h, int n) {
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = h[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0)) {
                return false;
            }
            double root = Math.sqrt(d);
            l[j * n + j] = root;
            for (int i = j + 1; i < n; i++) {
                double s = h[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / root;
            }
        }
        return true;
    }

    /**
     * @param gaussians standard normal draws {@code [count, n * n]}, one matrix {@code A} per row
     * @param n matrix size
     * @return the fraction of {@code (A + A^T) / 2} that are positive definite
     */
    public static double fractionPositiveDefinite(INDArray gaussians, int n) {
        double[] all = gaussians.dup('c').reshape(gaussians.length()).toDoubleVector();
        int count = (int) gaussians.rows();
        double[] h = new double[n * n];
        int positive = 0;
        for (int s = 0; s < count; s++) {
            int base = s * n * n;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h[i * n + j] = 0.5 * (all[base + i * n + j] + all[base + j * n + i]);
                }
            }
            if (positiveDefinite(h, n)) {
                positive++;
            }
        }
        return (double) positive / count;
    }
}
