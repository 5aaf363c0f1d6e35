/**
 * Automatic differentiation in miniature (claims G4 to G13): a scalar algebra interface with a
 * forward-mode implementation (dual numbers) and a reverse-mode one (a tape), vector-Jacobian and
 * Jacobian-vector products of a small vector map, the matrix-calculus identities for bilinear and
 * quadratic forms, gradient products along deep chains, and the counting constructions (Boolean
 * lookup networks, folded tent maps) behind the expressiveness claims.
 *
 * <p>The scalar engines are plain Java doubles on purpose: they show the mechanism of the chain rule
 * (one tangent per pass forward, one adjoint sweep backward), not a fast implementation. Reference:
 * Baydin et al., "Automatic differentiation in machine learning: a survey" (2018); Goodfellow et al.,
 * <i>Deep Learning</i>, section 6.5.
 */
package io.verideck.numeric.autodiff;
