package io.verideck.cli.review;

import io.verideck.cli.exam.PlainAnswerInput;
import io.verideck.cli.exam.TypedReview;
import io.verideck.cli.kb.Terminal;
import io.verideck.kb.model.Card;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.Rating;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The line-based front end: every step is a line on stdout, every answer a line on stdin. After the
 * question, an empty line (or {@code a}) reveals the answer; {@code s} skips, {@code u} undoes the last
 * grade, {@code q} quits. After the answer, a grade {@code 1}..{@code 4} (or {@code 1}..{@code 5}
 * with {@code --scale 5}). A committed grade is acknowledged with a line starting {@code ok #}.
 * End of input quits like {@code q}.
 *
 * <p>With {@code --type} (a {@link TypedReview} is given) the student types an answer instead: the
 * lines up to one holding only {@code .}; a first line {@code :s}, {@code :u} or {@code :q} skips,
 * undoes or quits. The answer is graded, the diff view printed, and the suggested grade is
 * pre-selected: an empty grade line accepts it, a number overrides it.
 */
public final class PlainReview {
    /** Plain output never carries colour: the diff view is rendered without it. */
    private static final Terminal NO_COLOUR = new Terminal(Map.of("NO_COLOR", "1"));

    private final ReviewSession session;
    private final ConfidenceScale scale;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Clock clock;
    private final TypedReview typed;
    private final PlainAnswerInput answers;

    public PlainReview(ReviewSession session, ConfidenceScale scale, BufferedReader in, PrintWriter out, Clock clock) {
        this(session, scale, in, out, clock, null);
    }

    /**
     * @param typed the grader for {@code --type}, or null for the usual self-graded review
     */
    public PlainReview(ReviewSession session, ConfidenceScale scale, BufferedReader in, PrintWriter out, Clock clock,
                       TypedReview typed) {
        this.session = session;
        this.scale = scale;
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.typed = typed;
        // typed answers are read through bounded lines: a huge paste is read to its end, never held whole
        this.answers = typed == null ? null : new PlainAnswerInput(in);
    }

    /** Runs until the queue is empty, {@code q}, or end of input. */
    public void run() throws IOException {
        while (!session.finished()) {
            Card c = session.current();
            Instant shownAt = clock.instant();
            SessionProgress p = session.progress();
            out.println("[" + (p.done() + 1) + "/" + (p.done() + p.left()) + "] " + c.id() + " (" + c.deck() + ")");
            out.println("Q: " + CardText.question(c));
            if (typed != null) {
                if (!typedCard(c, shownAt)) break;
                continue;
            }
            out.println("(Enter: answer, s: skip, u: undo, q: quit)");
            out.flush();
            String cmd = line();
            if (cmd == null || cmd.strip().equals("q")) break;
            cmd = cmd.strip();
            if (cmd.equals("s")) {
                session.skip();
                out.println("skipped " + c.id());
                continue;
            }
            if (cmd.equals("u")) {
                undo();
                continue;
            }
            showAnswer(c);
            if (!gradeLoop(c, shownAt, 0)) break;
        }
        summary();
    }

    /** One card with a typed answer; false on quit or end of input. */
    private boolean typedCard(Card c, Instant shownAt) throws IOException {
        out.println("(type your answer, then a line with only \".\"; :s skip, :u undo, :q quit)");
        out.flush();
        String first = answers.nextLine();
        if (first == null) return false;
        switch (first.strip()) {
            case ":q" -> {
                return false;
            }
            case ":s" -> {
                session.skip();
                out.println("skipped " + c.id());
                return true;
            }
            case ":u" -> {
                undo();
                return true;
            }
            default -> {
                // the answer itself
            }
        }
        String answer = answers.readFrom(first);
        TypedReview.Outcome o = typed.check(c, answer, NO_COLOUR);
        out.println("A: " + CardText.answer(c));
        for (String l : o.view()) out.println(l);
        int suggested = scale.key(Rating.of(o.suggestedRating()));
        out.println("Grade: " + gradeChoices());
        String why = o.suggestedRating() != o.grade().rating() ? ", set by the formula verdict" : "";
        out.println("Suggested: " + suggested + " " + scale.label(suggested) + why + " (Enter accepts it; 1-" + scale.steps()
                + " to change; u, s, q)");
        out.flush();
        return gradeLoop(c, shownAt, suggested);
    }

    private void showAnswer(Card c) {
        out.println("A: " + CardText.answer(c));
        if (!c.keyPoints().isEmpty()) out.println("Key points: " + String.join("; ", c.keyPoints()));
        out.println("Grade: " + gradeChoices());
        out.flush();
    }

    /**
     * Reads grade lines until one is valid; false on quit or end of input.
     *
     * @param suggested the pre-selected key an empty line accepts, or 0 for none
     */
    private boolean gradeLoop(Card c, Instant shownAt, int suggested) throws IOException {
        while (true) {
            String line = line();
            if (line == null || line.strip().equals("q")) return false;
            line = line.strip();
            if (line.equals("u")) {
                undo();
                return true;
            }
            if (line.equals("s")) {
                session.skip();
                out.println("skipped " + c.id());
                return true;
            }
            int k;
            if (line.isEmpty() && suggested > 0) {
                k = suggested;
            } else {
                try {
                    k = Integer.parseInt(line);
                } catch (NumberFormatException e) {
                    k = -1;
                }
            }
            if (k < 1 || k > scale.steps()) {
                out.println("grade must be 1 to " + scale.steps() + (suggested > 0 ? ", or Enter for " + suggested : "")
                        + " (or u, s, q)");
                out.flush();
                continue;
            }
            Rating g = scale.rating(k);
            ReviewEntry e = session.grade(g, Duration.between(shownAt, clock.instant()));
            String next = e.after().due() == null || session.cram() ? "schedule unchanged (cram)"
                    : "next in " + IntervalText.of(Duration.between(e.at(), e.after().due()));
            String how = suggested == 0 ? ""
                    : k == suggested ? " (suggested)" : " (suggested " + scale.label(suggested).toLowerCase(Locale.ROOT) + ", changed)";
            out.println("ok #" + e.id() + " " + c.id() + " " + g.name().toLowerCase(Locale.ROOT) + ", " + next + how);
            out.flush();
            return true;
        }
    }

    private String line() throws IOException {
        return answers != null ? answers.nextLine() : in.readLine();
    }

    private String gradeChoices() {
        Map<Rating, Duration> next = session.nextIntervals();
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= scale.steps(); k++) {
            Duration d = next.get(scale.rating(k));
            if (sb.length() > 0) sb.append("  ");
            sb.append(k).append(' ').append(scale.label(k));
            if (d != null) sb.append(" (").append(IntervalText.of(d)).append(')');
        }
        return sb.toString();
    }

    private void undo() {
        session.undo().ifPresentOrElse(
                e -> out.println("undone #" + e.id() + " " + e.cardId()),
                () -> out.println("nothing to undo"));
        out.flush();
    }

    private void summary() {
        out.println("Summary: " + session.progress().line());
        out.flush();
    }
}
