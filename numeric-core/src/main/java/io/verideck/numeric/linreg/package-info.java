/**
 * Linear regression (claims C2, C5, C9): the least-squares loss and its gradient, the normal
 * equation, ridge regression / weight decay, and the Gaussian log-likelihood whose maximizer is the
 * least-squares solution. A design matrix is {@code X [n, p]} (one example per row), targets are a
 * column {@code y [n, 1]}, coefficients a column {@code theta [p, 1]}; stacked coefficients are rows
 * {@code [S, p]}.
 */
package io.verideck.numeric.linreg;
