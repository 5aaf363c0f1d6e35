package io.verideck.numeric.mistakes;

/**
 * Sizes and operation counts of convolution and pooling (claims H4, H8), counted by enumerating the
 * window positions rather than by formula, so the formulas can be checked against them.
 */
public final class ConvArithmetic {
    private ConvArithmetic() {
    }

    /** @return the number of positions of a width-k window inside width n (valid convolution, stride 1) */
    public static int validPositions(int n, int k) {
        int count = 0;
        for (int start = 0; start + k <= n; start++) {
            count++;
        }
        return count;
    }

    /** @return the number of stride-s windows of width k that start inside width n (partial windows kept) */
    public static int pooledPositions(int n, int k, int s) {
        int count = 0;
        for (int start = 0; start < n; start += s) {
            count++;
        }
        return count;
    }

    /**
     * Counts the flops of applying the kernel {@code [1, -1]} (a horizontal difference) to a
     * {@code height x width} image: two multiplications and one addition per output pixel.
     *
     * @return the flop count
     */
    public static long differenceKernelFlops(int height, int width) {
        long flops = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c + 2 <= width; c++) {
                flops += 3;
            }
        }
        return flops;
    }
}
