/**
 * Exporters: Anki packages ({@code .apkg}, legacy schema 11, one Anki deck per Verideck deck, math in
 * Anki's {@code \(..\)} and {@code \[..\]} delimiters), Anki's plain-text format, and one printable
 * HTML or Markdown file per deck. Our own Markdown format is written by {@link io.verideck.kb.write.DeckWriter}.
 */
package io.verideck.kb.export;
