/**
 * Multilayer perceptrons of any depth with hand-written backpropagation (claims G1, G2, G3).
 *
 * <p>Layer {@code l} computes {@code A_l = H_{l-1} W_l + b_l}, {@code H_l = g_l(A_l)} with
 * {@code W_l [n_{l-1}, n_l]} and examples as rows. Backpropagation runs the recursion
 * {@code Delta_L = dL/dH_L * g_L'(A_L)}, {@code Delta_l = (Delta_{l+1} W_{l+1}^T) * g_l'(A_l)},
 * {@code dL/dW_l = H_{l-1}^T Delta_l}, {@code dL/db_l = sum over rows of Delta_l}: the row-major
 * transpose of the column-vector recursion {@code delta_l = (W_{l+1} delta_{l+1}) * g'(a_l)} on the
 * course slides.
 *
 * <p>Also the single-layer pieces around them: affine composition and superposition
 * ({@link io.verideck.numeric.mlp.AffineComposition}, claim F10), the perceptron learning rule
 * ({@link io.verideck.numeric.mlp.Perceptron}, F11) and the weight-space symmetries of hidden units
 * ({@link io.verideck.numeric.mlp.HiddenUnitSymmetry}, G14).
 */
package io.verideck.numeric.mlp;
