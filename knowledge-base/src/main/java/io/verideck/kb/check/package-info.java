/** Validation of decks and lecture notes: every problem with its file and line. */
package io.verideck.kb.check;
