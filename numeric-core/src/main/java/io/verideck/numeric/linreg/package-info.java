/**
 * Linear regression and maximum likelihood (claims C1 to C12): the least-squares loss and its
 * gradient, the normal equation, simple regression and its inference statistics, dummy coding and
 * interactions, ridge regression / weight decay, the lasso, input-noise injection, the Gaussian
 * log-likelihood whose maximizer is the least-squares solution, and the Gaussian, Bernoulli and
 * non-identifiable likelihoods used to check MLE properties. A design matrix is {@code X [n, p]} (one example per row), targets are a
 * column {@code y [n, 1]}, coefficients a column {@code theta [p, 1]}; stacked coefficients are rows
 * {@code [S, p]}.
 */
package io.verideck.numeric.linreg;
