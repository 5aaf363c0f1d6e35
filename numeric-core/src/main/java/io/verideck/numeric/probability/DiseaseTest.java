package io.verideck.numeric.probability;

import java.util.SplittableRandom;

/**
 * The lecture's screening example: a rare condition {@code S} with prior {@code P(S)}, a test with
 * sensitivity {@code P(+ | S)} and false-positive rate {@code P(+ | not S)}. Total probability gives
 * {@code P(+) = P(+|S) P(S) + P(+|not S)(1 - P(S))} and Bayes' rule
 * {@code P(S | +) = P(+|S) P(S) / P(+)}. Reference: Bishop, Pattern Recognition and Machine Learning
 * (2006), section 1.2.
 *
 * @param prior {@code P(S)}
 * @param sensitivity {@code P(+ | S)}
 * @param falsePositiveRate {@code P(+ | not S)}
 */
public record DiseaseTest(double prior, double sensitivity, double falsePositiveRate) {

    /** Counts from a simulated population. */
    public record Counts(long people, long positives, long sickPositives) {
        /** @return the observed {@code P(S | +)} */
        public double posterior() {
            return sickPositives / (double) positives;
        }
    }

    /** @return {@code P(+)} */
    public double positiveRate() {
        return sensitivity * prior + falsePositiveRate * (1 - prior);
    }

    /** @return {@code P(S | +)} */
    public double posterior() {
        return sensitivity * prior / positiveRate();
    }

    /**
     * Tests {@code people} simulated people, each sick with probability {@code P(S)} and then positive
     * with the matching rate.
     *
     * @param people population size
     * @param seed seed
     * @return the counts
     */
    public Counts simulate(long people, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long positives = 0;
        long sickPositives = 0;
        for (long i = 0; i < people; i++) {
            boolean sick = r.nextDouble() < prior;
            boolean positive = r.nextDouble() < (sick ? sensitivity : falsePositiveRate);
            if (positive) {
                positives++;
                if (sick) {
                    sickPositives++;
                }
            }
        }
        return new Counts(people, positives, sickPositives);
    }
}
