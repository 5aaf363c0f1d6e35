package io.verideck.verifier.concept;

/** The input file does not match the concept's schema; the message names the field. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the field */
    public BadInputException(String message) {
        super(message);
    }
}
