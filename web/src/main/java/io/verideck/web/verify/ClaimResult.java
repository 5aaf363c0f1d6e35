package io.verideck.web.verify;

/**
 * The verifier's outcome for one claim.
 *
 * @param id          canonical claim id ({@code D8})
 * @param slug        the claim's slug, or null
 * @param statement   the claim as TeX, or null
 * @param status      {@code passed}, {@code failed} or {@code not-executable}
 * @param tries       how many random cases were checked
 * @param maxAbsError the largest absolute error seen, or NaN when not reported
 * @param maxRelError the largest relative error seen, or NaN when not reported
 * @param seed        the seed of the run, or null
 * @param millis      how long the check took
 * @param failure     what did not hold, when the claim failed (or null)
 * @param reproduce   the command that reproduces a failure (or null)
 */
public record ClaimResult(String id, String slug, String statement, String status, int tries,
                          double maxAbsError, double maxRelError, String seed, long millis,
                          String failure, String reproduce) {
    /** True when the claim was checked and held. */
    public boolean passed() {
        return "passed".equals(status);
    }
}
