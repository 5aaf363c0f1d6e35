package io.verideck.numeric.rnn;

/**
 * A scalar linear recurrence with a connection of delay {@code d} (claim K8): {@code h_t = w h_{t-d} + x_t}
 * for {@code t >= 1}, from the initial values {@code h_{1-d}, ..., h_0}. A gradient from {@code h_tau}
 * back to {@code h_0} passes through {@code tau / d} factors {@code w} instead of {@code tau}, so
 * {@code dh_tau/dh_0 = w^{tau/d}} when {@code d} divides {@code tau}. Reference: Goodfellow et al.
 * (2016), section 10.9.1 (skip connections through time).
 *
 * @param weight {@code w}
 * @param delay {@code d >= 1}
 */
public record DelayedRecurrence(double weight, int delay) {

    /**
     * @param initial {@code h_{1-d}..h_0}, length {@code d}
     * @param xs inputs {@code x_1..x_T}
     * @return {@code h_1..h_T}
     */
    public double[] run(double[] initial, double[] xs) {
        double[] h = new double[delay + xs.length];
        System.arraycopy(initial, 0, h, 0, delay);
        for (int t = 0; t < xs.length; t++) {
            h[delay + t] = weight * h[t] + xs[t];
        }
        return java.util.Arrays.copyOfRange(h, delay, h.length);
    }

    /**
     * @param tau steps
     * @return {@code dh_tau / dh_0}
     */
    public double sensitivityToStart(int tau) {
        return sensitivity(delay - 1, tau);
    }

    /**
     * Forward-mode derivative, written out: {@code s_t = w s_{t-d}}, started with sensitivity 1 at the
     * chosen initial value and 0 at the others.
     *
     * @param initialIndex which initial value, {@code 0} for {@code h_{1-d}} up to {@code d - 1} for {@code h_0}
     * @param tau steps
     * @return {@code dh_tau / dh_{initialIndex + 1 - d}}
     */
    public double sensitivity(int initialIndex, int tau) {
        double[] s = new double[delay + tau];
        s[initialIndex] = 1;
        for (int t = 0; t < tau; t++) {
            s[delay + t] = weight * s[t];
        }
        return s[delay + tau - 1];
    }
}
