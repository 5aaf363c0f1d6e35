package io.verideck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The (re)learning state machine, the fuzz range, the maximum interval and the exam-date cap. */
class SchedulerStateMachineTest {
    private static final Instant T0 = Instant.parse("2024-01-10T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(false));

    private static Duration wait(CardSchedule c) {
        return Duration.between(c.lastReview(), c.due());
    }

    @Test
    void learningSteps() {
        CardSchedule fresh = CardSchedule.fresh();
        assertEquals(Duration.ofMinutes(1), wait(scheduler.review(fresh, Rating.AGAIN, T0, null)));
        assertEquals(Duration.ofSeconds(330), wait(scheduler.review(fresh, Rating.HARD, T0, null)));
        CardSchedule good = scheduler.review(fresh, Rating.GOOD, T0, null);
        assertEquals(Duration.ofMinutes(10), wait(good));
        assertEquals(Phase.LEARNING, good.phase());
        assertEquals(1, good.step());
        CardSchedule easy = scheduler.review(fresh, Rating.EASY, T0, null);
        assertEquals(Phase.REVIEW, easy.phase());
        assertEquals(8, Scheduler.wholeDays(easy.lastReview(), easy.due()));
    }

    @Test
    void reviewLapseGoesToRelearning() {
        CardSchedule card = scheduler.review(CardSchedule.fresh(), Rating.EASY, T0, null);
        CardSchedule lapsed = scheduler.review(card, Rating.AGAIN, card.due(), null);
        assertEquals(Phase.RELEARNING, lapsed.phase());
        assertEquals(Duration.ofMinutes(10), wait(lapsed));
        assertEquals(1, lapsed.lapses());
        CardSchedule back = scheduler.review(lapsed, Rating.GOOD, lapsed.due(), null);
        assertEquals(Phase.REVIEW, back.phase());
    }

    @Test
    void noLearningStepsGraduatesAtOnce() {
        Scheduler s = new Scheduler(FsrsParameters.defaults().withFuzz(false).withSteps(List.of(), List.of()));
        CardSchedule c = s.review(CardSchedule.fresh(), Rating.AGAIN, T0, null);
        assertEquals(Phase.REVIEW, c.phase());
        CardSchedule again = s.review(s.review(c, Rating.GOOD, c.due(), null), Rating.AGAIN, T0.plus(Duration.ofDays(30)), null);
        assertEquals(Phase.REVIEW, again.phase());
    }

    @Test
    void maximumIntervalIsRespected() {
        Scheduler s = new Scheduler(FsrsParameters.defaults().withFuzz(false).withMaximumInterval(100));
        CardSchedule c = CardSchedule.fresh();
        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            c = s.review(c, Rating.EASY, now, null);
            assertTrue(Scheduler.wholeDays(c.lastReview(), c.due()) <= 100);
            now = c.due();
        }
        assertEquals(100, Scheduler.wholeDays(c.lastReview(), c.due()));
    }

    @Test
    void fuzzStaysInItsRangeAndIsReproducible() {
        long seed = 20240110L;
        System.out.println("fuzz seed " + seed);
        Random rng = new Random(seed);
        Scheduler s = new Scheduler(FsrsParameters.defaults());
        for (int ivl = 1; ivl < 400; ivl += 7) {
            int f = s.fuzz(ivl, rng);
            if (ivl < 3) {
                assertEquals(ivl, f);
            } else {
                double delta = 1 + 0.15 * (Math.min(ivl, 7.0) - 2.5) + 0.10 * Math.max(Math.min(ivl, 20.0) - 7, 0)
                        + 0.05 * Math.max(ivl - 20.0, 0);
                assertTrue(f >= Math.max(2, Math.rint(ivl - delta)) && f <= Math.rint(ivl + delta), ivl + " -> " + f);
            }
        }
        assertEquals(new Scheduler(FsrsParameters.defaults()).fuzz(100, new Random(7)),
                new Scheduler(FsrsParameters.defaults()).fuzz(100, new Random(7)));
    }

    @Test
    void examDateCapsIntervals() {
        LocalDate exam = LocalDate.of(2024, 1, 20);
        Scheduler s = new Scheduler(FsrsParameters.defaults().withFuzz(false), exam, ZoneOffset.UTC);
        CardSchedule c = s.review(CardSchedule.fresh(), Rating.EASY, T0, null);
        // without the exam an Easy new card waits 8 days; the exam is 10 days away, so no cut
        assertEquals(8, Scheduler.wholeDays(c.lastReview(), c.due()));
        CardSchedule next = s.review(c, Rating.EASY, c.due(), null);
        // due on the 19th, the day before the exam, instead of weeks later
        assertEquals(LocalDate.of(2024, 1, 19), next.due().atZone(ZoneOffset.UTC).toLocalDate());
        CardSchedule unconstrained = scheduler.review(c, Rating.EASY, c.due(), null);
        assertTrue(unconstrained.due().isAfter(next.due()));
    }

    @Test
    void previewMatchesReview() {
        CardSchedule c = scheduler.review(CardSchedule.fresh(), Rating.GOOD, T0, null);
        var preview = scheduler.preview(c, T0.plusSeconds(700));
        for (Rating g : Rating.values()) {
            assertEquals(scheduler.review(c, g, T0.plusSeconds(700), null), preview.get(g));
        }
    }
}
