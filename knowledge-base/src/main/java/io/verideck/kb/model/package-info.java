/**
 * The content model: cards, decks, lecture notes and where each came from. Plain records, no
 * parser types; everything else in Verideck (review, exam, site, importers) speaks this model.
 */
package io.verideck.kb.model;
