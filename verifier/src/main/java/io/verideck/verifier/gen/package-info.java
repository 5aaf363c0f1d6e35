/**
 * Seeded generators with integrated shrinking.
 *
 * <h2>How shrinking works</h2>
 * A generator never touches a random number generator directly: it asks a {@link
 * io.verideck.verifier.gen.Source} for choices ({@code draw(bound)}), and the source records every
 * choice. A failing input is therefore fully described by its list of choices. The shrinker edits
 * that list (deletes runs of choices, sets one to zero, halves it) and replays the generator on the
 * edited list: a replay past the end of the list reads zeros. Because every generator maps smaller
 * choices to smaller shapes and simpler values (a dimension drawn as {@code lo + choice}, a double
 * whose zero choice is 0 or the range's nearest end), shrinking the list shrinks the value, and it
 * does so through {@code map}, {@code filter} and {@code flatMap} without any per-type shrinker. This
 * is the approach of Hypothesis (MacIver et al.).
 */
package io.verideck.verifier.gen;
