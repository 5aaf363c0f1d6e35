package io.verideck.kb.imports;

import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import java.util.List;

/**
 * One imported source, ready to be written.
 *
 * @param source   the source file as the user named it
 * @param format   the format it was read as
 * @param decks    decks of cards with stable ids (file names are not chosen yet)
 * @param lectures lecture notes (slide imports)
 * @param warnings everything worked around, with source lines
 * @param reviews  past reviews, with {@link ReviewEntry#noteKey()} already mapped to card ids
 */
public record ImportResult(String source, SourceFormat format, List<Deck> decks, List<Lecture> lectures,
                           List<ImportWarning> warnings, List<ReviewEntry> reviews) {
    public ImportResult {
        decks = List.copyOf(decks);
        lectures = List.copyOf(lectures);
        warnings = List.copyOf(warnings);
        reviews = List.copyOf(reviews);
    }

    /** Number of cards over all decks. */
    public int cardCount() {
        return decks.stream().mapToInt(d -> d.cards().size()).sum();
    }

    /** Number of lecture sections over all lectures. */
    public int sectionCount() {
        return lectures.stream().mapToInt(l -> l.sections().size()).sum();
    }
}
