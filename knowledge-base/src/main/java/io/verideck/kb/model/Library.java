package io.verideck.kb.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded: decks and lecture notes, with look-ups by card id and lecture number.
 * When two decks define the same id, the first one wins here; the validator reports the duplicate.
 */
public final class Library {
    private final List<Deck> decks;
    private final List<Lecture> lectures;
    private final Map<String, Card> byId = new LinkedHashMap<>();

    public Library(List<Deck> decks, List<Lecture> lectures) {
        this.decks = List.copyOf(decks);
        List<Lecture> sorted = new ArrayList<>(lectures);
        sorted.sort((a, b) -> Integer.compare(a.number(), b.number()));
        this.lectures = List.copyOf(sorted);
        for (Deck d : this.decks) {
            for (Card c : d.cards()) byId.putIfAbsent(c.id(), c);
        }
    }

    public List<Deck> decks() {
        return decks;
    }

    public List<Lecture> lectures() {
        return lectures;
    }

    /** Every card once, in deck order. */
    public List<Card> cards() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Lecture> lecture(int number) {
        return lectures.stream().filter(l -> l.number() == number).findFirst();
    }

    /** A library with the decks and lectures of both; cards of {@code this} win on an id clash. */
    public Library plus(Library other) {
        List<Deck> d = new ArrayList<>(decks);
        d.addAll(other.decks);
        List<Lecture> l = new ArrayList<>(lectures);
        l.addAll(other.lectures);
        return new Library(d, l);
    }
}
