/**
 * Information measures (claims E10 to E12): entropy, cross-entropy and the Kullback-Leibler
 * divergence of discrete distributions (probability vectors {@code [K]}, or rows {@code [S, K]}), the
 * closed-form KL divergence of two univariate Gaussians, and the differential entropies of
 * distributions on {@code [0, infinity)} used to check that the exponential maximizes entropy at a
 * fixed mean. Natural logarithms throughout (nats).
 */
package io.verideck.numeric.information;
