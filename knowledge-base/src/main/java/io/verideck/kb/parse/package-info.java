/**
 * Reading decks and lecture notes from Markdown. Cards are split on {@code ##} headings by a
 * line scanner that knows about fenced code and display math (so line numbers are exact); front matter
 * is read with commonmark's YAML front-matter extension. commonmark types never leave this package.
 */
package io.verideck.kb.parse;
