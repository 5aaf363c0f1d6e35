/**
 * Claims as data: a {@link io.verideck.verifier.claim.Claim} has the id and slug of
 * {@code math-claims.md} (and {@code content/claims.tsv}), a one-line TeX statement, the
 * implementation it exercises and its properties; the {@link io.verideck.verifier.claim.Catalogue}
 * lists them and resolves the names cards use, failing loudly on an unknown one.
 */
package io.verideck.verifier.claim;
