package io.verideck.numeric.autoencoder;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small dense matrix arithmetic on {@code double[][]} (row-major), and conversion to and from ND4J. */
final class Dense {
    private Dense() {
    }

    /** @return {@code a b^T}, {@code [n, m] x [k, m]^T -> [n, k]} */
    static double[][] timesTransposed(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double s = 0;
                for (int k = 0; k < b[j].length; k++) {
                    s += a[i][k] * b[j][k];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** @return {@code a^T b}, {@code [n, p]^T x [n, q] -> [p, q]} */
    static double[][] transposedTimes(double[][] a, double[][] b) {
        int p = a[0].length;
        int q = b[0].length;
        double[][] out = new double[p][q];
        for (int n = 0; n < a.length; n++) {
            for (int i = 0; i < p; i++) {
                double v = a[n][i];
                for (int j = 0; j < q; j++) {
                    out[i][j] += v * b[n][j];
                }
            }
        }
        return out;
    }

    /** @return {@code a b}, {@code [n, m] x [m, k]} */
    static double[][] times(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double v = a[i][k];
                for (int j = 0; j < b[0].length; j++) {
                    out[i][j] += v * b[k][j];
                }
            }
        }
        return out;
    }

    static double[] columnSums(double[][] a) {
        double[] s = new double[a[0].length];
        for (double[] row : a) {
            for (int j = 0; j < s.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static double[][] of(INDArray a) {
        return a.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    static double[] vector(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').reshape(a.length()).toDoubleVector();
    }

    static INDArray nd(double[][] a) {
        return Nd4j.createFromArray(a);
    }

    static INDArray nd(double[] a) {
        return Nd4j.createFromArray(a.clone());
    }
}
