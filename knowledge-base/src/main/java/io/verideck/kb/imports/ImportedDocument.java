package io.verideck.kb.imports;

import io.verideck.kb.model.Lecture;
import java.util.List;

/**
 * What one importer read from one source.
 *
 * @param title    a title found in the source (used as the default deck name), or null
 * @param notes    question/answer pairs in source order
 * @param lectures lecture notes (slide imports only)
 * @param warnings problems worked around, with source lines
 * @param reviews  past reviews (Anki packages only)
 */
public record ImportedDocument(String title, List<Note> notes, List<Lecture> lectures,
                               List<ImportWarning> warnings, List<ReviewEntry> reviews) {
    public ImportedDocument {
        notes = List.copyOf(notes);
        lectures = List.copyOf(lectures);
        warnings = List.copyOf(warnings);
        reviews = List.copyOf(reviews);
    }

    public static ImportedDocument of(String title, List<Note> notes, List<ImportWarning> warnings) {
        return new ImportedDocument(title, notes, List.of(), warnings, List.of());
    }
}
