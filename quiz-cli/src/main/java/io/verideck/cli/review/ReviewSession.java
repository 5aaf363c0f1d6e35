package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One review session over a queue of cards. Every grade is committed to the store before
 * {@link #current()} moves on. A card that comes back within the learn-ahead window (20 minutes, as
 * Anki) is queued again at the end of the session. In cram mode grades are logged as cram rows and
 * leave the schedule alone.
 */
public final class ReviewSession {
    /** Cards due again within this wait are shown again in the same session. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final ProgressStore store;
    private final Scheduler scheduler;
    private final Library library;
    private final Clock clock;
    private final boolean cram;
    private final long seed;
    private final Deque<Card> queue;
    private final Deque<Card> shown = new ArrayDeque<>();
    private final Instant started;
    private int done;
    private int passed;
    private int skipped;

    /**
     * @param seed the fuzz seed; each grade's generator is derived from it, the card id and its reps
     */
    public ReviewSession(ProgressStore store, Scheduler scheduler, Library library, List<Card> cards, Clock clock,
                         boolean cram, long seed) {
        this.store = store;
        this.scheduler = scheduler;
        this.library = library;
        this.clock = clock;
        this.cram = cram;
        this.seed = seed;
        this.queue = new ArrayDeque<>(cards);
        this.started = clock.instant();
    }

    /** The card to show, or null when the session is over. */
    public Card current() {
        return queue.peekFirst();
    }

    /** True when no card is left. */
    public boolean finished() {
        return queue.isEmpty();
    }

    /** True in cram mode. */
    public boolean cram() {
        return cram;
    }

    /** The scheduler in use. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The current card's stored state. */
    public CardSchedule currentState() {
        return store.state(current().id());
    }

    /** The wait after each grade if given now, fuzz included (cram: the schedule would not change, so empty). */
    public Map<Rating, Duration> nextIntervals() {
        Instant now = clock.instant();
        Map<Rating, Duration> out = new java.util.EnumMap<>(Rating.class);
        if (cram) return out;
        CardSchedule state = currentState();
        for (Rating g : Rating.values()) {
            // the same generator the grade will use, so the shown wait is the one that will be stored
            out.put(g, Duration.between(now, scheduler.review(state, g, now, rng(current().id(), state)).due()));
        }
        return out;
    }

    /** Grades the current card, commits, and moves on. Returns the committed log entry. */
    public ReviewEntry grade(Rating g, Duration spent) {
        Card card = queue.removeFirst();
        Instant now = clock.instant();
        ReviewEntry e;
        try {
            e = store.grade(card.id(), now, g.value(), spent.toMillis(), cram ? ReviewEntry.CRAM : ReviewEntry.REVIEW,
                    before -> scheduler.review(before, g, now, rng(card.id(), before)));
        } catch (RuntimeException ex) {
            queue.addFirst(card);
            throw ex;
        }
        done++;
        if (g.passed()) passed++;
        shown.push(card);
        if (!cram && e.after().due() != null && !e.after().due().isAfter(now.plus(LEARN_AHEAD))) queue.addLast(card);
        return e;
    }

    /** Puts these cards at the front of the queue (search hits), in order. */
    public void prepend(List<Card> cards) {
        for (int i = cards.size() - 1; i >= 0; i--) queue.addFirst(cards.get(i));
    }

    private SplittableRandom rng(String cardId, CardSchedule before) {
        return new SplittableRandom(seed ^ cardId.hashCode() * 31L ^ before.reps());
    }

    /** Skips the current card for this session. */
    public void skip() {
        queue.removeFirst();
        skipped++;
    }

    /**
     * Undoes the last grade, of this session or an earlier one, and shows that card again.
     *
     * @return the undone entry, or empty if there was nothing to undo
     */
    public Optional<ReviewEntry> undo() {
        if (cram) {
            if (shown.isEmpty()) return Optional.empty();
            Card c = shown.pop();
            queue.addFirst(c);
            done--;
            return Optional.of(new ReviewEntry(0, c.id(), clock.instant(), 0, 0, ReviewEntry.CRAM, 0, null, null));
        }
        Optional<ReviewEntry> undone = store.undoLast(clock.instant());
        undone.ifPresent(e -> {
            Card c = library.card(e.cardId()).orElse(null);
            if (!shown.isEmpty() && shown.peek().id().equals(e.cardId())) {
                shown.pop();
                done--;
                if (e.rating() > 1) passed--;
                // a learning card was queued again at the end; show it now instead
                removeLastOccurrence(e.cardId());
            }
            if (c != null) queue.addFirst(c);
        });
        return undone;
    }

    private void removeLastOccurrence(String id) {
        List<Card> rest = new ArrayList<>(queue);
        for (int i = rest.size() - 1; i >= 0; i--) {
            if (rest.get(i).id().equals(id)) {
                rest.remove(i);
                break;
            }
        }
        queue.clear();
        queue.addAll(rest);
    }

    /** The numbers for the progress line. */
    public SessionProgress progress() {
        return new SessionProgress(done, queue.size(), skipped, passed, Duration.between(started, clock.instant()));
    }
}
