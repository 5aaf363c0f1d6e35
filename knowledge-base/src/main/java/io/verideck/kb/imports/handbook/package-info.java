/**
 * Flattened Q&amp;A web pages such as the interview handbook (source 000): questions before an
 * expander marker, sections from the table of contents, and "doubled math" (a lossy Unicode
 * rendering glued to its TeX) repaired by {@link io.verideck.kb.imports.handbook.DoubledMath}.
 */
package io.verideck.kb.imports.handbook;
