package io.verideck.numeric.evaluation;

import java.util.SplittableRandom;

/**
 * The bootstrap: {@code n} indices drawn with replacement from {@code 0..n-1}. An index is left out
 * (out of bag) with probability {@code (1 - 1/n)^n -> e^{-1} ~ 0.368}, and a sample has at least one
 * duplicate with probability {@code 1 - n!/n^n}. Reference: Efron and Tibshirani, An Introduction to
 * the Bootstrap (1993); James et al. (2013), section 8.2.1.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * @param n size
     * @param random the stream to draw from
     * @return {@code n} indices in {@code [0, n)}, with replacement
     */
    public static int[] sample(int n, SplittableRandom random) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextInt(n);
        }
        return s;
    }

    /**
     * @param sample a bootstrap sample of {@code 0..n-1}
     * @param n size of the original set
     * @return the fraction of {@code 0..n-1} not in the sample
     */
    public static double outOfBagFraction(int[] sample, int n) {
        boolean[] seen = new boolean[n];
        int distinct = 0;
        for (int i : sample) {
            if (!seen[i]) {
                seen[i] = true;
                distinct++;
            }
        }
        return (n - distinct) / (double) n;
    }

    /**
     * @param n size
     * @return {@code (1 - 1/n)^n}
     */
    public static double expectedOutOfBagFraction(int n) {
        return Math.pow(1 - 1.0 / n, n);
    }

    /**
     * @param n size
     * @return {@code 1 - n!/n^n}
     */
    public static double duplicateProbability(int n) {
        double allDistinct = 1;
        for (int i = 0; i < n; i++) {
            allDistinct *= (n - i) / (double) n;
        }
        return 1 - allDistinct;
    }
}
