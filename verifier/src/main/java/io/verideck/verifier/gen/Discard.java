package io.verideck.verifier.gen;

/** Thrown when a filter cannot find an acceptable value; the try is discarded, not failed. */
public final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be generated */
    public Discard(String message) {
        super(message, null, false, false);
    }
}
