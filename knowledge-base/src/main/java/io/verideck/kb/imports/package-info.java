/**
 * Importers: turn a student's own material (Markdown or HTML Q&amp;A notes, flattened handbook pages,
 * flashcard dumps, exam Q&amp;A documents, lecture slide text, Anki text exports and packages, Quizlet
 * and other delimited exports) into Verideck {@link io.verideck.kb.model.Card}s and
 * {@link io.verideck.kb.model.Lecture}s.
 *
 * <p>{@link io.verideck.kb.imports.Import} is the entry point: it decodes the bytes
 * ({@link io.verideck.kb.imports.SourceText}), recognises the format by content
 * ({@link io.verideck.kb.imports.FormatDetector}), runs one {@link io.verideck.kb.imports.Importer}
 * and turns its {@link io.verideck.kb.imports.Note}s into cards with stable ids
 * ({@link io.verideck.kb.imports.CardIds}). Imported text is untrusted: every importer passes it
 * through {@link io.verideck.kb.imports.SafeMarkdown}, so no raw HTML, script or {@code javascript:}
 * URL reaches the card files. Bad input raises an {@link io.verideck.kb.imports.ImportException}
 * naming the file and line; nothing is written by this package.
 */
package io.verideck.kb.imports;
