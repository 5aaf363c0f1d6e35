package io.verideck.verifier.formula;

/**
 * A formula that cannot be read or evaluated: a syntax error, an unknown name, a shape mismatch or an
 * input over the size limits. {@link #getMessage()} starts with {@code col N: } when the problem has a
 * position (1-based, in characters of the text as typed).
 */
public final class FormulaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    /**
     * @param column 1-based column of the problem, or 0 when it has none
     * @param detail what is wrong, without the column prefix
     */
    public FormulaException(int column, String detail) {
        super(column > 0 ? "col " + column + ": " + detail : detail, null, false, false);
        this.column = column;
    }

    /** The 1-based column, or 0 when the problem has no position. */
    public int column() {
        return column;
    }
}
