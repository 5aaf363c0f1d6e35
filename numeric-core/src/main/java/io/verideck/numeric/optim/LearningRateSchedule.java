package io.verideck.numeric.optim;

/**
 * Learning-rate schedules. Linear decay: {@code eps_k = (1 - k/tau) eps_0 + (k/tau) eps_tau} for
 * {@code k <= tau}, then constant {@code eps_tau}. Harmonic decay {@code eps_k = eps_0 / k} satisfies the
 * Robbins-Monro conditions {@code sum eps_k = infinity}, {@code sum eps_k^2 < infinity}. Reference:
 * Goodfellow et al. (2016), section 8.3.1; Robbins and Monro (1951).
 */
public final class LearningRateSchedule {
    private LearningRateSchedule() {
    }

    /**
     * The interpolation part of linear decay, without the clamp at {@code tau}.
     *
     * @param k iteration
     * @param tau end of the decay
     * @param eps0 initial rate
     * @param epsTau final rate
     * @return {@code (1 - k/tau) eps_0 + (k/tau) eps_tau}
     */
    public static double interpolate(double k, double tau, double eps0, double epsTau) {
        double a = k / tau;
        return (1 - a) * eps0 + a * epsTau;
    }

    /**
     * @param k iteration, {@code >= 0}
     * @param tau end of the decay
     * @param eps0 initial rate
     * @param epsTau final rate
     * @return the linear-decay rate, constant after {@code tau}
     */
    public static double linear(double k, double tau, double eps0, double epsTau) {
        return k >= tau ? epsTau : interpolate(k, tau, eps0, epsTau);
    }

    /**
     * @param k iteration, {@code >= 1}
     * @param eps0 rate at {@code k = 1}
     * @return {@code eps_0 / k}
     */
    public static double harmonic(double k, double eps0) {
        return eps0 / k;
    }

    /**
     * @param terms number of terms
     * @param power exponent {@code q}
     * @return {@code sum_{k=1}^{terms} k^{-q}}
     */
    public static double partialSum(long terms, double power) {
        double s = 0;
        for (long k = terms; k >= 1; k--) {
            s += Math.pow(k, -power);
        }
        return s;
    }
}
