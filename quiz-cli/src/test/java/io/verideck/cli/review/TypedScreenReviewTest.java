package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.cli.kb.Terminal;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
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
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review --type} on the full screen, driven on a virtual JLine terminal; the input area; the layout. */
class TypedScreenReviewTest {
    private static final Instant T0 = Instant.parse("2025-05-05T10:00:00Z");

    @TempDir
    Path dir;

    private String drive(Library lib, String keys, int width, int height) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"));
             // no line discipline at all (as in raw mode): the virtual terminal never echoes the keys itself,
             // so whatever reaches the screen was drawn by the review
             org.jline.terminal.Terminal t = new ExternalTerminal(null, "test", "xterm-256color",
                     new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8,
                     org.jline.terminal.Terminal.SignalHandler.SIG_DFL, false, new Attributes(), new Size(width, height))) {
            Scheduler sch = new Scheduler(FsrsParameters.defaults().withFuzz(false));
            var cards = ReviewQueue.due(lib.cards(), store.states(), CardFilter.all(), T0, 100, 100);
            ReviewSession s = new ReviewSession(store, sch, lib, cards, clock, false, 1);
            new ScreenReview(s, ConfidenceScale.FOUR, lib, clock, q -> Set.of(), TypedPlainReviewTest.checker()).run(t, false);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    private List<ReviewEntry> log() {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            return s.effectiveLog();
        }
    }

    private static int suggested(Library lib, String id, String answer) {
        return TypedPlainReviewTest.checker().check(lib.card(id).orElseThrow(), answer,
                new Terminal(Map.of("NO_COLOR", "1"))).suggestedRating();
    }

    @Test
    void typeSubmitAcceptTheSuggestionThenOverrideOne() throws Exception {
        Library lib = TestDecks.library(2);
        int first = suggested(lib, "loss-0", "alpha\nsquared");
        int second = suggested(lib, "loss-1", "");
        int override = second == 4 ? 1 : 4;
        // q and digits inside an answer are text, not keys; Backspace deletes; Enter on an empty line submits
        String keys = "alpha\rsquaredX\u007f\r\r" + " " + "\r" + override + ":q\r";
        String screen = drive(lib, keys, 80, 24);
        assertTrue(screen.contains("Your answer (empty line submits"), screen);
        assertTrue(screen.contains("+ alpha"), screen);
        assertTrue(screen.contains("+ square"), screen);
        assertTrue(screen.contains("Suggested grade: "), screen);
        assertTrue(screen.contains("Enter: accept " + first + " "), screen);
        assertTrue(screen.contains("squaredX_") && screen.contains("squared_"), "Backspace deleted the X: " + screen);
        assertTrue(screen.contains("(suggested)"), screen);
        assertTrue(screen.contains("Your answer: (none)"), screen);
        assertTrue(screen.contains("[" + second + " "), "the suggestion is marked in the grade line: " + screen);
        assertTrue(screen.contains(", changed)"), screen);
        List<ReviewEntry> log = log();
        assertEquals(List.of("loss-0", "loss-1"), log.stream().map(ReviewEntry::cardId).toList());
        assertEquals(List.of(first, override), log.stream().map(ReviewEntry::rating).toList());
    }

    @Test
    void lettersAreTextWhileTypingAndCommandsAreLines() throws Exception {
        Library lib = TestDecks.library(1);
        // "q", "s", "u" and "1" are text here; ":s" skips loss-0, ":q" quits on optim-0
        String screen = drive(lib, "qsu1\u007f\u007f\u007f\u007f:s\r:q\r", 80, 24);
        assertTrue(screen.contains("qsu1_"), screen);
        assertTrue(log().isEmpty(), "nothing graded");
        assertTrue(screen.contains("optim-0"), "skipped to the next card: " + screen);
    }

    @Test
    void escapeSequencesTypedOrPastedNeverReachTheScreen() throws Exception {
        Library lib = TestDecks.library(1);
        String hostile = "\u001b]0;pwned-title\u0007\u001b[31malpha\u001b[0m \u202esquared\u0018\u001bPdcs-payload\u001b\\"
                + "\u001b[200~pasted\r\rstill pasted\u001b[201~\r\r\r";
        String screen = drive(lib, hostile + "q", 80, 24);
        assertFalse(screen.contains("pwned"), screen);
        assertFalse(screen.contains("dcs-payload"), screen);
        assertFalse(screen.contains("\u001b[31m"), screen);
        assertFalse(screen.contains("\u202e") || screen.contains("\u0018"), screen);
        assertTrue(screen.contains("still pasted"), "a blank line inside a paste does not submit: " + screen);
        assertEquals(1, log().size(), "the pasted answer was submitted once and graded");
        assertTrue(screen.contains("\u001b[?2004h") && screen.contains("\u001b[?2004l"), "bracketed paste on, then off");
    }

    @Test
    void theInputAreaKeepsOnlyPrintableText() {
        AnswerArea a = new AnswerArea();
        for (char c : "a\u001b[1;5Ab\u009b2Jc\u001b]8;;http://x\u001b\\d\u0007\te".toCharArray()) a.feed(c);
        assertEquals("abcd e", a.text());
        assertEquals(AnswerArea.Action.NONE, a.feed('\r'));
        assertEquals("abcd e\n", a.text());
        assertEquals(AnswerArea.Action.SUBMIT, a.feed('\r'));
        assertEquals("abcd e", a.text());
        assertNull(a.command());
        a.clear();
        assertEquals(AnswerArea.Action.QUIT, a.feed(4), "Ctrl-D on an empty answer quits");
        for (char c : ":u".toCharArray()) a.feed(c);
        assertEquals(AnswerArea.Action.SUBMIT, a.feed('\r'));
        assertEquals(":u", a.command());
        a.clear();
        // an unterminated OSC ends at the line instead of swallowing the rest of the answer
        for (char c : "\u001b]0;endless\rok".toCharArray()) a.feed(c);
        assertEquals("ok", a.text().strip());
        a.clear();
        for (int i = 0; i < AnswerArea.MAX + 10; i++) a.feed('x');
        assertEquals(AnswerArea.MAX, a.text().length());
        assertTrue(a.cut());
    }

    @Test
    void theTypedLayoutFitsAndKeepsTheCursorAndTheGradeLine() {
        var card = TestDecks.card("a-card-with-a-rather-long-identifier", "A deck with a long name", List.of());
        Map<Rating, Duration> next = Map.of(Rating.AGAIN, Duration.ofMinutes(1), Rating.HARD, Duration.ofMinutes(6),
                Rating.GOOD, Duration.ofMinutes(10), Rating.EASY, Duration.ofDays(8));
        SessionProgress p = new SessionProgress(3, 7, 0, 2, Duration.ofSeconds(75));
        String longAnswer = "word ".repeat(300) + "\nlast line";
        var typing = new ScreenLayout.View(card, false, Map.of(), ConfidenceScale.FOUR, p, "", false,
                new ScreenLayout.Typed(longAnswer, List.of(), 0));
        var graded = new ScreenLayout.View(card, true, next, ConfidenceScale.FOUR, p, "", false,
                new ScreenLayout.Typed(longAnswer, List.of("+ alpha   matched: alpha", "- square",
                        "Suggested grade: 3/5 (good, score 0.55) - 1 of 2 key points hit"), 3));
        for (int w : new int[] {12, 20, 40, 120}) {
            for (int h : new int[] {3, 8, 24}) {
                List<String> t = new ScreenLayout(w, h, false).render(typing);
                assertEquals(h, t.size(), w + "x" + h);
                for (String l : t) assertTrue(l.length() <= w, w + "x" + h + ": '" + l + "'");
                assertTrue(t.get(h - 1).startsWith("3 done"), t.toString());
                assertTrue(t.stream().anyMatch(l -> l.endsWith("_")), "the cursor line is shown: " + t);
                if (w >= 20) assertTrue(t.contains("last line_"), t.toString());
                List<String> g = new ScreenLayout(w, h, false).render(graded);
                assertEquals(h, g.size(), w + "x" + h);
                for (String l : g) assertTrue(l.length() <= w, w + "x" + h + ": '" + l + "'");
                assertTrue(g.get(h - 1).startsWith("3 done"), g.toString());
            }
        }
        List<String> wide = new ScreenLayout(100, 40, false).render(graded);
        assertTrue(wide.stream().anyMatch(l -> l.contains("[3 Good 10m]")), wide.toString());
        assertTrue(wide.stream().anyMatch(l -> l.startsWith("Enter: accept 3 Good")), wide.toString());
        assertTrue(wide.stream().anyMatch(l -> l.startsWith("- square")), wide.toString());
    }
}
