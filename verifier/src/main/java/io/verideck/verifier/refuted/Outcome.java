package io.verideck.verifier.refuted;

/** The outcome of checking one §Z entry. */
public enum Outcome {
    /** A counterexample to the wrong statement was found and the correction held on every input tried. */
    REFUTED,
    /** No input within the tries refuted the wrong statement. */
    NOT_REFUTED,
    /** The corrected statement failed on an input. */
    CORRECTION_FAILED,
    /** The statement is about words; the entry carries the reason. */
    NO_NUMERIC_COUNTEREXAMPLE,
    /** GARBLED, MISSING or CODE entry. */
    OUT_OF_SCOPE;

    /** @return the JSON spelling, e.g. {@code no-numeric-counterexample} */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** @return whether this outcome makes {@code verify --refuted} fail */
    public boolean isFailure() {
        return this == NOT_REFUTED || this == CORRECTION_FAILED;
    }
}
