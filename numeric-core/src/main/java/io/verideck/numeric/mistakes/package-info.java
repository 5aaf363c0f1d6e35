/**
 * Small plain-double implementations of the formulas that the sources state wrongly, next to the
 * correct version, so the verifier's refuted claims ({@code io.verideck.verifier.refuted}) can search
 * for a counterexample to the wrong one and check the correction on the same input. Methods named
 * {@code ...AsWritten} implement a source's statement literally; every other method is the standard
 * formula. No ND4J here: these are scalar or tiny-array formulas, and keeping them plain makes the
 * wrong and the right version easy to read side by side. Random routines take a seeded
 * {@link java.util.random.RandomGenerator}.
 */
package io.verideck.numeric.mistakes;
