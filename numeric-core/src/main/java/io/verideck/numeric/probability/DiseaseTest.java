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
     * Tests {@code people} simulated people. Each person is one draw {@code u ~ U[0, 1)} mapped by the
     * inverse CDF of the four outcomes (sick and positive, sick and negative, healthy and positive,
     * healthy and negative), which is the same as drawing sickness first and then the test result.
     *
     * @param people population size
     * @param seed seed
     * @return the counts
     */
    public Counts simulate(long people, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double sickPositive = prior * sensitivity;
        double healthyPositiveEnd = prior + (1 - prior) * falsePositiveRate;
        long positives = 0;
        long sickPositives = 0;
        for (long i = 0; i < people; i++) {
            double u = r.nextDouble();
            if (u < sickPositive) {
                sickPositives++;
                positives++;
            } else if (u >= prior && u < healthyPositiveEnd) {
                positives++;
            }
        }
        return new Counts(people, positives, sickPositives);
    }
}
