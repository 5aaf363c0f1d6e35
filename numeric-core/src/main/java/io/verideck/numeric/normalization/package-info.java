/**
 * Batch normalization (catalogue J12, J13): the forward pass over a minibatch {@code H [m, d]} (one
 * example per row, statistics per column), its hand-written backward pass, running statistics for
 * evaluation, the per-channel 2-D variant over {@code [N, C, H, W]}, and the deep scalar linear chain
 * that motivates normalization.
 */
package io.verideck.numeric.normalization;
