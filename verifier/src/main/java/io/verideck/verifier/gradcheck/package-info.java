/**
 * Finite-difference gradient checking in float64.
 *
 * <p>Numeric derivative: central differences {@code (f(x + h e_i) - f(x - h e_i)) / 2h} with the
 * scaled step {@code h_i = 1e-6 max(1, |x_i|)}. Criterion (torch-style, {@link
 * io.verideck.verifier.gradcheck.Tolerance}): an entry passes if {@code |analytic - numeric| <= atol +
 * rtol |numeric|}; defaults {@code atol = 1e-5}, {@code rtol = 1e-3} as in
 * {@code torch.autograd.gradcheck}; claims use tighter values where the math allows. The reported
 * relative error is {@code |a - n| / max(1e-8, |a|, |n|)}.
 *
 * <p>Two modes. {@link io.verideck.verifier.gradcheck.GradientChecker.Mode#FULL_JACOBIAN} builds all
 * {@code 2n} perturbed inputs as rows of one matrix and evaluates them with one stacked call of the
 * function (a few large ND4J ops, in chunks bounded by memory), then compares the whole Jacobian.
 * {@link io.verideck.verifier.gradcheck.GradientChecker.Mode#RANDOM_DIRECTION} compares the
 * directional derivative along one seeded random unit direction: two evaluations whatever {@code n}.
 *
 * <p>A function whose one-coordinate moves are cheap to evaluate (a network, where a weight of layer
 * {@code l} changes only one column of that layer's pre-activation) may also implement {@link
 * io.verideck.verifier.gradcheck.CoordinatePerturbations} on its stacked function; the full mode then
 * asks it for the {@code 2n} values instead of building the {@code 2n x n} rows. Everything else
 * (steps, central differences, criterion, report) is the same on both paths.
 */
package io.verideck.verifier.gradcheck;
