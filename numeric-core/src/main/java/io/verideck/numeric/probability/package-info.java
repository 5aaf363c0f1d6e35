/**
 * Probability foundations (catalogue section A, claims A11 to A18): Bernoulli and multinoulli
 * distributions with their score, continuous densities (Gaussian, Laplace, exponential, uniform) and
 * the quadrature that checks they integrate to 1, the multivariate Gaussian with its score and
 * Cholesky sampler, joint tables with marginals, conditionals and Bayes' rule (and the lecture's
 * disease-test example), the chain rule over binary variables with its parameter counts, moments, and
 * the standard error of a mean.
 *
 * <p>All arrays are float64. Every random routine takes a seed and draws from a
 * {@link java.util.SplittableRandom}, so a result is reproducible bit for bit. Reference: Goodfellow,
 * Bengio and Courville, Deep Learning (2016), chapter 3.
 */
package io.verideck.numeric.probability;
