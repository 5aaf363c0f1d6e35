package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.Rating;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The line-based front end: every step is a line on stdout, every answer a line on stdin. After the
 * question, an empty line (or {@code a}) reveals the answer; {@code s} skips, {@code u} undoes the last
 * grade, {@code q} quits. After the answer, a grade {@code 1}..{@code 4} (or {@code 1}..{@code 5}
 * with {@code --scale 5}). A committed grade is acknowledged with a line starting {@code ok #}.
 * End of input quits like {@code q}.
 */
public final class PlainReview {
    private final ReviewSession session;
    private final ConfidenceScale scale;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Clock clock;

    public PlainReview(ReviewSession session, ConfidenceScale scale, BufferedReader in, PrintWriter out, Clock clock) {
        this.session = session;
        this.scale = scale;
        this.in = in;
        this.out = out;
        this.clock = clock;
    }

    /** Runs until the queue is empty, {@code q}, or end of input. */
    public void run() throws IOException {
        while (!session.finished()) {
            Card c = session.current();
            Instant shownAt = clock.instant();
            SessionProgress p = session.progress();
            out.println("[" + (p.done() + 1) + "/" + (p.done() + p.left()) + "] " + c.id() + " (" + c.deck() + ")");
            out.println("Q: " + CardText.question(c));
            out.println("(Enter: answer, s: skip, u: undo, q: quit)");
            out.flush();
            String cmd = in.readLine();
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
            if (!gradeLoop(c, shownAt)) break;
        }
        summary();
    }

    private void showAnswer(Card c) {
        out.println("A: " + CardText.answer(c));
        if (!c.keyPoints().isEmpty()) out.println("Key points: " + String.join("; ", c.keyPoints()));
        out.println("Grade: " + gradeChoices());
        out.flush();
    }

    /** Reads grade lines until one is valid; false on quit or end of input. */
    private boolean gradeLoop(Card c, Instant shownAt) throws IOException {
        while (true) {
            String line = in.readLine();
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
            try {
                k = Integer.parseInt(line);
            } catch (NumberFormatException e) {
                k = -1;
            }
            if (k < 1 || k > scale.steps()) {
                out.println("grade must be 1 to " + scale.steps() + " (or u, s, q)");
                out.flush();
                continue;
            }
            Rating g = scale.rating(k);
            ReviewEntry e = session.grade(g, Duration.between(shownAt, clock.instant()));
            String next = e.after().due() == null || session.cram() ? "schedule unchanged (cram)"
                    : "next in " + IntervalText.of(Duration.between(e.at(), e.after().due()));
            out.println("ok #" + e.id() + " " + c.id() + " " + g.name().toLowerCase(java.util.Locale.ROOT) + ", " + next);
            out.flush();
            return true;
        }
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
