/**
 * Anki: the plain-text export ({@code #separator:}, {@code #html:}, {@code #tags column:} headers
 * and TSV rows) and {@code .apkg} packages (legacy {@code collection.anki2}/{@code collection.anki21}
 * and the zstd-compressed {@code collection.anki21b}), including the review log. Packages are
 * untrusted zip files: entry names with {@code ..}, absolute paths and decompression bombs are refused.
 */
package io.verideck.kb.imports.anki;
