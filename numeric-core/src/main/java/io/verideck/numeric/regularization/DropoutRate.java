package io.verideck.numeric.regularization;

/**
 * The dropout rate, stated once without ambiguity: the lecture parameterizes by the keep probability
 * p ({@code mu ~ Bernoulli(p)}), the flashcards by the drop probability {@code 1 - p}. Both factories
 * give the same value: {@code ofDrop(0.2).equals(ofKeep(0.8))}.
 *
 * @param keep the probability that a unit is kept, in (0, 1]
 */
public record DropoutRate(double keep) {
    /** @param keep keep probability */
    public DropoutRate {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("keep probability must be in (0, 1]: " + keep);
        }
    }

    /** @param p keep probability @return the rate */
    public static DropoutRate ofKeep(double p) {
        return new DropoutRate(p);
    }

    /** @param q drop probability @return the rate with keep {@code 1 - q} (rounded to 1e-12 so 0.2 and 0.8 meet) */
    public static DropoutRate ofDrop(double q) {
        return new DropoutRate(Math.round((1 - q) * 1e12) / 1e12);
    }

    /** @return the drop probability {@code 1 - keep} */
    public double drop() {
        return 1 - keep;
    }
}
