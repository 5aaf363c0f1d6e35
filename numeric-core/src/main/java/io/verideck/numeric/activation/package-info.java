/**
 * Activation functions and unit types with their hand-written derivatives (claims F1 to F9).
 *
 * <p>Every elementwise map takes an array of any shape and returns a new array of the same shape, so
 * one call evaluates a single point, a batch, or a stack of perturbed copies for a gradient check.
 * Functions with a kink (ReLU, leaky ReLU, hard tanh, maxout ties) return the one-sided derivative
 * stated in their javadoc at the kink; checks draw inputs away from it. Reference: Goodfellow, Bengio
 * and Courville, <i>Deep Learning</i> (2016), sections 3.10 and 6.3.
 */
package io.verideck.numeric.activation;
