package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Phase;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The review command in plain mode, run in-process with scripted input. */
class PlainReviewTest {
    private static final Instant T0 = Instant.parse("2025-05-05T10:00:00Z");

    @TempDir
    Path dir;

    private final TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);

    record Run(int code, String out, String err) {
    }

    private Run run(Library lib, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--plain", "--no-fuzz", "--db", dir.resolve("p.db").toString()));
        all.addAll(List.of(args));
        int code = new CommandLine(new ReviewCommand(() -> lib, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                clock)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private List<ReviewEntry> log() {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            return s.effectiveLog();
        }
    }

    private CardSchedule state(String id) {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            return s.state(id);
        }
    }

    @Test
    void gradesAreShownWithTheirIntervalsAndCommitted() {
        Run r = run(TestDecks.library(1), "\n3\n\n4\n", "--limit", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Q: What is α in loss-0?"), r.out());
        assertTrue(r.out().contains("A: It is α² for loss-0."), r.out());
        assertTrue(r.out().contains("Grade: 1 Again (1m)  2 Hard (6m)  3 Good (10m)  4 Easy (8d)"), r.out());
        assertTrue(r.out().contains("ok #1 loss-0 good, next in 10m"), r.out());
        assertTrue(r.out().contains("ok #2 optim-0 easy, next in 8d"), r.out());
        assertEquals(2, log().size());
        assertEquals(Phase.REVIEW, state("optim-0").phase());
    }

    @Test
    void learningCardsComeBackInTheSameSession() {
        Run r = run(TestDecks.library(1), "\n1\n\n3\n\n3\n", "--tag", "losses");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ok #1 loss-0 again, next in 1m"), r.out());
        assertTrue(r.out().contains("ok #2 loss-0 good"), r.out());
        assertTrue(r.out().contains("ok #3 loss-0 good"), r.out());
        assertFalse(r.out().contains("optim-0"), "filtered by tag");
    }

    @Test
    void undoWorksAcrossSessions() {
        run(TestDecks.library(1), "\n4\n", "--deck", "optim");
        assertEquals(Phase.REVIEW, state("optim-0").phase());
        Run r = run(TestDecks.library(1), "u\n", "--deck", "Losses");
        assertTrue(r.out().contains("undone #1 optim-0"), r.out());
        assertTrue(state("optim-0").isNew());
        assertEquals(0, log().size());
    }

    @Test
    void fiveStepScaleMapsOntoFourGrades() {
        Run r = run(TestDecks.library(1), "\n5\n\n2\n", "--scale", "5");
        assertTrue(r.out().contains("1 No idea (1m)  2 Barely (1m)  3 Hard (6m)  4 Good (10m)  5 Perfect (8d)"), r.out());
        assertTrue(r.out().contains("loss-0 easy"), r.out());
        assertTrue(r.out().contains("optim-0 again"), r.out());
        assertEquals(2, run(TestDecks.library(1), "", "--scale", "7").code());
    }

    @Test
    void newCardsPerDayAreLimited() {
        Run r = run(TestDecks.library(5), "\n4\n\n4\n\n4\n\n4\n", "--new", "3");
        assertEquals(3, log().size(), r.out());
        Run again = run(TestDecks.library(5), "", "--new", "3");
        assertEquals(1, again.code(), "no new cards left today: " + again.out());
        clock.advance(Duration.ofDays(1));
        Run tomorrow = run(TestDecks.library(5), "\n4\n", "--new", "3", "--limit", "1");
        assertTrue(tomorrow.out().contains("ok #"), tomorrow.out());
    }

    @Test
    void cramReviewsLowestRetrievabilityFirstWithoutRescheduling() {
        run(TestDecks.library(2), "\n4\n\n3\n\n3\n", "--tag", "losses");
        CardSchedule before = state("loss-0");
        clock.advance(Duration.ofDays(3));
        Run r = run(TestDecks.library(2), "\n1\n\n1\n", "--cram", "--tag", "losses");
        assertEquals(0, r.code(), r.err());
        // loss-1 went through the learning steps and has the lower stability, so it comes first
        assertTrue(r.out().indexOf("loss-1 (") < r.out().indexOf("loss-0 ("), r.out());
        assertTrue(r.out().contains("schedule unchanged (cram)"), r.out());
        assertEquals(before, state("loss-0"));
    }

    @Test
    void examDateKeepsCardsBeforeTheExam() {
        Run r = run(TestDecks.library(1), "\n4\n", "--exam", "2025-05-09", "--limit", "1");
        assertTrue(r.out().contains("4 Easy (3d)"), r.out());
        assertEquals(Instant.parse("2025-05-08T10:00:00Z"), state("loss-0").due());
    }

    @Test
    void aCardGoneFromTheDecksKeepsItsHistoryButIsNotDue() {
        run(TestDecks.library(1), "\n4\n", "--tag", "losses");
        clock.advance(Duration.ofDays(60));
        Library without = new Library(List.of(TestDecks.library(1).decks().get(1)), List.of());
        Run r = run(without, "", "--tag", "losses");
        assertEquals(1, r.code(), r.out());
        assertEquals(1, log().size());
    }

    @Test
    void aForeignDatabaseIsAOneLineError() throws Exception {
        Files.writeString(dir.resolve("p.db"), "hello");
        Run r = run(TestDecks.library(1), "");
        assertEquals(3, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("not an SQLite database"), r.err());
        assertEquals("hello", Files.readString(dir.resolve("p.db")));
    }

    @Test
    void skipAndInvalidGrades() {
        Run r = run(TestDecks.library(1), "s\n\n9\nx\n3\n");
        assertTrue(r.out().contains("skipped loss-0"), r.out());
        assertTrue(r.out().contains("grade must be 1 to 4"), r.out());
        assertTrue(r.out().contains("ok #1 optim-0 good"), r.out());
        assertTrue(r.out().contains("Summary: 1 done"), r.out());
    }

    @Test
    void queryFiltersThroughTheCardIndex() {
        Run r = run(TestDecks.library(3), "\n3\n", "--query", "tags:optimization", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("optim-0 (Optim)"), r.out());
        Run bad = run(TestDecks.library(3), "", "--query", "(unclosed");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("--query"), bad.err());
    }
}
