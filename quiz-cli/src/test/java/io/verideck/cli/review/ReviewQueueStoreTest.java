package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store-backed queue (due states through the index, new cards in batches) chooses exactly the
 * cards the full scan over every state chooses, in the same order.
 */
class ReviewQueueStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void sameQueueAsTheFullScanOnRandomStores() {
        long seed = 20261122L;
        System.out.println("ReviewQueueStoreTest seed " + seed);
        Random rnd = new Random(seed);
        int dueSeen = 0;
        int newSeen = 0;
        for (int round = 0; round < 12; round++) {
            int perDeck = 5 + rnd.nextInt(300);
            Library lib = TestDecks.library(perDeck);
            try (ProgressStore store = ProgressStore.open(dir.resolve("q" + round + ".db"))) {
                List<ReviewEntry> log = new java.util.ArrayList<>();
                for (Card c : lib.cards()) {
                    if (rnd.nextInt(10) < 3) continue; // never reviewed
                    Phase phase = Phase.values()[rnd.nextInt(4)];
                    // few distinct due times, so that ties are common; some due, some later
                    Instant due = phase == Phase.NEW ? null : NOW.plus(Duration.ofHours(rnd.nextInt(9) - 6));
                    CardSchedule s = new CardSchedule(phase, 0, 2.0, 5.0, due, phase == Phase.NEW ? null : NOW.minusSeconds(86400),
                            phase == Phase.NEW ? 0 : 1, 0);
                    log.add(new ReviewEntry(0, c.id(), NOW.minusSeconds(3600), 3, 1000, ReviewEntry.REVIEW, 0,
                            CardSchedule.fresh(), s));
                }
                store.appendAll(log); // one transaction; the states are rebuilt from the log
                // a state of a card that is no longer in the decks is never chosen
                store.grade("deleted-card", NOW.minusSeconds(7200), 3, 1000, ReviewEntry.REVIEW,
                        before -> new CardSchedule(Phase.REVIEW, 0, 2.0, 5.0, NOW.minus(Duration.ofDays(30)), NOW, 1, 0));
                var states = store.states();
                for (CardFilter filter : List.of(CardFilter.all(), new CardFilter(List.of("losses"), List.of(), null),
                        new CardFilter(List.of(), List.of(), Set.of("optim-1", "optim-2", "loss-3", "deleted-card")))) {
                    for (int limit : new int[] {1, 2, 7, 50, 1000}) {
                        int newAllowed = rnd.nextInt(25);
                        List<Card> full = ReviewQueue.due(lib.cards(), states, filter, NOW, newAllowed, limit);
                        AtomicInteger asked = new AtomicInteger();
                        List<Card> read = ReviewQueue.due(lib.cards(), store, filter, NOW, () -> {
                            asked.incrementAndGet();
                            return newAllowed;
                        }, limit);
                        String what = "seed " + seed + ", round " + round + ", limit " + limit + ", filter " + filter;
                        assertEquals(ids(full), ids(read), what);
                        assertFalse(ids(read).contains("deleted-card"), what);
                        assertTrue(asked.get() <= 1, what);
                        for (Card c : read) {
                            if (states.containsKey(c.id()) && !states.get(c.id()).isNew()) dueSeen++;
                            else newSeen++;
                        }
                    }
                }
            }
        }
        assertTrue(dueSeen > 100 && newSeen > 100, "due cards chosen: " + dueSeen + ", new: " + newSeen);
    }

    @Test
    void newCardsAreCountedOnlyWhenTheDueCardsDoNotFillTheSession() {
        Library lib = TestDecks.library(3);
        try (ProgressStore store = ProgressStore.open(dir.resolve("n.db"))) {
            store.grade("loss-1", NOW.minusSeconds(60), 3, 1000, ReviewEntry.REVIEW,
                    before -> new CardSchedule(Phase.REVIEW, 0, 2.0, 5.0, NOW.minusSeconds(10), NOW.minusSeconds(60), 1, 0));
            AtomicInteger asked = new AtomicInteger();
            List<Card> one = ReviewQueue.due(lib.cards(), store, CardFilter.all(), NOW, () -> {
                asked.incrementAndGet();
                return 5;
            }, 1);
            assertEquals(List.of("loss-1"), ids(one));
            assertEquals(0, asked.get(), "one due card fills a session of one");
            List<Card> three = ReviewQueue.due(lib.cards(), store, CardFilter.all(), NOW, () -> {
                asked.incrementAndGet();
                return 2;
            }, 10);
            assertEquals(List.of("loss-1", "loss-0", "loss-2"), ids(three));
            assertEquals(1, asked.get());
        }
    }

    private static List<String> ids(List<Card> cards) {
        return cards.stream().map(Card::id).toList();
    }
}
