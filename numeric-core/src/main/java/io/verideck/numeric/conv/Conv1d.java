package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One-dimensional discrete convolution and its matrix forms. Full convolution
 * {@code (x*w)(t) = sum_a x(a) w(t - a)}, {@code t = 0 .. n+m-2}; valid cross-correlation
 * {@code s(t) = sum_a x(t + a) w(a)}, {@code t = 0 .. n-m}; circular convolution
 * {@code (x (*) c)(t) = sum_a x(a) c((t - a) mod n)}. The valid correlation is the product with the banded
 * Toeplitz matrix {@code T[t, t + a] = w(a)} of shape {@code [n-m+1, n]}, circular convolution the
 * product with the circulant {@code C[i, j] = c((i - j) mod n)}. Goodfellow et al. section 9.1.
 */
public final class Conv1d {
    private Conv1d() {
    }

    /**
     * @param x signal {@code [n]}
     * @param w kernel {@code [m]}
     * @return the full convolution {@code [n + m - 1]}
     */
    public static INDArray full(INDArray x, INDArray w) {
        double[] a = x.toDoubleVector();
        double[] b = w.toDoubleVector();
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param x signal {@code [n]}
     * @param w kernel {@code [m]}, {@code m <= n}
     * @return the valid cross-correlation {@code [n - m + 1]}
     */
    public static INDArray correlateValid(INDArray x, INDArray w) {
        double[] a = x.toDoubleVector();
        double[] b = w.toDoubleVector();
        double[] out = new double[a.length - b.length + 1];
        for (int t = 0; t < out.length; t++) {
            for (int j = 0; j < b.length; j++) {
                out[t] += a[t + j] * b[j];
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param x signal {@code [n]}
     * @param w kernel {@code [m]}
     * @return the valid convolution {@code [n - m + 1]}: correlation with the reversed kernel
     */
    public static INDArray convolveValid(INDArray x, INDArray w) {
        return correlateValid(x, reversed(w));
    }

    /**
     * @param x signal {@code [n]}
     * @param c kernel of the same length {@code [n]}
     * @return the circular convolution {@code [n]}
     */
    public static INDArray circular(INDArray x, INDArray c) {
        double[] a = x.toDoubleVector();
        double[] b = c.toDoubleVector();
        int n = a.length;
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < n; i++) {
                out[t] += a[i] * b[Math.floorMod(t - i, n)];
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * The full convolution through the convolution theorem: zero-pad both to a power of two
     * {@code >= n + m - 1}, multiply the discrete Fourier transforms, transform back.
     *
     * @param x signal
     * @param w kernel
     * @return the full convolution {@code [n + m - 1]}
     */
    public static INDArray viaFft(INDArray x, INDArray w) {
        int len = (int) (x.length() + w.length() - 1);
        int size = Integer.highestOneBit(Math.max(1, len - 1)) << 1;
        double[][] a = Fourier.transform(padded(x.toDoubleVector(), size), new double[size], false);
        double[][] b = Fourier.transform(padded(w.toDoubleVector(), size), new double[size], false);
        double[] re = new double[size];
        double[] im = new double[size];
        for (int i = 0; i < size; i++) {
            re[i] = a[0][i] * b[0][i] - a[1][i] * b[1][i];
            im[i] = a[0][i] * b[1][i] + a[1][i] * b[0][i];
        }
        double[] back = Fourier.transform(re, im, true)[0];
        return Nd4j.createFromArray(java.util.Arrays.copyOf(back, len));
    }

    /**
     * @param w kernel {@code [m]}
     * @param n signal length
     * @return the banded Toeplitz matrix {@code [n - m + 1, n]} of the valid cross-correlation
     */
    public static INDArray toeplitz(INDArray w, int n) {
        int m = (int) w.length();
        INDArray t = Nd4j.zeros(w.dataType(), n - m + 1, n);
        for (int r = 0; r < n - m + 1; r++) {
            for (int a = 0; a < m; a++) {
                t.putScalar(r, r + a, w.getDouble(a));
            }
        }
        return t;
    }

    /**
     * @param c first column {@code [n]}
     * @return the circulant {@code C[i, j] = c((i - j) mod n)}
     */
    public static INDArray circulant(INDArray c) {
        int n = (int) c.length();
        INDArray m = Nd4j.zeros(c.dataType(), n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.putScalar(i, j, c.getDouble(Math.floorMod(i - j, n)));
            }
        }
        return m;
    }

    /**
     * @param w a vector
     * @return it reversed
     */
    public static INDArray reversed(INDArray w) {
        double[] a = w.toDoubleVector();
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return Nd4j.createFromArray(r);
    }

    private static double[] padded(double[] a, int size) {
        return java.util.Arrays.copyOf(a, size);
    }
}
