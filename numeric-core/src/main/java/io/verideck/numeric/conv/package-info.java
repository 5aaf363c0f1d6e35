/**
 * Convolution as used in convolutional networks (claims H1 to H12 and H16).
 *
 * <p>Conventions. Deep-learning libraries call <em>cross-correlation</em>
 * {@code S(i,j) = sum_{m,n} I(i+m, j+n) K(m,n)} a convolution; the true convolution flips the kernel,
 * {@code (I*K)(i,j) = sum_{m,n} I(m,n) K(i-m, j-n)}. {@link io.verideck.numeric.conv.Conv2d} is the
 * cross-correlation of NCHW images {@code [B, C, H, W]} with kernels {@code [O, C/g, F_h, F_w]} at a
 * {@link io.verideck.numeric.conv.ConvSpec} (stride, zero padding, groups), with its hand-written
 * backward pass; {@link io.verideck.numeric.conv.Conv1d} holds the 1-D signal forms (full, valid,
 * circular, FFT, Toeplitz and circulant matrices). Small shapes are the use case, so the definitions
 * are written as loops over {@code double[]} (one ND4J call in, one out), and
 * {@link io.verideck.numeric.conv.Im2col} gives the one-matrix-product form. Reference: Goodfellow,
 * Bengio and Courville, <i>Deep Learning</i>, chapter 9.
 */
package io.verideck.numeric.conv;
