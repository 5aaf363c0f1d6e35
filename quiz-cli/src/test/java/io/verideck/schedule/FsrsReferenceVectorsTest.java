package io.verideck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference vectors of fsrs-rs ({@code model.rs}, {@code inference.rs}) and py-fsrs 6.x
 * ({@code tests/test_basic.py}) as listed in shared/spec/fsrs.md section 1.5, FSRS-6 defaults, fuzz off.
 */
class FsrsReferenceVectorsTest {
    private static final double TOL = 1e-4;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.FSRS6_DEFAULT_WEIGHTS);
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(false));
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    @Test
    void powerForgettingCurve() {
        double[][] ts = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 2}};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < ts.length; i++) {
            assertEquals(expected[i], fsrs.retrievability(ts[i][0], ts[i][1]), TOL, "t,S = " + ts[i][0] + "," + ts[i][1]);
        }
    }

    @Test
    void currentRetrievabilityWithDecay02() {
        double[] w = FsrsParameters.FSRS6_DEFAULT_WEIGHTS.clone();
        w[20] = 0.2;
        Fsrs f = new Fsrs(w);
        double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};
        for (int t = 0; t < 4; t++) assertEquals(expected[t], f.retrievability(t, 1), 1e-6, "t=" + t);
    }

    @Test
    void initialStabilityAndDifficulty() {
        double[] s0 = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d0 = {6.4133, 5.112171, 2.118104, 1.0};
        for (Rating g : Rating.values()) {
            assertEquals(s0[g.value() - 1], fsrs.initialStability(g), 1e-12);
            assertEquals(d0[g.value() - 1], fsrs.initialDifficulty(g), TOL);
        }
    }

    @Test
    void nextDifficulty() {
        double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
        double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (Rating g : Rating.values()) {
            assertEquals(damped[g.value() - 1], fsrs.dampedDifficulty(5, g), TOL, g.name());
            assertEquals(reverted[g.value() - 1], fsrs.nextDifficulty(5, g), TOL, g.name());
        }
    }

    @Test
    void nextStability() {
        double[] success = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] failure = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        double[] shortTerm = {1.596818, 5.0, 5.0, 8.12961};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        for (int i = 0; i < 4; i++) {
            Rating g = Rating.of(i + 1);
            assertEquals(success[i], fsrs.stabilityAfterSuccess(i + 1, 5, r[i], g), TOL, "success " + g);
            assertEquals(failure[i], fsrs.stabilityAfterFailure(i + 1, 5, r[i]), TOL, "failure " + g);
            assertEquals(shortTerm[i], fsrs.shortTermStability(5, g), TOL, "short-term " + g);
        }
    }

    @Test
    void nextIntervalForRetentions() {
        // r = 0.1 gives 3116769 in double against 3116766 in f32: compared with a relative tolerance.
        int[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 0; i < 10; i++) {
            double r = (i + 1) / 10.0;
            double got = Math.max(1, Math.rint(fsrs.rawInterval(1, r)));
            assertEquals(expected[i], got, expected[i] * 2e-6, "r=" + r);
        }
    }

    @Test
    void memoryStateAfterHistory() {
        assertMemory(FsrsParameters.FSRS6_DEFAULT_WEIGHTS, 53.62691, 6.3574867);
        double[] w = FsrsParameters.FSRS6_DEFAULT_WEIGHTS.clone();
        w[17] = 0;
        w[18] = 0;
        w[19] = 0;
        assertMemory(w, 53.335106, 6.3574867);
    }

    private static void assertMemory(double[] w, double s, double d) {
        Scheduler sch = new Scheduler(FsrsParameters.defaults().withFuzz(false).withWeights(w));
        int[] ratings = {1, 3, 3, 3, 3, 3};
        int[] offsets = {0, 0, 1, 3, 8, 21};
        CardSchedule card = CardSchedule.fresh();
        Instant t = START;
        for (int i = 0; i < ratings.length; i++) {
            t = t.plus(Duration.ofDays(offsets[i]));
            card = sch.review(card, Rating.of(ratings[i]), t, null);
        }
        assertEquals(s, card.stability(), TOL);
        assertEquals(d, card.difficulty(), TOL);
    }

    @Test
    void pyFsrsReviewCardIntervals() {
        int[] ratings = {3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3};
        double[] traceS = {2.3065, 2.3065, 10.9710, 46.3169, 162.9998, 497.8766, 6.8904, 2.1546, 2.1546, 3.9831,
            7.2363, 12.4830, 20.7704};
        double[] traceD = {2.1181, 2.1112, 2.1043, 2.0975, 2.0906, 2.0837, 7.3832, 9.1251, 9.1112, 9.0973, 9.0835,
            9.0696, 9.0558};
        List<Long> intervals = new ArrayList<>();
        CardSchedule card = CardSchedule.fresh();
        Instant now = START;
        for (int i = 0; i < ratings.length; i++) {
            card = scheduler.review(card, Rating.of(ratings[i]), now, null);
            intervals.add(Scheduler.wholeDays(card.lastReview(), card.due()));
            assertEquals(traceS[i], card.stability(), 1e-3, "S at step " + (i + 1));
            assertEquals(traceD[i], card.difficulty(), 1e-3, "D at step " + (i + 1));
            now = card.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    @Test
    void repeatedEasyReachesMinimumDifficulty() {
        CardSchedule card = CardSchedule.fresh();
        Instant now = START;
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, now, null);
            now = now.plusNanos(1000);
        }
        assertEquals(1.0, card.difficulty());
    }
}
