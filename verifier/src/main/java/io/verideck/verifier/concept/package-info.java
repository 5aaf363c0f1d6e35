/**
 * The concepts {@code verideck run} evaluates on a user's numbers: each reads a JSON object
 * (schemas in {@code docs/concepts.md}) and returns named outputs and gradients.
 */
package io.verideck.verifier.concept;
