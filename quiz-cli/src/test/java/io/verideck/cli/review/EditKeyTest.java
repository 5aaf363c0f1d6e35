package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import io.verideck.progress.ProgressStore;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code e} key: the card's file opened at its line in the editor, and the review going on after it. */
class EditKeyTest {
    private static final Instant T0 = Instant.parse("2025-05-05T10:00:00Z");
    private static final String SMCUP = "\u001b[?1049h";
    private static final String RMCUP = "\u001b[?1049l";

    @TempDir
    Path dir;

    private Library library(Path deckFile) {
        Card c = new Card("edit-me", "What is $\\beta$?", "It is $\\beta^2$.", "Edits", List.of("edits"), null,
                List.of(), List.of(), List.of(), List.of("beta", "square"), null, null, false, null,
                new SourceLocation(deckFile.toString(), 17));
        return new Library(List.of(new Deck("Edits", deckFile.toString(), List.of(), "", List.of(c))), List.of());
    }

    private String drive(Library lib, String keys, String editor) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        TestDecks.ManualClock clock = new TestDecks.ManualClock(T0);
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"));
             Terminal t = new ExternalTerminal("test", "xterm-256color",
                     new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            t.setSize(new Size(200, 24)); // wide enough for the temp paths in the messages
            Scheduler sch = new Scheduler(FsrsParameters.defaults().withFuzz(false));
            var cards = ReviewQueue.due(lib.cards(), store.states(), CardFilter.all(), T0, 100, 100);
            ReviewSession s = new ReviewSession(store, sch, lib, cards, clock, false, 1);
            new ScreenReview(s, ConfidenceScale.FOUR, lib, clock, q -> Set.of()).editor(editor).run(t, false);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void opensTheCardsFileAtItsLineAndTheReviewGoesOn() throws Exception {
        Path deck = Files.writeString(dir.resolve("edits.md"), "---\ndeck: Edits\n---\n");
        Path argsFile = dir.resolve("args.txt");
        Path script = Files.writeString(dir.resolve("fake-editor.sh"),
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argsFile + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        String screen = drive(library(deck), "e 3q", script.toString());

        assertEquals(List.of("+17", deck.toString()), Files.readAllLines(argsFile), "editor arguments");
        assertTrue(screen.contains("edited " + deck + ":17"), screen);
        // the alternate screen was left for the editor and entered again after it
        assertEquals(2, count(screen, SMCUP), screen);
        assertEquals(2, count(screen, RMCUP), screen);
        int back = screen.indexOf(SMCUP, screen.indexOf(RMCUP));
        assertTrue(back > 0 && screen.indexOf("edited", back) > back, "the screen is drawn again after the editor");
        // the review went on: the grade after the editor is in the log
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            assertEquals(List.of("edit-me"), s.effectiveLog().stream().map(e -> e.cardId()).toList());
            assertEquals(Rating.GOOD.value(), s.effectiveLog().get(0).rating());
        }
    }

    @Test
    void editorArgumentsInTheCommandAreKept() throws Exception {
        Path deck = Files.writeString(dir.resolve("edits.md"), "---\ndeck: Edits\n---\n");
        Path argsFile = dir.resolve("args.txt");
        Path script = Files.writeString(dir.resolve("fake-editor.sh"),
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argsFile + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        drive(library(deck), "eq", script + " --wait");

        assertEquals(List.of("--wait", "+17", deck.toString()), Files.readAllLines(argsFile));
    }

    @Test
    void aMissingEditorGivesOneLineAndNoCrash() throws Exception {
        Path deck = Files.writeString(dir.resolve("edits.md"), "---\ndeck: Edits\n---\n");
        String screen = drive(library(deck), "e 3q", dir.resolve("no-such-editor").toString());
        int at = screen.indexOf("cannot start editor " + dir.resolve("no-such-editor"));
        assertTrue(at >= 0, screen);
        String rest = screen.substring(at);
        String line = rest.substring(0, Math.min(rest.length(), rest.indexOf('\u001b') < 0 ? rest.length() : rest.indexOf('\u001b')));
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.contains("No such file"), line);
        assertFalse(screen.contains("Exception"), "no stack trace on the screen");
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            assertEquals(1, s.effectiveLog().size(), "the review went on after the failed editor");
        }
    }

    @Test
    void aFailingEditorIsReported() throws Exception {
        Path deck = Files.writeString(dir.resolve("edits.md"), "---\ndeck: Edits\n---\n");
        Path script = Files.writeString(dir.resolve("failing.sh"), "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        String screen = drive(library(deck), "eq", script.toString());
        assertTrue(screen.contains("exited with status 3"), screen);
    }

    @Test
    void aCardWithoutAFileIsNotEdited() throws Exception {
        String screen = drive(library(dir.resolve("gone.md")), "eq", "/bin/true");
        assertTrue(screen.contains("built-in card or file not found"), screen);
    }
}
