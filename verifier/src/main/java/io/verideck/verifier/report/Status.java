package io.verideck.verifier.report;

/** Outcome of one claim. */
public enum Status {
    /** Every property held on every try. */
    PASSED,
    /** A property failed; the result carries the shrunk failure. */
    FAILED,
    /** Nothing could be run (no properties, or every try was discarded). */
    NOT_EXECUTABLE;

    /** @return the JSON spelling: {@code passed}, {@code failed}, {@code not-executable} */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
