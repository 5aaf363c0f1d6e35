package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses the cards of a session. Cards whose progress exists but that are gone from the decks are
 * never chosen (their history stays in the database).
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /**
     * Due cards (earliest due first), then new cards in deck order up to {@code newAllowed}, at most
     * {@code limit} in all.
     */
    public static List<Card> due(List<Card> cards, Map<String, CardSchedule> states, CardFilter filter,
                                 Instant now, int newAllowed, int limit) {
        List<Card> due = new ArrayList<>();
        List<Card> fresh = new ArrayList<>();
        for (Card c : cards) {
            if (!filter.accepts(c)) continue;
            CardSchedule s = states.get(c.id());
            if (s == null || s.isNew()) {
                if (fresh.size() < newAllowed) fresh.add(c);
            } else if (s.isDue(now)) {
                due.add(c);
            }
        }
        due.sort(Comparator.comparing(c -> states.get(c.id()).due()));
        due.addAll(fresh);
        return due.size() > limit ? List.copyOf(due.subList(0, limit)) : due;
    }

    /** Cram: every reviewed card that passes the filter, lowest retrievability first, at most {@code limit}. */
    public static List<Card> cram(List<Card> cards, Map<String, CardSchedule> states, CardFilter filter,
                                  Scheduler scheduler, Instant now, int limit) {
        return cards.stream()
                .filter(filter::accepts)
                .filter(c -> states.containsKey(c.id()) && !states.get(c.id()).isNew())
                .sorted(Comparator.comparingDouble(c -> scheduler.retrievability(states.get(c.id()), now)))
                .limit(limit)
                .toList();
    }
}
