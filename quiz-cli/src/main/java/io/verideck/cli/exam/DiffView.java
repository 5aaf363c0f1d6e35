package io.verideck.cli.exam;

import io.verideck.cli.kb.Terminal;
import io.verideck.kb.grade.Grade;
import io.verideck.kb.grade.KeyPointMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff-like view of a grade: one line per key point, marked {@code +} hit (with the student's
 * words that matched), {@code ~} partly, {@code -} missed, {@code !} contradicted (with why), then the
 * suggested grade and its reason.
 */
public final class DiffView {
    private DiffView() {
    }

    /** The view as lines (no trailing new lines). */
    public static List<String> lines(Grade g, Terminal t) {
        List<String> out = new ArrayList<>();
        for (KeyPointMatch p : g.points()) {
            switch (p.status()) {
                case HIT -> out.add(t.bold("+ ") + p.keyPoint() + t.dim("   matched: " + String.join(", ", p.matchedWords())));
                case PARTIAL -> out.add("~ " + p.keyPoint() + t.dim("   partly: " + String.join(", ", p.matchedWords())
                        + "; missing: " + String.join(", ", p.missingTerms())));
                case MISSED -> out.add("- " + p.keyPoint());
                case CONTRADICTED -> out.add(t.bold("! ") + p.keyPoint() + t.dim("   " + p.contradiction()));
            }
        }
        for (String n : g.notes()) out.add(t.dim("note: " + n));
        out.add(t.bold("Suggested grade: " + g.suggested() + "/5") + " (" + ratingName(g.rating()) + ", score "
                + String.format(java.util.Locale.ROOT, "%.2f", g.score()) + ") - " + g.reason());
        return out;
    }

    /** The review rating names used by {@code verideck review}. */
    public static String ratingName(int rating) {
        return switch (rating) {
            case 1 -> "again";
            case 2 -> "hard";
            case 3 -> "good";
            default -> "easy";
        };
    }
}
