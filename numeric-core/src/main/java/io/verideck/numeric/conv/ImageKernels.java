package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hand-crafted 3 x 3 image kernels as the lecture writes them: the normalized box blur {@code 1/9};
 * the sharpen kernel {@code delta + a L} with the 4-neighbour Laplacian {@code L} (centre 4, edge
 * neighbours -1), which sums to 1 for any amount {@code a}; Sobel {@code G_x = [[1,0,-1],[2,0,-2],[1,0,-1]]}
 * and Prewitt {@code G_x = [[-1,0,1],[-1,0,1],[-1,0,1]]}; the 1 x 2 edge kernel {@code [-1, 1]}; and the
 * eight Kirsch compass kernels {@code g^(1..8)}: a 5 on three consecutive cells of the outer ring,
 * -3 on the other five, 0 at the centre, {@code g^(1)} with the 5s on the top row and {@code g^(k+1)}
 * equal to {@code g^(k)} with its ring turned one cell (45 degrees) counter-clockwise.
 */
public final class ImageKernels {
    /** The outer ring cells, clockwise from the top-left corner. */
    private static final int[][] RING = {{0, 0}, {0, 1}, {0, 2}, {1, 2}, {2, 2}, {2, 1}, {2, 0}, {1, 0}};

    private ImageKernels() {
    }

    /** @return the box blur, every entry {@code 1/9} */
    public static INDArray boxBlur() {
        return Nd4j.ones(3, 3).divi(9.0);
    }

    /**
     * @param amount {@code a}
     * @return {@code [[0,-a,0],[-a,1+4a,-a],[0,-a,0]]}
     */
    public static INDArray sharpen(double amount) {
        return Nd4j.createFromArray(new double[][] {{0, -amount, 0}, {-amount, 1 + 4 * amount, -amount}, {0, -amount, 0}});
    }

    /** @return Sobel {@code G_x = [[1,0,-1],[2,0,-2],[1,0,-1]]} */
    public static INDArray sobelX() {
        return Nd4j.createFromArray(new double[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    }

    /** @return Prewitt {@code G_x = [[-1,0,1],[-1,0,1],[-1,0,1]]} */
    public static INDArray prewittX() {
        return Nd4j.createFromArray(new double[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});
    }

    /** @return the 1 x 2 edge kernel {@code [-1, 1]} */
    public static INDArray edge() {
        return Nd4j.createFromArray(new double[][] {{-1, 1}});
    }

    /**
     * @param k compass index 1..8
     * @return Kirsch kernel {@code g^(k)}: 5 on ring cells {@code 1-k, 2-k, 3-k} (mod 8, clockwise from the
     *     top-left corner), -3 on the other ring cells
     */
    public static INDArray kirsch(int k) {
        double[][] g = new double[3][3];
        for (int i = 0; i < 8; i++) {
            int d = Math.floorMod(i - (1 - k), 8);
            g[RING[i][0]][RING[i][1]] = d < 3 ? 5 : -3;
        }
        return Nd4j.createFromArray(g);
    }

    /**
     * @param kernel a 3 x 3 kernel
     * @return its outer ring turned one cell counter-clockwise (45 degrees), centre unchanged
     */
    public static INDArray turnRing(INDArray kernel) {
        INDArray out = kernel.dup();
        for (int i = 0; i < 8; i++) {
            int[] to = RING[(i + 7) % 8];
            out.putScalar(to[0], to[1], kernel.getDouble(RING[i][0], RING[i][1]));
        }
        return out;
    }
}
