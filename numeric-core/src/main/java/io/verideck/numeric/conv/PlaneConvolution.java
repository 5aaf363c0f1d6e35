package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-channel 2-D operations on images {@code I [H, W]} and kernels {@code K [F_h, F_w]}:
 * cross-correlation {@code S(i,j) = sum_{m,n} I(i+m, j+n) K(m,n)} (valid: the kernel lies entirely in
 * the image, output {@code [H-F_h+1, W-F_w+1]}), true convolution
 * {@code (I*K)(i,j) = sum_{m,n} I(m,n) K(i-m, j-n)} in its full form {@code [H+F_h-1, W+F_w-1]} and valid
 * form (cross-correlation with the flipped kernel), the circular correlation (indices mod H, W), the
 * kernel flip and cyclic shifts. Goodfellow et al. eqs. 9.4 to 9.6.
 */
public final class PlaneConvolution {
    private PlaneConvolution() {
    }

    /**
     * @param image {@code [H, W]}
     * @param kernel {@code [F_h, F_w]}
     * @return the valid cross-correlation
     */
    public static INDArray correlateValid(INDArray image, INDArray kernel) {
        double[][] a = image.toDoubleMatrix();
        double[][] k = kernel.toDoubleMatrix();
        int oh = a.length - k.length + 1;
        int ow = a[0].length - k[0].length + 1;
        double[][] out = new double[oh][ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                for (int m = 0; m < k.length; m++) {
                    for (int n = 0; n < k[0].length; n++) {
                        out[i][j] += a[i + m][j + n] * k[m][n];
                    }
                }
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param image {@code [H, W]}
     * @param kernel {@code [F_h, F_w]}
     * @return the valid convolution, straight from {@code sum_{m,n} I(i-m, j-n) K(m,n)} over the
     *     positions where the flipped kernel lies in the image
     */
    public static INDArray convolveValid(INDArray image, INDArray kernel) {
        double[][] a = image.toDoubleMatrix();
        double[][] k = kernel.toDoubleMatrix();
        int fh = k.length;
        int fw = k[0].length;
        double[][] out = new double[a.length - fh + 1][a[0].length - fw + 1];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[0].length; j++) {
                for (int m = 0; m < fh; m++) {
                    for (int n = 0; n < fw; n++) {
                        out[i][j] += a[i + fh - 1 - m][j + fw - 1 - n] * k[m][n];
                    }
                }
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param a {@code [H, W]}
     * @param b {@code [F_h, F_w]}
     * @return the full convolution {@code (a*b)(i,j) = sum a(m,n) b(i-m, j-n)}, {@code [H+F_h-1, W+F_w-1]}
     */
    public static INDArray full(INDArray a, INDArray b) {
        double[][] x = a.toDoubleMatrix();
        double[][] y = b.toDoubleMatrix();
        double[][] out = new double[x.length + y.length - 1][x[0].length + y[0].length - 1];
        for (int m = 0; m < x.length; m++) {
            for (int n = 0; n < x[0].length; n++) {
                for (int p = 0; p < y.length; p++) {
                    for (int q = 0; q < y[0].length; q++) {
                        out[m + p][n + q] += x[m][n] * y[p][q];
                    }
                }
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param a {@code [H, W]}
     * @param b {@code [F_h, F_w]}
     * @return the full cross-correlation {@code c(i,j) = sum a(m,n) b(m - i + F_h - 1, n - j + F_w - 1)}
     */
    public static INDArray correlateFull(INDArray a, INDArray b) {
        return full(a, flip(b));
    }

    /**
     * @param image {@code [H, W]}
     * @param kernel {@code [F_h, F_w]}
     * @return the circular cross-correlation {@code S(i,j) = sum I((i+m) mod H, (j+n) mod W) K(m,n)}, {@code [H, W]}
     */
    public static INDArray correlateCircular(INDArray image, INDArray kernel) {
        double[][] a = image.toDoubleMatrix();
        double[][] k = kernel.toDoubleMatrix();
        int h = a.length;
        int w = a[0].length;
        double[][] out = new double[h][w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                for (int m = 0; m < k.length; m++) {
                    for (int n = 0; n < k[0].length; n++) {
                        out[i][j] += a[(i + m) % h][(j + n) % w] * k[m][n];
                    }
                }
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param kernel {@code [F_h, F_w]}
     * @return {@code K(F_h-1-m, F_w-1-n)}, the kernel rotated by 180 degrees
     */
    public static INDArray flip(INDArray kernel) {
        double[][] k = kernel.toDoubleMatrix();
        double[][] f = new double[k.length][k[0].length];
        for (int m = 0; m < k.length; m++) {
            for (int n = 0; n < k[0].length; n++) {
                f[m][n] = k[k.length - 1 - m][k[0].length - 1 - n];
            }
        }
        return Nd4j.createFromArray(f);
    }

    /**
     * @param image {@code [H, W]}
     * @param down rows to move down (cyclically)
     * @param right columns to move right (cyclically)
     * @return {@code I'(i,j) = I(i - down, j - right)}
     */
    public static INDArray shift(INDArray image, int down, int right) {
        double[][] a = image.toDoubleMatrix();
        int h = a.length;
        int w = a[0].length;
        double[][] out = new double[h][w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                out[i][j] = a[Math.floorMod(i - down, h)][Math.floorMod(j - right, w)];
            }
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param image {@code [H, W]}
     * @return the image rotated by 90 degrees counter-clockwise, {@code [W, H]}
     */
    public static INDArray rotate90(INDArray image) {
        double[][] a = image.toDoubleMatrix();
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[a[0].length - 1 - j][i] = a[i][j];
            }
        }
        return Nd4j.createFromArray(out);
    }
}
