package io.verideck.web.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the review database says at one moment.
 *
 * @param recent   the most recently reviewed cards, newest first
 * @param due      cards due now, most overdue first
 * @param perDay   reviews per day over the last year
 * @param forecast cards falling due on each of the next 30 days (today first)
 */
public record ReviewSnapshot(List<Reviewed> recent, List<Due> due, SortedMap<LocalDate, Integer> perDay,
                             SortedMap<LocalDate, Integer> forecast) {
    public ReviewSnapshot {
        recent = List.copyOf(recent);
        due = List.copyOf(due);
        perDay = new TreeMap<>(perDay);
        forecast = new TreeMap<>(forecast);
    }

    /** One review: the card and when. */
    public record Reviewed(String cardId, Instant at, int rating) {
    }

    /** One due card and when it fell due. */
    public record Due(String cardId, Instant due) {
    }

    /** Total reviews in {@link #perDay()}. */
    public int totalReviews() {
        return perDay.values().stream().mapToInt(Integer::intValue).sum();
    }

}
