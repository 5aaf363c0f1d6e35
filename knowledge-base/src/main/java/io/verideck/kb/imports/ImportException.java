package io.verideck.kb.imports;

import io.verideck.kb.model.SourceLocation;

/** Input that cannot be imported, with the file and line a person can act on. */
public final class ImportException extends Exception {
    private final transient SourceLocation where;

    public ImportException(SourceLocation where, String message) {
        super(message);
        this.where = where;
    }

    public ImportException(SourceLocation where, String message, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    public SourceLocation where() {
        return where;
    }

    /** {@code file:line: error: message}. */
    public String describe() {
        return where + ": error: " + getMessage();
    }
}
