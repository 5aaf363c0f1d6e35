package io.verideck.kb.parse;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Deck;
import java.util.List;

/** A deck and the problems found while reading it (the deck holds every card that could be read). */
public record ParsedDeck(Deck deck, List<Problem> problems) {
    public ParsedDeck {
        problems = List.copyOf(problems);
    }
}
