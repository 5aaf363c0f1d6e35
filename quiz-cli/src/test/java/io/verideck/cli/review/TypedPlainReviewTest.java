package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.cli.exam.FormulaCheck;
import io.verideck.cli.exam.TypedReview;
import io.verideck.cli.kb.Terminal;
import io.verideck.kb.grade.Grader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verideck review --type --plain} in-process with scripted answers. */
class TypedPlainReviewTest {
    private static final Instant T0 = Instant.parse("2025-05-05T10:00:00Z");
    private static final Grader GRADER = new Grader();
    private static final Terminal PLAIN = new Terminal(Map.of("NO_COLOR", "1"));

    @TempDir
    Path dir;

    private final TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);

    record Run(int code, String out, String err) {
    }

    static TypedReview checker() {
        return new TypedReview(GRADER, new FormulaCheck(StandInJudge.class.getName()));
    }

    private Run run(Library lib, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--plain", "--type", "--no-fuzz", "--db", dir.resolve("p.db").toString()));
        all.addAll(List.of(args));
        int code = new CommandLine(new ReviewCommand(() -> lib, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                clock, TypedPlainReviewTest::checker)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private List<ReviewEntry> log() {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            return s.effectiveLog();
        }
    }

    /** What the grader suggests for this answer, computed independently of the review. */
    private static int suggested(Card c, String answer) {
        return checker().check(c, answer, PLAIN).suggestedRating();
    }

    static Card formulaCard() {
        return new Card("relu", "Write the ReLU activation of $z$.", "$\\max(0, z)$: zero for negative inputs, $z$ otherwise.",
                "Activations", List.of("activations"), null, List.of(), List.of(), List.of(),
                List.of("relu(z) = max(0, z)", "zero for negative inputs"), "max(0, z)", "z scalar", false, null,
                new SourceLocation("decks/activations.md", 3));
    }

    static Library formulaLibrary() {
        return new Library(List.of(new Deck("Activations", "decks/activations.md", List.of(), "", List.of(formulaCard()))),
                List.of());
    }

    @Test
    void theSuggestedGradeIsAcceptedWithEnter() {
        Library lib = TestDecks.library(1);
        Card loss = lib.card("loss-0").orElseThrow();
        int expected = suggested(loss, "alpha squared\n");
        assertTrue(expected >= 3, "a right answer is suggested good or easy, got " + expected);
        Run r = run(lib, "alpha squared\n.\n\n", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(type your answer, then a line with only \".\""), r.out());
        assertTrue(r.out().contains("A: It is α² for loss-0."), r.out());
        assertTrue(r.out().contains("+ alpha"), r.out());
        assertTrue(r.out().contains("Suggested grade: "), r.out());
        assertTrue(r.out().contains("Suggested: " + expected + " "), r.out());
        assertTrue(r.out().contains(" (suggested)"), r.out());
        assertFalse(r.out().contains("Key points:"), "the diff view lists the key points");
        assertEquals(1, log().size());
        assertEquals(expected, log().get(0).rating());
        assertEquals(ReviewEntry.REVIEW, log().get(0).kind());
    }

    @Test
    void theSuggestedGradeCanBeOverridden() {
        Library lib = TestDecks.library(1);
        int expected = suggested(lib.card("loss-0").orElseThrow(), "alpha squared\n");
        int other = expected == 1 ? 4 : 1;
        Run r = run(lib, "alpha squared\n.\n" + other + "\n", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(", changed)"), r.out());
        assertEquals(List.of(other), log().stream().map(ReviewEntry::rating).toList());
    }

    @Test
    void anEmptyAnswerIsSuggestedAgain() {
        Run r = run(TestDecks.library(1), ".\n\n", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: empty answer"), r.out());
        assertTrue(r.out().contains("- alpha"), r.out());
        assertTrue(r.out().contains("Suggested: 1 Again"), r.out());
        assertEquals(List.of(1), log().stream().map(ReviewEntry::rating).toList());
    }

    @Test
    void aWrongGradeKeyIsAskedAgainAndCommandsWork() {
        Run r = run(TestDecks.library(1), ":s\nsomething\n.\n9\n2\n:u\n:q\n");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("skipped loss-0"), r.out());
        assertTrue(r.out().contains("grade must be 1 to 4, or Enter for"), r.out());
        assertTrue(r.out().contains("ok #1 optim-0 hard"), r.out());
        assertTrue(r.out().contains("undone #1 optim-0"), r.out());
        assertTrue(log().isEmpty(), "the only grade was undone");
    }

    @Test
    void aTypedFormulaIsJudged() {
        Run ok = run(formulaLibrary(), "the ramp, zero for negative inputs\n= max(0,z)\n.\n\n");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Formula: accepted"), ok.out());
        int accepted = log().get(0).rating();
        assertTrue(accepted >= 3, "an accepted formula is at least good: " + accepted);
        clock.advance(java.time.Duration.ofDays(400));
        Run no = run(formulaLibrary(), "the ramp, zero for negative inputs\n= min(0,z)\n.\n\n");
        assertTrue(no.out().contains("Formula: rejected: off by a sign; they differ at z = 1.0"), no.out());
        assertTrue(no.out().contains("Suggested: 2 Hard, set by the formula verdict"), no.out());
        assertTrue(log().get(1).rating() <= 2, "a rejected formula is at most hard: " + log());
        clock.advance(java.time.Duration.ofDays(400));
        Run unreadable = run(formulaLibrary(), "= max(0,?)\n.\n\n");
        assertTrue(unreadable.out().contains("Formula: could not read the formula: col 1"), unreadable.out());
        assertEquals(3, log().size());
    }

    @Test
    void escapeSequencesInAnAnswerAreNeverEchoed() {
        String hostile = "\u001b]0;pwned-title\u0007\u001b[2J\u001b[31malpha\u001b[0m \u202esquared\u0000\u009b1m\n.\n\n";
        Run r = run(TestDecks.library(1), hostile, "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\u001b"), "no escape character in the output");
        assertFalse(r.out().contains("\u0007") || r.out().contains("\u009b") || r.out().contains("\u202e")
                || r.out().contains("\u0000"), "no control or bidi character in the output");
        assertFalse(r.out().contains("pwned"), "the OSC payload is removed with its sequence");
        assertTrue(r.out().contains("escape sequences removed"), r.out());
        assertTrue(r.out().contains("+ alpha"), "the cleaned answer is still graded: " + r.out());
        assertEquals(1, log().size());
    }

    @Test
    void aHugePasteIsReadWithoutCrashing() {
        String paste = "alpha ".repeat(200_000) + "\n.\n\n";
        Run r = run(TestDecks.library(1), paste, "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("answer cut to its first"), r.out());
        assertEquals(1, log().size());
    }

    @Test
    void onTheFiveStepScaleTheSuggestionIsTheLowestKeyOfItsRating() {
        Library lib = TestDecks.library(1);
        int easy = suggested(lib.card("optim-0").orElseThrow(), "alpha squared\n");
        Run r = run(lib, ".\n\nalpha squared\n.\n\n", "--scale", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Suggested: 1 No idea"), r.out());
        int key = ConfidenceScale.FIVE.key(io.verideck.schedule.Rating.of(easy));
        assertTrue(r.out().contains("Suggested: " + key + " " + ConfidenceScale.FIVE.label(key)), r.out());
        assertEquals(List.of(1, easy), log().stream().map(ReviewEntry::rating).toList());
    }
}
