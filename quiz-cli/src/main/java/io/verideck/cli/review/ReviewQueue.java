package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.progress.ProgressStore;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

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

    /**
     * The same queue as {@link #due(List, Map, CardFilter, Instant, int, int)}, read from the store
     * only as far as the session needs: the earliest due states through the database's due index
     * (not every card state), then, only if fewer than {@code limit} cards are due, the new cards in
     * deck order, looked up in batches; {@code newAllowed} is asked only then.
     */
    public static List<Card> due(List<Card> cards, ProgressStore store, CardFilter filter, Instant now,
                                 IntSupplier newAllowed, int limit) {
        Map<String, Integer> order = new HashMap<>();
        List<Card> accepted = new ArrayList<>();
        for (Card c : cards) {
            if (filter.accepts(c) && order.putIfAbsent(c.id(), accepted.size()) == null) accepted.add(c);
        }
        Map<String, CardSchedule> states = store.dueStates(now, order::containsKey, limit);
        List<Card> due = new ArrayList<>();
        for (String id : states.keySet()) due.add(accepted.get(order.get(id)));
        // as the full scan: earliest due first, cards due at the same instant in deck order
        due.sort(Comparator.comparing((Card c) -> states.get(c.id()).due(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> order.get(c.id())));
        if (due.size() > limit) due = new ArrayList<>(due.subList(0, limit));
        int wanted = Math.min(limit - due.size(), due.size() < limit ? newAllowed.getAsInt() : 0);
        final int batch = 200;
        for (int from = 0; wanted > 0 && from < accepted.size(); from += batch) {
            List<Card> part = accepted.subList(from, Math.min(accepted.size(), from + batch));
            Map<String, CardSchedule> known = store.states(part.stream().map(Card::id).toList());
            for (Card c : part) {
                CardSchedule s = known.get(c.id());
                if (wanted > 0 && (s == null || s.isNew())) {
                    due.add(c);
                    wanted--;
                }
            }
        }
        return due;
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
