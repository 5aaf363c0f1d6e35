/**
 * Monte Carlo methods (claims M4-M8): the plain estimator and its standard error, the estimate of
 * pi, importance sampling (plain and self-normalized, effective sample size), the naive Monte Carlo
 * log-likelihood of a latent variable model, and a Las Vegas algorithm (randomized quicksort) with its
 * Monte Carlo truncation. Every random quantity is an argument (samples drawn by the caller from a
 * seeded source), so every function here is deterministic and vectorised over the samples.
 */
package io.verideck.numeric.sampling;
