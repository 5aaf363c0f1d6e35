package io.verideck.cli.review;

import java.util.Map;

/**
 * A stand-in for the verifier's {@code FormulaJudge} with the same contract (loaded by name, as the real
 * one is): formulas equal once spaces are removed are accepted, {@code ?} cannot be read, anything else
 * is rejected at z = 1.
 */
public final class StandInJudge {
    private StandInJudge() {
    }

    /** The judge's results. */
    public enum Result { ACCEPTED, REJECTED, INVALID }

    /** The judge's verdict. */
    public record Verdict(Result result, String hint, Map<String, Object> counterexample, String error) {
        public boolean accepted() {
            return result == Result.ACCEPTED;
        }
    }

    public static Verdict judge(String reference, String variables, String typed, long seed) {
        if (typed.contains("?")) return new Verdict(Result.INVALID, null, Map.of(), "col 1: unexpected '?'");
        boolean ok = reference.replace(" ", "").equals(typed.replace(" ", ""));
        return ok ? new Verdict(Result.ACCEPTED, null, Map.of(), null)
                : new Verdict(Result.REJECTED, "off by a sign", Map.of("z", 1.0), null);
    }
}
