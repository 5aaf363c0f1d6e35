package io.verideck.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Applies a grade to a {@link CardSchedule}: the FSRS-6 memory update and the learning / review /
 * relearning state machine of py-fsrs 6.x (learning steps 1 min and 10 min, relearning 10 min by
 * default). Stateless apart from its settings; fuzz draws from the {@link RandomGenerator} passed in,
 * so a run is reproducible from its seed.
 *
 * <p>With an exam date, an interval that would make the card due after the exam day is cut so the
 * card comes back the day before the exam (or tomorrow, if that is sooner): every card is seen once
 * more shortly before the exam, at the price of more reviews before it.
 */
public final class Scheduler {
    private final FsrsParameters params;
    private final Fsrs fsrs;
    private final LocalDate examDate;
    private final ZoneId zone;

    /** A scheduler without an exam date. */
    public Scheduler(FsrsParameters params) {
        this(params, null, ZoneId.systemDefault());
    }

    /**
     * A scheduler that keeps every card's next review before {@code examDate} (null: no exam).
     *
     * @param zone the time zone in which the exam date is a calendar day
     */
    public Scheduler(FsrsParameters params, LocalDate examDate, ZoneId zone) {
        this.params = params;
        this.fsrs = new Fsrs(params.w());
        this.examDate = examDate;
        this.zone = zone;
    }

    /** The parameters. */
    public FsrsParameters parameters() {
        return params;
    }

    /** The memory model. */
    public Fsrs model() {
        return fsrs;
    }

    /** R of the card at {@code now} (0 for a card never reviewed). */
    public double retrievability(CardSchedule card, Instant now) {
        if (card.isNew() || card.lastReview() == null) return 0;
        return fsrs.retrievability(wholeDays(card.lastReview(), now), card.stability());
    }

    /** The state after each of the four grades at {@code now}, without fuzz (for the on-screen preview). */
    public Map<Rating, CardSchedule> preview(CardSchedule card, Instant now) {
        Map<Rating, CardSchedule> out = new EnumMap<>(Rating.class);
        for (Rating g : Rating.values()) out.put(g, review(card, g, now, null));
        return out;
    }

    /**
     * The state after grading {@code card} with {@code g} at {@code now}.
     *
     * @param rng the fuzz generator, or null for no fuzz (fuzz is also off if the parameters say so)
     */
    public CardSchedule review(CardSchedule card, Rating g, Instant now, RandomGenerator rng) {
        Memory m = nextMemory(card, g, now);
        Phase phase = card.isNew() ? Phase.LEARNING : card.phase();
        int lapses = card.lapses() + (phase == Phase.REVIEW && g == Rating.AGAIN ? 1 : 0);
        Next next = switch (phase) {
            case LEARNING -> steps(params.learningSteps(), Phase.LEARNING, card.isNew() ? 0 : card.step(), g, m.s);
            case RELEARNING -> steps(params.relearningSteps(), Phase.RELEARNING, card.step(), g, m.s);
            case REVIEW -> g == Rating.AGAIN && !params.relearningSteps().isEmpty()
                    ? new Next(Phase.RELEARNING, 0, params.relearningSteps().get(0), 0)
                    : graduate(m.s);
            case NEW -> throw new IllegalStateException("unreachable");
        };
        Duration wait = next.delay;
        if (next.phase == Phase.REVIEW) {
            int days = next.days;
            if (rng != null && params.fuzz()) days = fuzz(days, rng);
            days = capForExam(days, now);
            wait = Duration.ofDays(days);
        }
        return new CardSchedule(next.phase, next.step, m.s, m.d, now.plus(wait), now, card.reps() + 1, lapses);
    }

    private record Memory(double s, double d) {
    }

    private record Next(Phase phase, int step, Duration delay, int days) {
    }

    private Memory nextMemory(CardSchedule card, Rating g, Instant now) {
        if (card.isNew() || Double.isNaN(card.stability())) {
            return new Memory(fsrs.initialStability(g), fsrs.initialDifficulty(g));
        }
        long days = wholeDays(card.lastReview(), now);
        double s = days < 1 ? fsrs.shortTermStability(card.stability(), g)
                : fsrs.nextStability(card.difficulty(), card.stability(), days, g);
        return new Memory(s, fsrs.nextDifficulty(card.difficulty(), g));
    }

    private Next steps(List<Duration> steps, Phase phase, int step, Rating g, double s) {
        if (steps.isEmpty() || (step >= steps.size() && g.passed())) return graduate(s);
        return switch (g) {
            case AGAIN -> new Next(phase, 0, steps.get(0), 0);
            case HARD -> new Next(phase, step, hardWait(steps, step), 0);
            case GOOD -> step + 1 >= steps.size() ? graduate(s) : new Next(phase, step + 1, steps.get(step + 1), 0);
            case EASY -> graduate(s);
        };
    }

    private static Duration hardWait(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) return steps.get(0).multipliedBy(3).dividedBy(2);
        if (step == 0) return steps.get(0).plus(steps.get(1)).dividedBy(2);
        return steps.get(step);
    }

    private Next graduate(double s) {
        int days = fsrs.interval(s, params.desiredRetention(), params.maximumInterval());
        return new Next(Phase.REVIEW, 0, Duration.ofDays(days), days);
    }

    /** The fuzz of py-fsrs / java-fsrs: uniform in [ivl - delta, ivl + delta] for intervals of 2.5 days or more. */
    int fuzz(int ivl, RandomGenerator rng) {
        if (ivl < 2.5) return ivl;
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(ivl, 7.0) - 2.5, 0);
        delta += 0.10 * Math.max(Math.min(ivl, 20.0) - 7.0, 0);
        delta += 0.05 * Math.max(ivl - 20.0, 0);
        int min = (int) Math.max(2, Math.rint(ivl - delta));
        int max = (int) Math.min(Math.rint(ivl + delta), params.maximumInterval());
        min = Math.min(min, max);
        return min + rng.nextInt(max - min + 1);
    }

    private int capForExam(int days, Instant now) {
        if (examDate == null) return days;
        LocalDate today = now.atZone(zone).toLocalDate();
        long untilExam = ChronoUnit.DAYS.between(today, examDate);
        if (untilExam < 1) return days; // exam today or past: the normal schedule resumes
        long cap = Math.max(1, untilExam - 1);
        return (int) Math.min(days, cap);
    }

    /** Whole 24-hour periods between two instants (py-fsrs's {@code timedelta.days}), never negative. */
    public static long wholeDays(Instant from, Instant to) {
        return Math.max(0, Math.floorDiv(Duration.between(from, to).toSeconds(), 86_400));
    }
}
