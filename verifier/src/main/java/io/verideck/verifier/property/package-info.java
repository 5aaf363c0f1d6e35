/**
 * Running properties: a {@link io.verideck.verifier.property.Trial} is one try of one property (it
 * draws named inputs from a {@link io.verideck.verifier.gen.Source} and records the errors of every
 * comparison); the {@link io.verideck.verifier.property.PropertyRunner} runs a claim's properties for
 * the requested number of tries with derived seeds, shrinks the first failure with the
 * {@link io.verideck.verifier.property.Shrinker}, and returns a
 * {@link io.verideck.verifier.report.ClaimResult}.
 */
package io.verideck.verifier.property;
