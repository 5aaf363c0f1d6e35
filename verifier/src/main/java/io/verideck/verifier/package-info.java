/**
 * The verifier: a catalogue of checkable claims ({@link io.verideck.verifier.claim}), a seeded
 * property engine with shrinking ({@link io.verideck.verifier.gen}, {@link
 * io.verideck.verifier.property}), a finite-difference gradient checker ({@link
 * io.verideck.verifier.gradcheck}), the verification report ({@link io.verideck.verifier.report}) and
 * the {@code verify} and {@code run} commands ({@link io.verideck.verifier.cli}).
 */
package io.verideck.verifier;
