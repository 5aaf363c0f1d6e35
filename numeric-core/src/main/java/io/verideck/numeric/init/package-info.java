/**
 * Weight initialization (catalogue J10, J11): the scaled uniform and Glorot initializers, the output
 * bias set to the logit of the label marginal, and a two-layer network used to show that identical
 * incoming weights stay identical under gradient descent. Random draws are never made here: the
 * caller passes seeded uniform samples.
 */
package io.verideck.numeric.init;
