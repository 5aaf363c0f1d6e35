package io.verideck.schedule;

/**
 * Where a card is in the scheduler's state machine. The codes are those of the FSRS optimizer's
 * review-log CSV ({@code review_state}): 0 New, 1 Learning, 2 Review, 3 Relearning.
 */
public enum Phase {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int code;

    Phase(int code) {
        this.code = code;
    }

    /** The CSV / database code. */
    public int code() {
        return code;
    }

    /** The phase for a code; throws IllegalArgumentException for an unknown code. */
    public static Phase ofCode(int code) {
        for (Phase p : values()) if (p.code == code) return p;
        throw new IllegalArgumentException("unknown phase code " + code);
    }
}
