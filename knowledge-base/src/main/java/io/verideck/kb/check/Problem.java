package io.verideck.kb.check;

import io.verideck.kb.model.SourceLocation;

/**
 * One thing wrong with a content file, printed as {@code file:line: error: message}.
 */
public record Problem(SourceLocation where, Severity severity, String message) {

    public static Problem error(String file, int line, String message) {
        return new Problem(new SourceLocation(file, line), Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(new SourceLocation(file, line), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return where + ": " + severity.label() + ": " + message;
    }
}
