package io.verideck.verifier.formula;

import java.util.Map;

/**
 * The outcome of judging a typed formula against an answer formula.
 *
 * @param result         accepted, rejected, or invalid (could not be judged)
 * @param hint           for a rejection, what seems wrong ("off by a factor of 2", "differs in sign",
 *                       "off by a constant: ...", a shape or undefinedness problem, or the two values at
 *                       the counterexample); null when accepted or invalid
 * @param counterexample for a rejection, a point (variable name to Double, double[] or double[][]) where
 *                       the two formulas differ; empty otherwise
 * @param pointsTried    random points drawn
 * @param pointsSkipped  points skipped because either side was undefined there (NaN or infinite)
 * @param error          for an invalid input, the message (starting with {@code col N:} when it has a
 *                       position; prefixed with {@code answer formula:} or {@code variables:} when the
 *                       card, not the typed text, is at fault); null otherwise
 */
public record Verdict(Result result, String hint, Map<String, Object> counterexample, int pointsTried,
                      int pointsSkipped, String error) {

    /** The three outcomes. */
    public enum Result {
        /** Equal at every point where both sides are defined. */
        ACCEPTED,
        /** Different at some point, or with a different shape, or undefined where the answer is not. */
        REJECTED,
        /** The typed text (or the card's formula) could not be parsed. */
        INVALID
    }

    /** Keeps the counterexample unmodifiable and never null. */
    public Verdict {
        counterexample = counterexample == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counterexample));
    }

    /** Whether the typed formula was accepted. */
    public boolean accepted() {
        return result == Result.ACCEPTED;
    }

    static Verdict invalid(String error) {
        return new Verdict(Result.INVALID, null, Map.of(), 0, 0, error);
    }
}
