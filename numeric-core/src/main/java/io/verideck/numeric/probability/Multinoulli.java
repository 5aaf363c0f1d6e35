package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The multinoulli (categorical) distribution over {@code k} states, parameterized as in the lecture
 * by {@code p in [0, 1]^(k-1)} with the last probability {@code p_k = 1 - 1^T p}. Reference:
 * Goodfellow et al. (2016), section 3.9.2.
 *
 * @param probabilities all {@code k} probabilities {@code [k]}, non-negative, summing to 1
 */
public record Multinoulli(INDArray probabilities) {

    /**
     * @param free the first {@code k - 1} probabilities
     * @return the distribution
     * @throws IllegalArgumentException when an entry is outside {@code [0, 1]} or {@code 1^T p > 1}
     */
    public static Multinoulli ofFree(double... free) {
        double sum = 0;
        for (double p : free) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability outside [0, 1]: " + p);
            }
            sum += p;
        }
        if (sum > 1 + 1e-12) {
            throw new IllegalArgumentException("the free probabilities sum to " + sum + " > 1");
        }
        double[] all = java.util.Arrays.copyOf(free, free.length + 1);
        all[free.length] = Math.max(0, 1 - sum);
        return new Multinoulli(Nd4j.createFromArray(all));
    }

    /**
     * @param state zero-based state
     * @return its probability
     */
    public double pmf(int state) {
        return probabilities.getDouble(state);
    }
}
