package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verideck review}, {@code review --type} and {@code exam} on a real terminal: the command runs in a
 * child JVM inside a detached tmux pane (one tmux server for the class), keys go in with {@code send-keys}
 * and the screen is read back with {@code capture-pane}. Grades are checked in the SQLite log afterwards.
 * The child JVM runs {@code io.verideck.cli.Main} from this module's test class path with the launcher's
 * JVM options, so the test works in the {@code test} phase of a clean build, before anything is packaged.
 * Skipped only when tmux is missing.
 */
class RealTerminalTest {
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration KEY = Duration.ofSeconds(20);
    private static final String STEP_Q = "What does the step size α do in θ ← θ - α ∇ L?";
    /** SGR colour parameters (foreground, background, 256-colour), not resets (39, 49) or attributes. */
    private static final Pattern COLOUR = Pattern.compile("\u001b\\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m");

    @TempDir
    static Path dir;
    private static Tmux tmux;
    private static Path decks;

    @BeforeAll
    static void startTmux() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed: the real-terminal tests are skipped (scripts/install-deps installs it)");
        decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("tmux.md"), """
                ---
                deck: Tmux test
                tags: [tmuxtest]
                ---

                # Tmux test

                ## What does the step size $\\alpha$ do in $\\theta \\leftarrow \\theta - \\alpha \\nabla L$?
                id: tmux-step
                tags: tmuxexam
                key points: alpha is the learning rate; it scales the gradient step; too large a step makes training diverge

                The learning rate $\\alpha$ scales each step: $\\theta_{t+1} = \\theta_t - \\alpha \\nabla L(\\theta_t)$. Too large and training diverges.

                ## What is $\\sigma(0)$ for the sigmoid $\\sigma(x) = \\frac{1}{1+e^{-x}}$?
                id: tmux-sigmoid
                key points: one half; the curve is symmetric about zero

                $\\sigma(0) = \\frac{1}{2}$.
                """);
        // the launcher's JVM options; the class path of this test run (an @argfile keeps the tmux command short)
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path root = Path.of("").toAbsolutePath();
        if (Files.isDirectory(root.resolve("quiz-cli"))) root = root.resolve("quiz-cli");
        Files.writeString(dir.resolve("jvm.args"), "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m\n"
                + "-Dverideck.root=" + quoteArg(root.getParent().toString()) + "\n-cp " + quoteArg(cp) + "\nio.verideck.cli.Main\n");
        Path editor = Files.writeString(dir.resolve("fake-editor.sh"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > "
                + Tmux.quote(dir.resolve("editor-args.txt")) + "\nstty -a > " + Tmux.quote(dir.resolve("editor-stty.txt")) + "\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        // run.sh HOME ARGS...: one command with its own VERIDECK_HOME (so its own progress.db)
        Path run = Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\nhome=\"$1\"; shift\n"
                + "export VERIDECK_HOME=\"$home\" VERIDECK_CACHE=" + Tmux.quote(dir.resolve("cache"))
                + " EDITOR=" + Tmux.quote(editor) + "\n"
                + Tmux.quote(Path.of(System.getProperty("java.home"), "bin", "java")) + " @" + Tmux.quote(dir.resolve("jvm.args"))
                + " --decks " + Tmux.quote(decks) + " \"$@\"\necho \"[exit $?]\"\n");
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        tmux = Tmux.start(80, 24, "cat");
    }

    @AfterAll
    static void stopTmux() {
        if (tmux != null) tmux.close();
    }

    private static String quoteArg(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Runs verideck in the pane with its own home directory; {@code noColor} sets NO_COLOR, else it is unset. */
    private static Path launch(String name, boolean noColor, String args) {
        Path home = dir.resolve(name);
        tmux.respawn((noColor ? "env NO_COLOR=1 " : "env -u NO_COLOR ") + Tmux.quote(dir.resolve("run.sh")) + " "
                + Tmux.quote(home) + " " + args);
        return home;
    }

    /** The review log rows: card id, rating, kind. */
    private static List<String> log(Path home) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT card_id, rating, kind FROM review_log ORDER BY id")) {
            while (r.next()) rows.add(r.getString(1) + " " + r.getInt(2) + " " + r.getString(3));
        }
        return rows;
    }

    private static List<String> lines(String screen) {
        return Arrays.asList(screen.split("\n", -1)).subList(0, screen.endsWith("\n") ? screen.split("\n", -1).length - 1
                : screen.split("\n", -1).length);
    }

    /** A redrawn screen of exactly {@code w x h}: one header, the progress line last and nowhere else. */
    private static boolean cleanLayout(String screen, int w, int h) {
        List<String> rows = lines(screen);
        if (rows.size() != h) return false;
        for (String r : rows) if (r.codePointCount(0, r.length()) > w) return false;
        if (!rows.get(h - 1).matches("\\d+ done, \\d+ left.*")) return false;
        long headers = rows.stream().filter(r -> r.startsWith("Tmux test · ")).count();
        long progress = rows.stream().filter(r -> r.matches(".*\\d+ done, \\d+ left.*")).count();
        return headers == 1 && progress == 1;
    }

    @Test
    void reviewOnARealTerminal() throws Exception {
        Path home = launch("review", false, "review --deck 'Tmux test'");
        String s = tmux.await(STEP_Q, START);
        assertFalse(s.contains("\\alpha") || s.contains("$"), "TeX is rendered as text:\n" + s);
        assertTrue(COLOUR.matcher(tmux.screenWithAttributes()).find(), "colours without NO_COLOR");

        tmux.keys("?");
        tmux.await("undo the last grade", KEY);
        tmux.keys("x");
        tmux.await("Space/Enter: show answer", KEY);

        tmux.keys("Space");
        s = tmux.await("3 Good", KEY);
        assertTrue(s.contains("The learning rate α scales each step"), s);
        assertTrue(s.contains("• it scales the gradient step"), s);

        tmux.keys("3");
        tmux.await("saved: tmux-step Good", KEY);
        assertEquals(List.of("tmux-step 3 review"), log(home), "the grade is committed before the next card shows");

        tmux.keys("u");
        s = tmux.await("undone: tmux-step", KEY);
        assertTrue(s.contains(STEP_Q), "the undone card is shown again:\n" + s);
        assertEquals(List.of("tmux-step 3 review", "tmux-step 0 undo"), log(home));

        // e: the editor gets the card's file at its line and a terminal in normal (cooked) mode
        tmux.keys("e");
        s = tmux.await("edited ", KEY);
        assertTrue(s.contains(STEP_Q), "the review screen is back:\n" + s);
        List<String> args = Files.readAllLines(dir.resolve("editor-args.txt"));
        assertEquals(2, args.size(), args.toString());
        assertTrue(args.get(0).matches("\\+\\d+"), args.toString());
        int line = Integer.parseInt(args.get(0).substring(1));
        assertEquals(decks.resolve("tmux.md").toRealPath(), Path.of(args.get(1)).toRealPath());
        assertTrue(Files.readAllLines(decks.resolve("tmux.md")).get(line - 1).startsWith("## What does the step size"),
                "+" + line + " is the card's heading");
        String stty = Files.readString(dir.resolve("editor-stty.txt"));
        assertTrue(stty.matches("(?s).*(^|\\s)icanon\\s.*") && stty.matches("(?s).*(^|\\s)echo\\s.*"),
                "the editor gets a cooked terminal:\n" + stty);

        // resize: redrawn at the new size without leftovers
        tmux.resize(40, 12);
        s = tmux.await("a clean 40x12 layout", KEY, x -> cleanLayout(x, 40, 12) && x.contains("What does the step size α"));
        tmux.resize(100, 30);
        s = tmux.await("a clean 100x30 layout", KEY, x -> cleanLayout(x, 100, 30) && x.contains(STEP_Q));

        tmux.keys("Space");
        tmux.await("4 Easy", KEY);
        tmux.keys("4");
        tmux.await("saved: tmux-step Easy", KEY);
        tmux.keys("q");
        tmux.await("[exit 0]", KEY);
        s = tmux.history();
        assertTrue(s.contains("Summary: 1 done, 1 left"), s);
        assertEquals(List.of("tmux-step 3 review", "tmux-step 0 undo", "tmux-step 4 review"), log(home));
    }

    @Test
    void typedReviewSuggestsAGradeThatCanBeOverridden() throws Exception {
        Path home = launch("typed", true, "review --type --deck 'Tmux test'");
        tmux.await("Your answer (empty line submits", START);
        // editing at the cursor: Home, End, Left, Backspace, Ctrl-U
        tmux.type("lpha is the learning rate");
        tmux.keys("Home");
        tmux.type("a");
        tmux.keys("End");
        tmux.type("; it scales the gradient sXtep");
        tmux.keys("Left", "Left", "Left", "BSpace", "C-e", "Enter");
        tmux.type("junk that goes");
        tmux.keys("C-u");
        tmux.type("too large diverges");
        tmux.await("too large diverges_", KEY);
        String s = tmux.screen();
        assertTrue(s.contains("alpha is the learning rate; it scales the gradient step\n"), s);
        assertFalse(s.contains("junk"), s);

        tmux.keys("Enter", "Enter");
        s = tmux.await("Enter: accept", KEY);
        assertTrue(s.contains("Your answer:") && s.contains("+ alpha is the learning rate"), s);
        Matcher m = Pattern.compile("Enter: accept (\\d) (\\w+)").matcher(s);
        assertTrue(m.find(), s);
        int suggested = Integer.parseInt(m.group(1));
        assertTrue(s.contains("[" + suggested + " " + m.group(2)), "the suggestion is marked on the grade line:\n" + s);
        assertFalse(COLOUR.matcher(tmux.screenWithAttributes()).find(), "NO_COLOR: no colour codes");

        int override = suggested == 2 ? 3 : 2;
        String label = override == 2 ? "Hard" : "Good";
        tmux.keys(String.valueOf(override));
        tmux.await("saved: tmux-step " + label + " (suggested " + m.group(2) + ", changed)", KEY);
        assertEquals(List.of("tmux-step " + override + " review"), log(home));

        // the next card: a bracketed paste with a blank line does not submit; typed escapes are not drawn
        tmux.await("What is σ(0) for the sigmoid", KEY);
        tmux.paste("one half\n\nsymmetric about zero");
        tmux.type("\u001b[31mRED\u001b]0;pwned\u0007");
        s = tmux.await("symmetric about zeroRED", KEY);
        assertTrue(s.contains("one half\n\n"), "the pasted blank line stays in the answer:\n" + s);
        assertFalse(s.contains("[31m") || s.contains("pwned") || s.contains("Enter: accept"), s);
        assertFalse(COLOUR.matcher(tmux.screenWithAttributes()).find(), "the typed colour code was not drawn");
        tmux.keys("C-c"); // a key in raw mode, not SIGINT: the review ends normally
        tmux.await("[exit 0]", KEY);
        s = tmux.history();
        assertTrue(s.contains("Summary: 1 done"), s);
    }

    @Test
    void examTakesAMultiLineAnswerAndReportsMatchedAndMissed() throws Exception {
        Path home = launch("exam", true, "exam --tag tmuxexam --questions 1 --seed 1");
        tmux.await("a JLine prompt after the question", START, x -> x.contains("Question 1/1") && x.contains("\n>"));
        // a typo on the first line, fixed after moving up to it (JLine's multi-line buffer)
        tmux.type("alpha is the learning rateX");
        tmux.keys("Enter");
        tmux.type("it multiplies the gradient step");
        tmux.await("  it multiplies the gradient step", KEY);
        // each move is awaited (the cursor position): cursor keys sent back to back faster than anyone
        // types are not all taken by JLine
        int[] end2 = tmux.cursor();
        tmux.keys("Up");
        tmux.awaitCursor("> alpha is the learning rateX".length(), end2[1] - 1, KEY);
        tmux.keys("BSpace");
        tmux.await("the typo removed", KEY, x -> x.contains("> alpha is the learning rate\n"));
        tmux.keys("Down");
        tmux.awaitCursor("> alpha is the learning rate".length(), end2[1], KEY);
        tmux.keys("End");
        tmux.awaitCursor(end2[0], end2[1], KEY);
        tmux.keys("Enter");
        tmux.keys("Enter");
        tmux.await("[exit 0]", START);
        String s = tmux.history();
        assertTrue(s.contains("=== Exam report ==="), s);
        assertTrue(s.contains("Your answer: alpha is the learning rate / it multiplies the gradient step"), s);
        assertTrue(s.matches("(?s).*\n\\s*\\+ alpha is the learning rate\\b.*"), "a matched key point:\n" + s);
        assertTrue(s.matches("(?s).*\n\\s*- too large a step makes training diverge.*"), "a missed key point:\n" + s);
        assertTrue(s.contains("Suggested grade: "), s);
        List<String> rows = log(home);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("tmux-step ") && rows.get(0).endsWith(" exam"), rows.toString());
    }
}
