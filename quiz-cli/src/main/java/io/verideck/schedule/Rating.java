package io.verideck.schedule;

/** The four FSRS grades; {@link #value()} is the number the student presses (1 to 4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** 1 = Again, 2 = Hard, 3 = Good, 4 = Easy. */
    public int value() {
        return value;
    }

    /** The rating for 1..4; throws IllegalArgumentException otherwise. */
    public static Rating of(int value) {
        if (value < 1 || value > 4) throw new IllegalArgumentException("rating must be 1 to 4, got " + value);
        return values()[value - 1];
    }

    /** A passing grade (Hard, Good or Easy). */
    public boolean passed() {
        return this != AGAIN;
    }
}
