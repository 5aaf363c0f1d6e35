/**
 * Writing cards and lecture notes back to Verideck's Markdown format (docs/card-format.md), always
 * through a temporary file in the target directory that is then moved into place atomically, so a
 * crash or a bad input never leaves a half-written deck.
 */
package io.verideck.kb.write;
