package io.verideck.verifier.report;

import io.verideck.verifier.refuted.Check;
import io.verideck.verifier.refuted.Comparison;
import io.verideck.verifier.refuted.Outcome;
import io.verideck.verifier.refuted.Refutation;
import io.verideck.verifier.refuted.Witness;
import java.util.List;
import java.util.Locale;

/** Renders refuted claims for a terminal: a block per entry and a summary line. */
public final class RefutedText {
    private static final String NL = System.lineSeparator();
    private static final String INDENT = "       ";

    private RefutedText() {
    }

    /**
     * @param r a result
     * @return its block
     */
    public static String block(Refutation r) {
        String label = switch (r.outcome()) {
            case REFUTED -> "REFUTED";
            case NOT_REFUTED -> "NOT REFUTED";
            case CORRECTION_FAILED -> "CORRECTION FAILED";
            case NO_NUMERIC_COUNTEREXAMPLE -> "NO NUMERIC";
            case OUT_OF_SCOPE -> "OUT OF SCOPE";
        };
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-17s %-5s %-8s %-22s %s", label, r.claim().id(), r.claim().claimId(),
                r.claim().type(), r.claim().location()));
        if (r.outcome() == Outcome.OUT_OF_SCOPE) {
            return b.toString();
        }
        b.append(NL).append(INDENT).append("wrong:     ").append(r.claim().wrong());
        b.append(NL).append(INDENT).append("corrected: ").append(r.claim().corrected());
        if (r.claim().check() instanceof Check.Verbal v) {
            b.append(NL).append(INDENT).append("no numeric counterexample: ").append(v.reason());
            return b.toString();
        }
        Witness w = r.witness();
        String what = r.outcome() == Outcome.REFUTED ? "counterexample" : r.outcome() == Outcome.CORRECTION_FAILED ? "correction failed on" : "last input tried";
        b.append(NL).append(INDENT).append(what).append(" (try ").append(r.tries()).append(", try seed ").append(r.trySeed()).append("):");
        w.inputs().forEach((k, v) -> b.append(NL).append(INDENT).append("  input ").append(k).append(" = ").append(v));
        for (Comparison c : w.wrong()) {
            b.append(NL).append(INDENT).append("  as written: ").append(c.describe());
        }
        for (Comparison c : w.corrected()) {
            b.append(NL).append(INDENT).append("  corrected:  ").append(c.describe());
        }
        if (r.outcome() == Outcome.REFUTED) {
            b.append(NL).append(INDENT).append("the corrected statement held on all ").append(r.tries()).append(" input(s) tried");
        }
        return b.toString();
    }

    /**
     * @param results every result
     * @param seed the run seed
     * @return the summary line
     */
    public static String summary(List<Refutation> results, long seed) {
        return String.format(Locale.ROOT,
                "%d §Z entries: %d refuted (correction held), %d not refuted, %d correction failed, %d with no numeric counterexample, %d out of scope (seed %d)",
                results.size(), count(results, Outcome.REFUTED), count(results, Outcome.NOT_REFUTED), count(results, Outcome.CORRECTION_FAILED),
                count(results, Outcome.NO_NUMERIC_COUNTEREXAMPLE), count(results, Outcome.OUT_OF_SCOPE), seed);
    }

    /** @return how many results have the outcome */
    public static long count(List<Refutation> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
