/**
 * The claims of issue 4, grouped by concept: each group class builds the {@link
 * io.verideck.verifier.claim.Claim}s of one numeric-core package with the properties their entries
 * in {@code math-claims.md} list.
 */
package io.verideck.verifier.claims;
