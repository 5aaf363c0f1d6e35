package io.verideck.verifier.report;

import java.util.Locale;

/** Renders results for a terminal: one line per claim, failures in full, a summary line. */
public final class ReportText {
    private ReportText() {
    }

    /**
     * @param c a result
     * @return its line (and the failure's lines)
     */
    public static String line(ClaimResult c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s %-4s %-28s tries %4d  max abs %.1e  max rel %.1e  %5d ms",
                c.status() == Status.PASSED ? "PASS" : c.status() == Status.FAILED ? "FAIL" : "SKIP", c.id(), c.slug(),
                c.tries(), c.maxAbsError(), c.maxRelError(), c.millis()));
        if (c.failure() != null) {
            Failure f = c.failure();
            b.append(System.lineSeparator()).append("       property: ").append(f.property());
            b.append(System.lineSeparator()).append("       ").append(f.message());
            f.input().forEach((k, v) -> b.append(System.lineSeparator()).append("       input ").append(k).append(" = ").append(v));
            b.append(System.lineSeparator()).append("       shrunk in ").append(f.shrinkSteps()).append(" steps; try seed ")
                    .append(f.trySeed());
            b.append(System.lineSeparator()).append("       reproduce: ").append(f.reproduce());
        }
        return b.toString();
    }

    /**
     * @param r the report
     * @return the summary line
     */
    public static String summary(VerificationReport r) {
        return String.format(Locale.ROOT, "%d claims: %d passed, %d failed, %d not executable (seed %d, %d tries, %d ms)",
                r.claims().size(), r.count(Status.PASSED), r.count(Status.FAILED), r.count(Status.NOT_EXECUTABLE),
                r.seed(), r.tries(), r.millis());
    }
}
