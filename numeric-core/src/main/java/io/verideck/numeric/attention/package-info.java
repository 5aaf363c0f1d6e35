/**
 * Attention and embeddings (claims K13, K15): dot-product attention weights and the context vector
 * with their Jacobians written out, and the embedding lookup as a one-hot product with its sparse
 * gradient.
 */
package io.verideck.numeric.attention;
