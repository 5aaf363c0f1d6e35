package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen front end on a virtual JLine terminal, and its layout at several sizes. */
class ScreenReviewTest {
    private static final Instant T0 = Instant.parse("2025-05-05T10:00:00Z");

    @TempDir
    Path dir;

    private String drive(Library lib, String keys, int width, boolean colour) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"));
             Terminal t = new ExternalTerminal("test", "xterm-256color",
                     new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            t.setSize(new Size(width, 24));
            Scheduler sch = new Scheduler(FsrsParameters.defaults().withFuzz(false));
            var cards = ReviewQueue.due(lib.cards(), store.states(), CardFilter.all(), T0, 100, 100);
            ReviewSession s = new ReviewSession(store, sch, lib, cards, clock, false, 1);
            new ScreenReview(s, ConfidenceScale.FOUR, lib, clock, q -> Set.of("optim-0")).run(t, colour);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keysRevealGradeUndoAndQuit() throws Exception {
        Library lib = TestDecks.library(1);
        String screen = drive(lib, "3 3u 4q", 80, false);
        assertTrue(screen.contains("What is α in loss-0?"), screen);
        assertTrue(screen.contains("show the answer first"), screen);
        assertTrue(screen.contains("1 Again 1m  2 Hard 6m  3 Good 10m  4 Easy 8d"), screen);
        assertTrue(screen.contains("undone: loss-0"), screen);
        assertTrue(screen.contains("saved: loss-0 Easy"), screen);
        assertFalse(screen.contains("\u001b[32m"), "no colour when NO_COLOR is set");
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            // Good on loss-0 was undone, then loss-0 was graded Easy
            assertEquals(List.of("loss-0"), s.effectiveLog().stream().map(e -> e.cardId()).toList());
            assertEquals(Rating.EASY.value(), s.effectiveLog().get(0).rating());
            assertEquals(3, s.fullLog().size(), "grade, undo row, grade");
        }
    }

    @Test
    void searchReviewsTheHitsAndHelpShowsKeys() throws Exception {
        String screen = drive(TestDecks.library(3), "?x/optim\r 1q", 60, true);
        assertTrue(screen.contains("undo the last grade"), screen);
        assertTrue(screen.contains("1 cards match optim"), screen);
        assertTrue(screen.contains("\u001b[32m"), "colour on");
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            assertEquals("optim-0", s.effectiveLog().get(0).cardId());
        }
    }

    @Test
    void ctrlCQuitsLikeQAndRestoresTheScreen() throws Exception {
        // no line discipline (a virtual one would turn ^C into a signal before raw mode is set): the key
        // reaches the review as a real terminal with ISIG off delivers it; RealTerminalTest covers the tty
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Library lib = TestDecks.library(2);
        TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"));
             Terminal t = new ExternalTerminal(null, "test", "xterm-256color",
                     new ByteArrayInputStream(" 3\u0003 3".getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8,
                     Terminal.SignalHandler.SIG_DFL, false, new org.jline.terminal.Attributes(), new Size(80, 24))) {
            Scheduler sch = new Scheduler(FsrsParameters.defaults().withFuzz(false));
            var cards = ReviewQueue.due(lib.cards(), store.states(), CardFilter.all(), T0, 100, 100);
            new ScreenReview(new ReviewSession(store, sch, lib, cards, clock, false, 1), ConfidenceScale.FOUR, lib, clock,
                    q -> Set.of()).run(t, false);
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("saved: loss-0 Good"), screen);
        assertTrue(screen.endsWith("\u001b[?1049l"), "the alternate screen is left at the end");
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            assertEquals(1, s.effectiveLog().size(), "nothing after Ctrl-C is read");
        }
    }

    @Test
    void layoutFitsNarrowAndShortTerminals() {
        var card = TestDecks.card("a-card-with-a-rather-long-identifier", "A deck with a long name", List.of());
        var view = new ScreenLayout.View(card, true, Map.of(Rating.AGAIN, Duration.ofMinutes(1), Rating.HARD,
                Duration.ofMinutes(6), Rating.GOOD, Duration.ofMinutes(10), Rating.EASY, Duration.ofDays(8)),
                ConfidenceScale.FOUR, new SessionProgress(3, 7, 0, 2, Duration.ofSeconds(75)), "saved", false);
        for (int w : new int[] {12, 20, 40, 120}) {
            for (int h : new int[] {3, 8, 24}) {
                List<String> lines = new ScreenLayout(w, h, false).render(view);
                assertEquals(h, lines.size(), w + "x" + h);
                for (String l : lines) assertTrue(l.length() <= w, w + "x" + h + ": '" + l + "'");
                assertTrue(lines.get(h - 1).startsWith("3 done"), lines.toString());
            }
        }
        List<String> wide = new ScreenLayout(80, 24, false).render(view);
        assertTrue(wide.stream().anyMatch(l -> l.contains("3 Good 10m")), wide.toString());
        assertTrue(wide.get(23).contains("1m 15s, retention 67%"), wide.get(23));
    }
}
