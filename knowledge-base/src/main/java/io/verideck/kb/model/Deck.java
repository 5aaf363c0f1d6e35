package io.verideck.kb.model;

import java.util.List;

/**
 * A deck file: its display name, the tags every card gets, an optional introduction and its cards.
 *
 * @param name  display name from the front matter
 * @param file  the file as the user knows it
 * @param tags  deck-level tags
 * @param intro Markdown before the first card (may be empty)
 * @param cards the cards in file order
 */
public record Deck(String name, String file, List<String> tags, String intro, List<Card> cards) implements java.io.Serializable {
    public Deck {
        tags = List.copyOf(tags);
        cards = List.copyOf(cards);
    }
}
