/**
 * Refuted claims: every mathematical mistake of the sources (§Z of the catalogue, types FORMULA, SIGN,
 * INDEX, ARITH and CONCEPT) as the wrong statement implemented literally, a seeded search that finds a
 * concrete counterexample to it, and the corrected statement checked on the same inputs.
 *
 * <p>A {@link io.verideck.verifier.refuted.RefutedClaim} carries its {@link io.verideck.verifier.refuted.Check}:
 * a {@link io.verideck.verifier.refuted.Check.Search} draws inputs from a {@link io.verideck.verifier.gen.Source}
 * and returns a {@link io.verideck.verifier.refuted.Witness}, that is the inputs and two lists of
 * {@link io.verideck.verifier.refuted.Comparison}s: what the wrong statement asserts and what the
 * corrected statement asserts. The {@link io.verideck.verifier.refuted.RefutationRunner} stops at the
 * first input on which some wrong comparison fails (the counterexample) and requires every corrected
 * comparison to hold on every input it tried. A mistake that is about one specific number uses a search
 * of one try that ignores the source. Entries whose statement is about words only carry a
 * {@link io.verideck.verifier.refuted.Check.Verbal} with the reason; GARBLED, MISSING and CODE entries
 * carry {@link io.verideck.verifier.refuted.Check.OutOfScope}. {@link io.verideck.verifier.refuted.Mistakes}
 * lists all 90 entries in order.
 */
package io.verideck.verifier.refuted;
