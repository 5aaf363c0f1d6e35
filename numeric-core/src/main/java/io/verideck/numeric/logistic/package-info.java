/**
 * Logistic regression and sigmoid outputs (claims D1 to D5 and D10): the logistic sigmoid and its
 * inverse the logit, softplus, the Bernoulli negative log-likelihood of a linear model with its
 * gradient and Hessian, the sigmoid as a two-class softmax, the BCE in softplus form, and why squared
 * error on a sigmoid or softmax output is non-convex and saturates. Every function is elementwise on
 * arrays of any shape unless its javadoc gives shapes; design matrices are {@code X [n, p]} with
 * labels {@code y [n, 1]} in {0, 1} and weights {@code theta [p, 1]}, stacked weights {@code [S, p]}.
 * The stable forms never exponentiate a positive number, so logits of magnitude 1000 stay finite.
 */
package io.verideck.numeric.logistic;
