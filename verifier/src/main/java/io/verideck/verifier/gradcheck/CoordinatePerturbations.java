package io.verideck.verifier.gradcheck;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An optional, faster way for a {@link Differentiable}'s stacked evaluation to compute the points the
 * full-Jacobian check needs: each of them differs from the base point in one coordinate only.
 *
 * <p>A function opts in by making its {@link Differentiable#stacked()} function implement this
 * interface as well. {@link GradientChecker} then calls {@link #perturbed} instead of building the
 * {@code 2c} perturbed rows; the values must equal what the stacked evaluation returns on those rows
 * (up to rounding), because the checker takes central differences of them exactly as it does on the
 * generic path. An implementation may exploit the structure (a weight of layer {@code l} changes only
 * one column of layer {@code l}'s pre-activation, so the layers below are computed once) but must not
 * use the analytic derivative under test.
 */
public interface CoordinatePerturbations {
    /**
     * Evaluates the function at {@code c} points moved up and {@code c} points moved down.
     *
     * @param point the base point {@code x [n]}
     * @param start the first coordinate moved
     * @param plus {@code plus[j]}: the value that coordinate {@code start + j} takes in row {@code j}
     * @param minus {@code minus[j]}: the value it takes in row {@code c + j}
     * @return {@code [2c, k]}: row {@code j} is {@code f(x with x[start+j] = plus[j])}, row {@code c + j}
     *         is {@code f(x with x[start+j] = minus[j])}
     */
    INDArray perturbed(double[] point, int start, double[] plus, double[] minus);
}
