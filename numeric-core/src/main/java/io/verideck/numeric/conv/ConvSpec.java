package io.verideck.numeric.conv;

/**
 * The geometry of a 2-D convolution: the same stride and zero padding along both spatial axes, and
 * the number of channel groups.
 *
 * @param stride step {@code S >= 1} between window positions
 * @param padding zeros {@code P >= 0} added on each side
 * @param groups {@code g >= 1}; input and output channels are split into {@code g} slices and slice
 *     {@code i} of the output only sees slice {@code i} of the input
 */
public record ConvSpec(int stride, int padding, int groups) {
    /** Unit stride, no padding, one group: the "valid" cross-correlation. */
    public static final ConvSpec VALID = new ConvSpec(1, 0, 1);

    /**
     * @param stride stride
     * @param padding padding
     * @param groups groups
     */
    public ConvSpec {
        if (stride < 1 || padding < 0 || groups < 1) {
            throw new IllegalArgumentException("need stride >= 1, padding >= 0, groups >= 1: " + stride + ", " + padding + ", " + groups);
        }
    }

    /**
     * @param stride stride
     * @param padding padding
     * @return a one-group geometry
     */
    public static ConvSpec of(int stride, int padding) {
        return new ConvSpec(stride, padding, 1);
    }

    /**
     * @param n input length
     * @param f kernel length
     * @return the output length along one axis, {@link ConvOutputSize#of}
     */
    public int outputSize(int n, int f) {
        return ConvOutputSize.of(n, f, padding, stride);
    }
}
