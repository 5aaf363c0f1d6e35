package io.verideck.numeric.linalg;

/** Thrown when elimination meets a pivot that is zero relative to the matrix's scale. */
public final class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** @param message which pivot vanished */
    public SingularMatrixException(String message) {
        super(message);
    }
}
