package io.verideck.verifier.claim;

/** A claim id, slug or tag named somewhere is not in the catalogue. */
public final class UnknownClaimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message names the unknown value and the accepted ones */
    public UnknownClaimException(String message) {
        super(message);
    }
}
