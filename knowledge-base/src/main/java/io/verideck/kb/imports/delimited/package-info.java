/**
 * Delimited exports: Quizlet (term and definition separated by a tab, comma or custom string; rows
 * by new lines, semicolons or blank lines), generic two-column CSV with RFC 4180 quoting, and the
 * shared record reader the Anki text importer uses.
 */
package io.verideck.kb.imports.delimited;
