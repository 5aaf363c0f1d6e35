package io.verideck.cli.review;

import io.verideck.schedule.Rating;
import java.util.List;

/**
 * The grade keys. With 4 steps the keys are the FSRS grades. With the five-step confidence scale
 * ({@code --scale 5}, as in confidence-based repetition decks: 1 = "no idea" to 5 = "perfectly")
 * the mapping onto FSRS is 1 and 2 to Again (not recalled: both relearn within minutes), 3 to Hard,
 * 4 to Good, 5 to Easy.
 */
public enum ConfidenceScale {
    FOUR(List.of("Again", "Hard", "Good", "Easy")),
    FIVE(List.of("No idea", "Barely", "Hard", "Good", "Perfect"));

    private final List<String> labels;

    ConfidenceScale(List<String> labels) {
        this.labels = labels;
    }

    /** The scale for {@code --scale 4|5}. */
    public static ConfidenceScale of(int steps) {
        if (steps == 4) return FOUR;
        if (steps == 5) return FIVE;
        throw new IllegalArgumentException("--scale must be 4 or 5, got " + steps);
    }

    /** The number of keys (4 or 5). */
    public int steps() {
        return labels.size();
    }

    /** The label of key {@code k} (1-based). */
    public String label(int k) {
        return labels.get(k - 1);
    }

    /** The FSRS rating of key {@code k} (1-based). */
    public Rating rating(int k) {
        if (k < 1 || k > steps()) throw new IllegalArgumentException("grade must be 1 to " + steps());
        if (this == FOUR) return Rating.of(k);
        return switch (k) {
            case 1, 2 -> Rating.AGAIN;
            case 3 -> Rating.HARD;
            case 4 -> Rating.GOOD;
            default -> Rating.EASY;
        };
    }

    /** The key for a rating: the lowest key that maps onto it (on the five-step scale, Again is 1). */
    public int key(Rating r) {
        for (int k = 1; k <= steps(); k++) {
            if (rating(k) == r) return k;
        }
        throw new IllegalArgumentException("no key for " + r);
    }
}
