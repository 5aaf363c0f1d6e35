package io.verideck.numeric.conv;

/**
 * Output length of a convolution along one axis: {@code O = floor((N - F + 2P) / S) + 1} for input
 * length {@code N}, kernel length {@code F}, zero padding {@code P} per side and stride {@code S};
 * "same" padding {@code P = (F - 1) / 2} (odd {@code F}) gives {@code O = ceil(N / S)}; the transposed
 * convolution maps {@code N} back to {@code (N - 1) S - 2P + F}. Reference: Dumoulin and Visin, "A guide
 * to convolution arithmetic for deep learning" (2016).
 */
public final class ConvOutputSize {
    private ConvOutputSize() {
    }

    /**
     * @param n input length
     * @param f kernel length
     * @param p padding per side
     * @param s stride
     * @return {@code floor((N - F + 2P) / S) + 1}, or 0 when the kernel does not fit
     */
    public static int of(int n, int f, int p, int s) {
        int span = n - f + 2 * p;
        return span < 0 ? 0 : Math.floorDiv(span, s) + 1;
    }

    /**
     * The formula before the floor, {@code (N - F + 2P)/S + 1}, exact when {@code S} divides
     * {@code N - F + 2P} (the form written on cards).
     *
     * @param n input length
     * @param f kernel length
     * @param p padding
     * @param s stride
     * @return the real-valued size
     */
    public static double unfloored(double n, double f, double p, double s) {
        return (n - f + 2 * p) / s + 1;
    }

    /**
     * @param f odd kernel length
     * @return the "same" padding {@code (F - 1) / 2}
     */
    public static int samePadding(int f) {
        if (f % 2 == 0) {
            throw new IllegalArgumentException("same padding needs an odd kernel: " + f);
        }
        return (f - 1) / 2;
    }

    /**
     * @param n input length of the transposed convolution
     * @param f kernel length
     * @param p padding
     * @param s stride
     * @return {@code (N - 1) S - 2P + F}
     */
    public static int transposed(int n, int f, int p, int s) {
        return (n - 1) * s - 2 * p + f;
    }
}
