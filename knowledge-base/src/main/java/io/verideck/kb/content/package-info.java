/**
 * Where content comes from: the built-in decks and lectures packaged in the {@code content} module,
 * and a user's decks directory. Also the closed vocabularies that card fields are checked against.
 */
package io.verideck.kb.content;
