/**
 * Probabilistic graphical and generative models (claims M1-M3, M9, M10, M17-M19): Bayesian networks
 * over binary variables, undirected models and energies, the Ising model's log-partition gradient,
 * naive Bayes, the linear-Gaussian latent model's likelihood and sampling, GAN training on a 1-D
 * problem, two-sample tests, and the restricted Boltzmann machine. Exact quantities come from
 * enumeration, which is the oracle for the sampling-based ones.
 */
package io.verideck.numeric.generative;
