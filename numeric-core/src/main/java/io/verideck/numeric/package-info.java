/**
 * Float64 ND4J implementations of the course's concepts: each class states its equation, its array
 * shapes and its reference, and writes the forward pass and the analytic gradient out by hand (the
 * gradient is the claim the verifier checks).
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Every array is {@code DataType.DOUBLE}; {@link io.verideck.numeric.NumericBackend#load()}
 *       sets that default and reports a missing native library as one
 *       {@link io.verideck.numeric.BackendUnavailableException}.</li>
 *   <li>Examples are rows: a batch of inputs is {@code [B, n]} and a layer computes
 *       {@code H W + b} with {@code W} of shape {@code [n_in, n_out]}.</li>
 *   <li><b>Stacked evaluation.</b> The finite-difference checker evaluates hundreds of perturbed
 *       copies of the parameters at once. Forward passes whose name ends in {@code Stacked} therefore
 *       take every perturbable tensor with one extra leading axis {@code S} (weights {@code [S, n, m]},
 *       biases {@code [S, m]}, inputs {@code [S, B, n]}) and return one value per copy. They are
 *       written with a handful of large ND4J ops ({@link io.verideck.numeric.Stacked}), never with a
 *       loop over copies. The plain forward methods are the {@code S = 1} case.</li>
 *   <li>Nothing here draws random numbers without a seed given by the caller.</li>
 * </ul>
 */
package io.verideck.numeric;
