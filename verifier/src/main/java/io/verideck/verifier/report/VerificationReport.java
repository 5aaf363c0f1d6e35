package io.verideck.verifier.report;

import java.time.Instant;
import java.util.List;

/**
 * A whole {@code verify} run.
 *
 * @param generated when it finished
 * @param seed run seed
 * @param tries tries per randomized property
 * @param claims per-claim results, catalogue order
 */
public record VerificationReport(Instant generated, long seed, int tries, List<ClaimResult> claims) {
    /** Format version of the JSON form. */
    public static final int VERSION = 1;

    /**
     * @param generated time
     * @param seed seed
     * @param tries tries
     * @param claims results
     */
    public VerificationReport {
        claims = List.copyOf(claims);
    }

    /** @return number of claims with the given status */
    public long count(Status status) {
        return claims.stream().filter(c -> c.status() == status).count();
    }

    /** @return total wall time in milliseconds */
    public long millis() {
        return claims.stream().mapToLong(ClaimResult::millis).sum();
    }
}
