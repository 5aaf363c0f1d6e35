/**
 * Regularization by noise, ensembles and adversaries (claims I1 to I8): label smoothing, dropout
 * (masks, the weight-scaling rule, inverted dropout), the variance of an ensemble of correlated
 * models, early stopping compared with L2 regularization, and the fast gradient sign method with the
 * linear explanation of adversarial examples.
 *
 * <p>Expectations over dropout masks are computed exactly by enumerating all {@code 2^n} masks in one
 * batched op (mask matrix {@code [2^n, n]}, row probabilities {@code p^|mu| (1-p)^(n-|mu|)}), so the
 * statistical checks have an exact reference. Every random draw takes a seed. Reference: Goodfellow,
 * Bengio and Courville, <i>Deep Learning</i> (2016), chapter 7; Srivastava et al., "Dropout" (2014);
 * Goodfellow, Shlens and Szegedy, "Explaining and harnessing adversarial examples" (2015).
 */
package io.verideck.numeric.regularization;
