package io.verideck.verifier.property;

/** A property did not hold for the drawn input. */
public final class PropertyViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what did not hold, with the values compared */
    public PropertyViolation(String message) {
        super(message, null, false, false);
    }
}
