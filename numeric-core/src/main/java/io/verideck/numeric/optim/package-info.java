/**
 * Optimization (catalogue section J): gradient descent on test functions (quadratics, log-sum-exp),
 * minibatch gradients, learning-rate schedules, the update rules of momentum, Nesterov momentum,
 * AdaGrad, RMSProp and Adam, gradient clipping, saddle points, matrix powers and the logistic surrogate
 * loss. Parameters and gradients are columns {@code [n, 1]} or flat vectors; an update rule treats them
 * elementwise, so a vector of {@code S} independent scalar problems is also a valid input. Nothing here
 * draws random numbers: the caller passes seeded samples.
 */
package io.verideck.numeric.optim;
