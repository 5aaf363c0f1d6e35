/**
 * Pooling (claims H13 to H15): max, average and {@code L^2} pooling over square windows of NCHW
 * feature maps, 1-D max pooling of detector rows, and global average pooling, each with its
 * hand-written backward pass. Pooling acts on every channel separately. Goodfellow et al. section 9.3.
 */
package io.verideck.numeric.pooling;
