package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * Powers of a matrix and the spectral radius {@code rho(W) = max_i |lambda_i|}: {@code rho < 1} implies
 * {@code W^t -> 0}, {@code rho > 1} makes {@code |W^t|} grow (generically), and Gelfand's formula
 * {@code |W^t|^{1/t} -> rho(W)} holds for any norm. A non-normal {@code W} can have {@code rho < 1} and
 * {@code |W|_2 > 1}: its powers grow before they decay. Reference: Horn and Johnson (2013), corollary
 * 5.6.14; Pascanu, Mikolov and Bengio (2013).
 */
public final class MatrixPowers {
    private MatrixPowers() {
    }

    /**
     * @param p invertible {@code [n, n]}
     * @param eigenvalues real eigenvalues {@code lambda_1..lambda_n}
     * @return {@code P diag(lambda) P^{-1}}, a matrix with exactly those eigenvalues
     */
    public static INDArray withEigenvalues(INDArray p, double... eigenvalues) {
        return p.mmul(Nd4j.diag(Nd4j.createFromArray(eigenvalues))).mmul(InvertMatrix.invert(p, false));
    }

    /**
     * @param w square matrix
     * @param t maximum power
     * @return {@code |W^k|_F} for {@code k = 1..t}
     */
    public static double[] frobeniusNorms(INDArray w, int t) {
        double[] out = new double[t];
        INDArray power = w.dup();
        for (int k = 0; k < t; k++) {
            out[k] = power.norm2Number().doubleValue();
            if (k + 1 < t) {
                power = power.mmul(w);
            }
        }
        return out;
    }

    /**
     * @param eigenvalues eigenvalues
     * @return {@code max |lambda_i|}
     */
    public static double spectralRadius(double... eigenvalues) {
        double r = 0;
        for (double l : eigenvalues) {
            r = Math.max(r, Math.abs(l));
        }
        return r;
    }

    /**
     * @param eigenvalues eigenvalues
     * @return the largest eigenvalue (not its modulus), the quantity 002-Q06 wrongly uses for {@code rho}
     */
    public static double largestEigenvalue(double... eigenvalues) {
        double r = Double.NEGATIVE_INFINITY;
        for (double l : eigenvalues) {
            r = Math.max(r, l);
        }
        return r;
    }
}
