package io.verideck.verifier.report;

import io.verideck.verifier.refuted.Refutation;
import java.time.Instant;
import java.util.List;

/**
 * A whole {@code verify} run.
 *
 * @param generated when it finished
 * @param seed run seed
 * @param tries tries per randomized property
 * @param claims per-claim results, catalogue order
 * @param refuted the §Z mistakes checked in the same run, in order (empty when not run)
 * @param coverage the catalogue coverage, or null when not computed
 */
public record VerificationReport(Instant generated, long seed, int tries, List<ClaimResult> claims, List<Refutation> refuted,
        Coverage coverage) {
    /** Format version of the JSON form. */
    public static final int VERSION = 1;

    /**
     * @param generated time
     * @param seed seed
     * @param tries tries
     * @param claims results
     * @param refuted refuted mistakes
     * @param coverage coverage or null
     */
    public VerificationReport {
        claims = List.copyOf(claims);
        refuted = List.copyOf(refuted);
    }

    /**
     * A report of claims only.
     *
     * @param generated time
     * @param seed seed
     * @param tries tries
     * @param claims results
     */
    public VerificationReport(Instant generated, long seed, int tries, List<ClaimResult> claims) {
        this(generated, seed, tries, claims, List.of(), null);
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
