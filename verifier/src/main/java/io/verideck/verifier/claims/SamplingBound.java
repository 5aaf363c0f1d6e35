package io.verideck.verifier.claims;

import io.verideck.verifier.property.Trial;

/**
 * The catalogue's statistical-test criterion (ST): an estimate from a fixed-seed sample passes when it
 * lies within five standard errors of the truth.
 */
final class SamplingBound {
    private static final double STANDARD_ERRORS = 5;

    private SamplingBound() {
    }

    /**
     * @param t the trial (records the error, fails the property on a miss)
     * @param label what is estimated
     * @param estimate the sample estimate
     * @param truth the exact value
     * @param standardError the estimate's standard error, positive
     */
    static void require(Trial t, String label, double estimate, double truth, double standardError) {
        t.record(estimate, truth);
        double bound = STANDARD_ERRORS * standardError;
        t.require(Math.abs(estimate - truth) <= bound, String.format("%s: estimate %.6g vs truth %.6g, |diff| %.3g > 5 SE = %.3g",
                label, estimate, truth, Math.abs(estimate - truth), bound));
    }
}
