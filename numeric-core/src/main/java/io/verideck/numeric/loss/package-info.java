/**
 * Regression and classification losses (claims E1 to E7): mean squared and mean absolute error,
 * Huber, log-cosh, the quantile (pinball) loss, the hinge loss with the soft-margin SVM it defines,
 * and the 0-1 loss. Predictions {@code yhat} and targets {@code y} are arrays of the same shape
 * {@code [n]}; stacked predictions (for finite differences) are rows {@code [S, n]}; derivatives are
 * with respect to the prediction (or the residual {@code r = yhat - y} where stated) and are
 * subgradients at the kinks.
 */
package io.verideck.numeric.loss;
