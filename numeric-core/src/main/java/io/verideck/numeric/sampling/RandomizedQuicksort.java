package io.verideck.numeric.sampling;

import java.util.SplittableRandom;

/**
 * Randomized quicksort, a Las Vegas algorithm: the output is always sorted, the running time
 * (comparisons {@code T}) is random. Markov's inequality {@code P(T >= a) <= E[T] / a} bounds its tail,
 * so stopping after {@code k E[T]} comparisons turns it into a Monte Carlo algorithm that fails with
 * probability at most {@code 1/k}. Pivots come from the caller's seeded generator. Reference: Motwani
 * and Raghavan, <i>Randomized Algorithms</i> (1995), sections 1.1-1.2.
 */
public final class RandomizedQuicksort {
    private RandomizedQuicksort() {
    }

    /**
     * The outcome of one run.
     *
     * @param sorted the array (sorted when {@code finished})
     * @param comparisons comparisons made
     * @param finished false if the comparison budget ran out
     */
    public record Run(double[] sorted, long comparisons, boolean finished) {
    }

    /**
     * @param values the input (not modified)
     * @param random pivot source
     * @param budget stop after this many comparisons ({@code Long.MAX_VALUE}: never, the Las Vegas form)
     * @return the run
     */
    public static Run sort(double[] values, SplittableRandom random, long budget) {
        double[] a = values.clone();
        long[] count = {0};
        boolean done = sort(a, 0, a.length - 1, random, count, budget);
        return new Run(a, count[0], done);
    }

    private static boolean sort(double[] a, int lo, int hi, SplittableRandom random, long[] count, long budget) {
        if (lo >= hi) {
            return true;
        }
        int p = lo + random.nextInt(hi - lo + 1);
        double pivot = a[p];
        swap(a, p, hi);
        int store = lo;
        for (int i = lo; i < hi; i++) {
            if (++count[0] > budget) {
                return false;
            }
            if (a[i] < pivot) {
                swap(a, i, store++);
            }
        }
        swap(a, store, hi);
        return sort(a, lo, store - 1, random, count, budget) && sort(a, store + 1, hi, random, count, budget);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
