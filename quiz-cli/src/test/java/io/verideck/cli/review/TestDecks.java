package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Synthetic decks and a hand-driven clock for review tests. */
public final class TestDecks {
    private TestDecks() {
    }

    /** A card with the given id, deck and tags. */
    public static Card card(String id, String deck, List<String> tags) {
        return new Card(id, "What is $\\alpha$ in " + id + "?", "It is $\\alpha^2$ for " + id + ".", deck, tags, null,
                List.of(), List.of(), List.of(), List.of("alpha", "square"), null, null, false, null,
                new SourceLocation("decks/" + deck.toLowerCase().replace(' ', '-') + ".md", 10));
    }

    /** Two decks: "Losses" (ids loss-0..) tagged losses, "Optim" (ids optim-0..) tagged optimization. */
    public static Library library(int perDeck) {
        List<Card> a = new ArrayList<>();
        List<Card> b = new ArrayList<>();
        for (int i = 0; i < perDeck; i++) {
            a.add(card("loss-" + i, "Losses", List.of("losses")));
            b.add(card("optim-" + i, "Optim", List.of("optimization")));
        }
        return new Library(List.of(new Deck("Losses", "decks/losses.md", List.of(), "", a),
                new Deck("Optim", "decks/optim.md", List.of(), "", b)), List.of());
    }

    /** A clock that only moves when told. */
    public static final class ManualClock extends Clock {
        private Instant now;

        public ManualClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
