package io.verideck.verifier.refuted;

/**
 * The result of checking one §Z entry.
 *
 * @param claim the entry
 * @param outcome the outcome
 * @param tries inputs drawn (0 for entries that are not searched)
 * @param witness the counterexample (or, on {@code CORRECTION_FAILED}, the input where the correction
 *     failed; on {@code NOT_REFUTED}, the last input tried); null when not searched
 * @param trySeed the seed of the witness's try (0 when not searched)
 * @param millis wall time
 */
public record Refutation(RefutedClaim claim, Outcome outcome, int tries, Witness witness, long trySeed, long millis) {
}
