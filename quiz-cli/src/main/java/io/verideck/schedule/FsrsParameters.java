package io.verideck.schedule;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The 21 FSRS-6 weights plus the scheduler settings.
 *
 * @param w                 the 21 model weights w0..w20 (w20 is the forgetting-curve decay)
 * @param desiredRetention  the probability of recall at which a card becomes due, in (0, 1)
 * @param learningSteps     waits between learning grades of a new card
 * @param relearningSteps   waits between relearning grades after a lapse
 * @param maximumInterval   the longest interval in days
 * @param fuzz              whether Review intervals of 2.5 days or more are fuzzed (seeded)
 */
public record FsrsParameters(double[] w, double desiredRetention, List<Duration> learningSteps,
                             List<Duration> relearningSteps, int maximumInterval, boolean fuzz) {

    /**
     * The FSRS-6 default weights (fsrs-rs inference.rs since #337; py-fsrs since "Update default
     * parameters (#133)").
     */
    public static final double[] FSRS6_DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    public FsrsParameters {
        if (w.length != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + w.length);
        w = w.clone();
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, got " + desiredRetention);
        }
        if (maximumInterval < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day");
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** FSRS-6 defaults: retention 0.9, learning 1 min and 10 min, relearning 10 min, 36500 days, fuzz on. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(FSRS6_DEFAULT_WEIGHTS, 0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500, true);
    }

    /** A copy with another desired retention. */
    public FsrsParameters withDesiredRetention(double r) {
        return new FsrsParameters(w, r, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    /** A copy with fuzz switched on or off. */
    public FsrsParameters withFuzz(boolean on) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, maximumInterval, on);
    }

    /** A copy with other weights. */
    public FsrsParameters withWeights(double[] weights) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    /** A copy with other (re)learning steps. */
    public FsrsParameters withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsParameters(w, desiredRetention, learning, relearning, maximumInterval, fuzz);
    }

    /** A copy with another maximum interval. */
    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, days, fuzz);
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters p && Arrays.equals(w, p.w) && desiredRetention == p.desiredRetention
                && learningSteps.equals(p.learningSteps) && relearningSteps.equals(p.relearningSteps)
                && maximumInterval == p.maximumInterval && fuzz == p.fuzz;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w) * 31 + learningSteps.hashCode();
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(w) + " retention=" + desiredRetention;
    }
}
