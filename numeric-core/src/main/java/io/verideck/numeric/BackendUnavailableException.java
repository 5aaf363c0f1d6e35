package io.verideck.numeric;

/** The ND4J native backend could not be loaded; the message is one line a person can act on. */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one-line explanation
     * @param cause the loader's error, kept for {@code --debug}
     */
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
