/**
 * Pieces of the variational autoencoder (claims M11, M12, M13): the reparameterized Gaussian sample,
 * the closed-form KL divergence to a standard normal, and the evidence lower bound of a
 * linear-Gaussian latent model, where {@code log p(x)} is exact and the bound can be compared with it.
 * Random draws are never made here: the caller passes the standard-normal noise {@code eps}, drawn
 * from a seeded generator.
 */
package io.verideck.numeric.vae;
