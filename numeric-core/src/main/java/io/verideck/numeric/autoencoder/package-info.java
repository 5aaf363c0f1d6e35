/**
 * Autoencoders and PCA (claims L1 to L8): the one-hidden-layer autoencoder
 * {@code h = f(W x + b)}, {@code x' = g(V h + c)} with its hand-written backward pass, full-batch
 * gradient-descent training with optional code penalties (Laplace/L1 sparsity, contractive), the KL
 * sparsity penalty, denoising corruptions, and PCA by eigendecomposition and by SVD. Examples are the
 * rows of {@code X [n, d]}; the code is {@code H [n, p]}. The shapes are small, so the arithmetic is
 * written as loops over {@code double[][]} (training runs thousands of steps, far too many for one
 * ND4J call per operation); ND4J serves as the independent oracle in the claims. Goodfellow et al.,
 * <i>Deep Learning</i>, chapter 14.
 */
package io.verideck.numeric.autoencoder;
