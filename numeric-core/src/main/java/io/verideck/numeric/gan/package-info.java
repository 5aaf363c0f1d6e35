/**
 * The GAN objective on discrete distributions (claims M14, M15, M16): the value function, the
 * optimal discriminator, the Jensen-Shannon identity, and the saturating and non-saturating
 * generator losses as functions of the discriminator's logit.
 */
package io.verideck.numeric.gan;
