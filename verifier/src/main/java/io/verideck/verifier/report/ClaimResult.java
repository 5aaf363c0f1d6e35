package io.verideck.verifier.report;

/**
 * Result of running one claim.
 *
 * @param id claim id
 * @param slug claim slug
 * @param statement one-line TeX
 * @param status outcome
 * @param tries tries run (summed over the claim's properties, discards excluded)
 * @param discarded tries discarded by filters
 * @param maxAbsError largest absolute error of any comparison
 * @param maxRelError largest relative error of any comparison
 * @param seed the run seed (the claim's tries derive their seeds from it)
 * @param millis wall time
 * @param failure the shrunk failure, or null
 */
public record ClaimResult(String id, String slug, String statement, Status status, int tries, int discarded,
        double maxAbsError, double maxRelError, long seed, long millis, Failure failure) {
}
