package io.verideck.kb.model;

import java.util.List;

/**
 * One flashcard. Review progress is keyed by {@link #id()}, which never changes when the text does.
 *
 * @param id        stable id, unique across all decks
 * @param question  the question (inline Markdown with TeX)
 * @param answer    the answer (Markdown with {@code $...$} and {@code $$...$$} TeX)
 * @param deck      the deck's display name
 * @param tags      tags from the deck's front matter and the card, de-duplicated, in order
 * @param lecture   the lecture reference, or null
 * @param covers    topic ids from {@code content/topics.tsv}
 * @param claims    claim ids from {@code content/claims.tsv} (canonical ids such as {@code D6})
 * @param refutes   mistake ids from {@code content/mistakes.tsv} (such as {@code Z-11})
 * @param keyPoints 0 to 5 short phrases a typed answer must contain
 * @param formula   the answer formula in the typed-formula language, or null
 * @param variables the variable domains of {@link #formula()}, or null
 * @param draft     true for machine-made cards a person has not checked yet
 * @param origin    where an imported card came from, or null
 * @param location  the file and line of the card's heading
 */
public record Card(
        String id,
        String question,
        String answer,
        String deck,
        List<String> tags,
        LectureRef lecture,
        List<String> covers,
        List<String> claims,
        List<String> refutes,
        List<String> keyPoints,
        String formula,
        String variables,
        boolean draft,
        String origin,
        SourceLocation location) implements java.io.Serializable {

    public Card {
        tags = List.copyOf(tags);
        covers = List.copyOf(covers);
        claims = List.copyOf(claims);
        refutes = List.copyOf(refutes);
        keyPoints = List.copyOf(keyPoints);
    }
}
