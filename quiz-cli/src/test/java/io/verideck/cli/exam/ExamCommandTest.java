package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verideck exam --plain} run in-process on the built-in deck with scripted answers. */
class ExamCommandTest {
    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
    private static final Library LIB = ContentLoader.builtin();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** A clock that moves on by {@code step} every time it is read. */
    static final class SteppingClock extends Clock {
        private Instant now;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
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
            Instant t = now;
            now = now.plus(step);
            return t;
        }
    }

    private Run run(String input, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--plain", "--db", dir.resolve("p.db").toString()));
        all.addAll(List.of(args));
        int code = new CommandLine(new ExamCommand(() -> LIB, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), clock))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anExamMixesKindsAndIsReproducible() {
        List<Card> a = ExamDraw.draw(LIB.cards(), Set.of(), 10, 99);
        List<Card> b = ExamDraw.draw(LIB.cards(), Set.of(), 10, 99);
        assertEquals(a, b);
        long kinds = a.stream().map(QuestionKind::of).distinct().count();
        assertTrue(kinds >= 4, "kinds in a 10-question exam: " + a.stream().map(QuestionKind::of).toList());
        assertTrue(ExamDraw.draw(LIB.cards(), Set.of("activations"), 50, 1).stream().allMatch(c -> c.tags().contains("activations")));
    }

    @Test
    void answersAreGradedReportedAndLogged() {
        List<Card> drawn = ExamDraw.draw(LIB.cards(), Set.of("activations"), 3, 7);
        String good = String.join(". ", drawn.get(0).keyPoints());
        String hostile = "\u001b[2J\u001b]0;pwned\u0007 rm -rf \u0000 " + "blah ".repeat(50_000);
        String input = good + "\n.\n\n.\n" + hostile + "\n.\n";
        Run r = run(input, new SteppingClock(T0, Duration.ofSeconds(5)), "--tag", "activations", "--questions", "3", "--seed", "7");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed 7"), r.out());
        assertTrue(r.out().contains("=== Exam report ==="), r.out());
        assertTrue(r.out().contains("Score: "), r.out());
        assertFalse(r.out().contains("\u001b"), "no escape sequence is echoed");
        assertFalse(r.out().contains("\u0007"), "no control character is echoed");
        assertTrue(r.out().contains("Review next: "), r.out());
        String after = r.out().substring(r.out().indexOf("Review next: "));
        assertTrue(after.contains(drawn.get(1).id()), "the empty answer's card is to review next: " + after);
        assertFalse(after.lines().findFirst().orElse("").contains(drawn.get(0).id()), "the right answer's card is not");
        assertTrue(r.out().contains("Grade: 5/5") || r.out().contains("Grade: 4/5"), r.out());
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            List<ReviewEntry> log = s.fullLog();
            assertEquals(3, log.size());
            assertTrue(log.stream().allMatch(e -> e.kind().equals(StoreExamLog.KIND)));
            assertTrue(s.effectiveLog().isEmpty(), "exam rows do not count as scheduled reviews");
            for (Card c : drawn) assertTrue(s.state(c.id()).isNew(), "an exam does not move the schedule of " + c.id());
        }
    }

    @Test
    void quittingEndsTheExamWithAReport() {
        Run r = run("first answer about nothing\n.\n:q\n", new SteppingClock(T0, Duration.ofSeconds(1)), "--questions", "5", "--seed", "3", "--no-save");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Exam ended early."), r.out());
        assertTrue(r.out().contains("on 1 of 5 questions"), r.out());
    }

    @Test
    void theTimeLimitStopsTheExam() {
        Run r = run("a\n.\nb\n.\nc\n.\n", new SteppingClock(T0, Duration.ofSeconds(40)), "--questions", "3", "--minutes", "1", "--seed", "3", "--no-save");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Time ran out") || r.out().contains("Time is up"), r.out());
        assertFalse(r.out().contains("on 3 of 3 questions"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        StringWriter err = new StringWriter();
        int code = io.verideck.cli.Main.run(new String[] {"exam", "--questions", "0", "--no-save"}, new PrintWriter(new StringWriter()), new PrintWriter(err), java.util.Map.of());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--questions"), err.toString());
    }
}
