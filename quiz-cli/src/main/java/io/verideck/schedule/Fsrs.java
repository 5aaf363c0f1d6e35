package io.verideck.schedule;

/**
 * The FSRS-6 memory model, as pure functions of the 21 weights.
 *
 * <p>Equations (G is the rating 1..4, t the days since the last review):
 * <ul>
 *   <li>{@code DECAY = -w20}, {@code FACTOR = 0.9^(1/DECAY) - 1};</li>
 *   <li>retrievability {@code R(t,S) = (1 + FACTOR t / S)^DECAY};</li>
 *   <li>interval {@code I(r,S) = S / FACTOR (r^(1/DECAY) - 1)};</li>
 *   <li>{@code S0(G) = w[G-1]}, {@code D0(G) = w4 - e^(w5 (G-1)) + 1} clamped to [1,10];</li>
 *   <li>{@code D' = w7 D0(4) + (1-w7)(D - w6 (G-3)(10-D)/9)}, D0(4) unclamped, result clamped;</li>
 *   <li>success {@code S' = S (1 + e^w8 (11-D) S^-w9 (e^(w10(1-R)) - 1) h b)} with h = w15 for
 *       Hard, b = w16 for Easy;</li>
 *   <li>lapse {@code S' = min(w11 D^-w12 ((S+1)^w13 - 1) e^(w14(1-R)), S / e^(w17 w18))};</li>
 *   <li>same day {@code S' = S e^(w17 (G-3+w18)) S^-w19}, never below S for a pass.</li>
 * </ul>
 * Source: the FSRS-6 reference implementations (fsrs-rs {@code model.rs}, py-fsrs
 * {@code scheduler.py}); the formulas are restated in {@code shared/spec/fsrs.md} section 1.2.
 */
public final class Fsrs {
    /** The smallest stability, as in both reference implementations. */
    public static final double S_MIN = 0.001;
    /** The largest stability (fsrs-rs). */
    public static final double S_MAX = 36500;

    private final double[] w;
    private final double decay;
    private final double factor;

    /** A model with the given 21 weights. */
    public Fsrs(double[] weights) {
        if (weights.length != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights");
        this.w = weights.clone();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** R(t, S): the probability of recall after {@code elapsedDays} with stability {@code s}. */
    public double retrievability(double elapsedDays, double s) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / s, decay);
    }

    /** I(r, S) in fractional days, before rounding and clamping. */
    public double rawInterval(double s, double desiredRetention) {
        return s / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /**
     * The interval in whole days: {@link #rawInterval} rounded half-to-even (as Python's
     * {@code round}), then clamped to [1, maximumInterval].
     */
    public int interval(double s, double desiredRetention, int maximumInterval) {
        double rounded = Math.rint(rawInterval(s, desiredRetention));
        return (int) Math.max(1, Math.min(maximumInterval, rounded));
    }

    /** S0(G). */
    public double initialStability(Rating g) {
        return Math.max(S_MIN, w[g.value() - 1]);
    }

    /** D0(G), clamped to [1, 10]. */
    public double initialDifficulty(Rating g) {
        return clampD(rawInitialDifficulty(g.value()));
    }

    private double rawInitialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    /** The difficulty before mean reversion: {@code D + ΔD (10 - D) / 9}. */
    public double dampedDifficulty(double d, Rating g) {
        double delta = -w[6] * (g.value() - 3);
        return d + delta * (10 - d) / 9;
    }

    /** The next difficulty: damped step, mean reversion toward the unclamped D0(Easy), clamp. */
    public double nextDifficulty(double d, Rating g) {
        double reverted = w[7] * rawInitialDifficulty(4) + (1 - w[7]) * dampedDifficulty(d, g);
        return clampD(reverted);
    }

    /** Stability after a successful review on a later day (G is Hard, Good or Easy). */
    public double stabilityAfterSuccess(double d, double s, double r, Rating g) {
        double hard = g == Rating.HARD ? w[15] : 1;
        double easy = g == Rating.EASY ? w[16] : 1;
        double inc = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) * hard * easy;
        return clampS(s * (1 + inc));
    }

    /** Stability after a lapse (Again) on a later day. */
    public double stabilityAfterFailure(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return clampS(Math.min(longTerm, shortTerm));
    }

    /**
     * Same-day stability. FSRS-6 keeps the increase at least 1 for Good and Easy; like fsrs-rs
     * (since #376, "Non-decreasing SInc(Hard) in same-day reviews") this also holds for Hard, so a
     * passing grade never lowers stability. py-fsrs 6.3.1 lets a same-day Hard lower it.
     */
    public double shortTermStability(double s, Rating g) {
        double inc = Math.exp(w[17] * (g.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g.passed()) inc = Math.max(inc, 1);
        return clampS(s * inc);
    }

    /** Stability after a review {@code elapsedDays} after the previous one, with the long-term formulas. */
    public double nextStability(double d, double s, double elapsedDays, Rating g) {
        double r = retrievability(elapsedDays, s);
        return g == Rating.AGAIN ? stabilityAfterFailure(d, s, r) : stabilityAfterSuccess(d, s, r, g);
    }

    private static double clampD(double d) {
        return Math.min(10, Math.max(1, d));
    }

    private static double clampS(double s) {
        return Math.min(S_MAX, Math.max(S_MIN, s));
    }
}
