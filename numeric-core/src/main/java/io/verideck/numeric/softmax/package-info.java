/**
 * Softmax, log-sum-exp and the cross-entropy losses (claims D6, D7, D8, E8, E9), and the bias-only
 * softmax whose maximum-likelihood fit reproduces the class frequencies (claim D9). Every reduction is
 * over the last axis, so the same code serves a single example {@code [K]}, a batch {@code [B, K]}
 * and a stack of perturbed batches {@code [S, B, K]}. The stable forms subtract the row maximum before
 * exponentiating, so logits of magnitude 1000 give finite results.
 */
package io.verideck.numeric.softmax;
