package io.verideck.progress;

import io.verideck.schedule.CardSchedule;
import java.time.Instant;

/**
 * One row of the review log.
 *
 * @param id         the log row id (ascending in commit order)
 * @param cardId     the card's stable id
 * @param at         when the grade was given
 * @param rating     1..4 (0 for an undo row)
 * @param durationMs time the student spent on the card, in milliseconds
 * @param kind       {@link #REVIEW}, {@link #CRAM}, {@link #IMPORT} or {@link #UNDO}
 * @param undoes     for an undo row, the id of the row it cancels; otherwise 0
 * @param before     the card's state before the grade
 * @param after      the card's state after the grade
 */
public record ReviewEntry(long id, String cardId, Instant at, int rating, long durationMs, String kind,
                          long undoes, CardSchedule before, CardSchedule after) {
    /** A scheduled review. */
    public static final String REVIEW = "review";
    /** A cram review: logged, but the schedule is unchanged. */
    public static final String CRAM = "cram";
    /** A review read from a review-log CSV. */
    public static final String IMPORT = "import";
    /** Cancels an earlier row. */
    public static final String UNDO = "undo";

    /** True for rows that count as a scheduled review (review or import). */
    public boolean scheduled() {
        return REVIEW.equals(kind) || IMPORT.equals(kind);
    }
}
