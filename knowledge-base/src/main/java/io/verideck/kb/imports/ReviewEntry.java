package io.verideck.kb.imports;

/**
 * One past review imported from another tool (Anki's {@code revlog}), in the column order of the
 * fsrs-optimizer review-log CSV: card, time, rating, state, duration.
 *
 * @param noteKey        the importer's key of the reviewed note (mapped to a card id later)
 * @param reviewTime     epoch milliseconds of the review
 * @param rating         1 again, 2 hard, 3 good, 4 easy
 * @param state          the card's state before the review: 0 new, 1 learning, 2 review, 3 relearning
 * @param durationMillis time taken to answer
 */
public record ReviewEntry(String noteKey, long reviewTime, int rating, int state, long durationMillis) {
}
