package io.verideck.progress;

/** A problem with the progress database that the user can act on; the message is one line. */
public final class ProgressStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a one-line message naming the file. */
    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
