package io.verideck.numeric.mistakes;

/**
 * Multi-channel valid cross-correlation (claim H5), 0-based:
 * {@code Z[i][j][k] = sum_{l,m,n} V[l][j+m][k+n] K[i][l][m][n]} with kernel indices (output channel,
 * input channel, row offset, column offset); and 003 L8's reading in which the element
 * {@code K[i][j][l][k]} has "an offset of k rows and l columns", i.e. the last two indices swapped.
 */
public final class ChannelConvolution {
    private ChannelConvolution() {
    }

    /** @return Z for input {@code V[c][rows][cols]} and kernel {@code K[out][c][kr][kc]} */
    public static double[][][] apply(double[][][] v, double[][][][] k) {
        return run(v, k, false);
    }

    /** @return Z when the kernel's third index is read as the column offset and the fourth as the row offset */
    public static double[][][] applyAsWritten(double[][][] v, double[][][][] k) {
        return run(v, k, true);
    }

    private static double[][][] run(double[][][] v, double[][][][] k, boolean swapped) {
        int kr = k[0][0].length;
        int kc = k[0][0][0].length;
        int rows = v[0].length - (swapped ? kc : kr) + 1;
        int cols = v[0][0].length - (swapped ? kr : kc) + 1;
        double[][][] z = new double[k.length][rows][cols];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < rows; j++) {
                for (int c = 0; c < cols; c++) {
                    double s = 0;
                    for (int l = 0; l < v.length; l++) {
                        for (int m = 0; m < kr; m++) {
                            for (int n = 0; n < kc; n++) {
                                s += swapped ? v[l][j + n][c + m] * k[i][l][m][n] : v[l][j + m][c + n] * k[i][l][m][n];
                            }
                        }
                    }
                    z[i][j][c] = s;
                }
            }
        }
        return z;
    }
}
