package io.verideck.schedule;

import java.time.Instant;

/**
 * The scheduling state of one card. A card never reviewed is {@link #fresh()}: phase NEW, no
 * memory state, due at once.
 *
 * @param phase      learning, review or relearning (NEW before the first grade)
 * @param step       the index of the current (re)learning step; 0 outside (re)learning
 * @param stability  S in days (interval at which R = 0.9); NaN before the first grade
 * @param difficulty D in [1, 10]; NaN before the first grade
 * @param due        when the card is due (null for a fresh card: due at once)
 * @param lastReview the time of the last grade, or null
 * @param reps       the number of grades so far
 * @param lapses     the number of Again grades given in the Review phase
 */
public record CardSchedule(Phase phase, int step, double stability, double difficulty, Instant due,
                           Instant lastReview, int reps, int lapses) {

    /** A card that was never reviewed. */
    public static CardSchedule fresh() {
        return new CardSchedule(Phase.NEW, 0, Double.NaN, Double.NaN, null, null, 0, 0);
    }

    /** True before the first grade. */
    public boolean isNew() {
        return phase == Phase.NEW;
    }

    /** True if the card should be shown at {@code now}. */
    public boolean isDue(Instant now) {
        return due == null || !due.isAfter(now);
    }
}
