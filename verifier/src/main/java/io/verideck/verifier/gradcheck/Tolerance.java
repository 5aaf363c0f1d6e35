package io.verideck.verifier.gradcheck;

/**
 * The torch-style closeness criterion {@code |a - n| <= atol + rtol |n|}.
 *
 * @param atol absolute tolerance
 * @param rtol relative tolerance
 */
public record Tolerance(double atol, double rtol) {
    /** {@code torch.autograd.gradcheck}'s defaults for float64: {@code atol 1e-5, rtol 1e-3}. */
    public static final Tolerance DEFAULT = new Tolerance(1e-5, 1e-3);
    /** For elementwise maps and single losses (the catalogue's 1e-6 relative convention). */
    public static final Tolerance ELEMENTWISE = new Tolerance(1e-8, 1e-6);
    /** For composed networks (MLP, RNN): 1e-5 relative. */
    public static final Tolerance NETWORK = new Tolerance(1e-7, 1e-5);
    /** For identities between two exact computations: 1e-10 absolute plus 1e-9 relative. */
    public static final Tolerance IDENTITY = new Tolerance(1e-10, 1e-9);

    /**
     * @param analytic the value under test
     * @param numeric the reference value
     * @return whether they are close
     */
    public boolean accepts(double analytic, double numeric) {
        return Math.abs(analytic - numeric) <= atol + rtol * Math.abs(numeric);
    }

    /**
     * @param a a value
     * @param n the reference
     * @return {@code |a - n| / max(1e-8, |a|, |n|)}
     */
    public static double relativeError(double a, double n) {
        return Math.abs(a - n) / Math.max(1e-8, Math.max(Math.abs(a), Math.abs(n)));
    }
}
