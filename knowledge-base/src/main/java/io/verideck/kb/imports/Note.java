package io.verideck.kb.imports;

import java.util.List;

/**
 * One question/answer pair as an importer found it, before it becomes a card.
 *
 * @param question   the question, inline Markdown with {@code $...$} TeX
 * @param answer     the answer, Markdown (may be empty when the source has none)
 * @param line       1-based source line of the question
 * @param tags       tags (free text; slugged when the card is made)
 * @param deck       the deck this note belongs to, or null for the import's default deck
 * @param incomplete true when the answer is empty, cut off, a placeholder or points at a lost image
 * @param draft      true for machine-made candidates (slides) a person has to check
 * @param key        the source's own identity for the note (an Anki guid), or null
 * @param lecture    a lecture reference such as {@code 7#chain-rule}, or null
 */
public record Note(String question, String answer, int line, List<String> tags, String deck,
                   boolean incomplete, boolean draft, String key, String lecture) {
    public Note {
        tags = List.copyOf(tags);
    }

    /** A plain note with no deck, key or lecture. */
    public static Note of(String question, String answer, int line, List<String> tags, boolean incomplete) {
        return new Note(question, answer, line, tags, null, incomplete, false, null, null);
    }
}
