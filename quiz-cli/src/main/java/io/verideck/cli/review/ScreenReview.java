package io.verideck.cli.review;

import io.verideck.cli.exam.TypedReview;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.schedule.Rating;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen front end (JLine): the alternate screen, raw keys, redraw on resize. Keys are
 * listed in {@link ScreenLayout#HELP}. Every grade is committed before the next card is drawn.
 *
 * <p>With {@code --type} (a {@link TypedReview} is given) each card first takes a typed answer in an
 * input area under the question ({@link AnswerArea}); the answer is graded, the diff view shown, and
 * the suggested grade pre-selected: Enter or Space accepts it, a number key changes it.
 */
public final class ScreenReview {
    private final ReviewSession session;
    private final ConfidenceScale scale;
    private final Library library;
    private final Clock clock;
    private boolean revealed;
    private boolean help;
    private String message = "";
    private Instant shownAt;
    private final TypedReview typed;
    private final AnswerArea area = new AnswerArea();
    private TypedReview.Outcome outcome;
    private boolean quit;
    /** The diff view is drawn by the layout, which wraps and clips: rendered without colour codes. */
    private static final io.verideck.cli.kb.Terminal NO_COLOUR = new io.verideck.cli.kb.Terminal(Map.of("NO_COLOR", "1"));

    /** Finds card ids for the {@code /} key. */
    @FunctionalInterface
    public interface Search {
        /** The ids of the cards matching {@code query}. */
        java.util.Set<String> ids(String query) throws io.verideck.kb.index.QuerySyntaxException;
    }

    private final Search search;
    /** The editor command for the {@code e} key; null: {@code $EDITOR}, else {@code vi}. */
    private String editor;
    /** The terminal's attributes before the review switched it to raw mode (restored for the editor). */
    private Attributes cooked;

    public ScreenReview(ReviewSession session, ConfidenceScale scale, Library library, Clock clock, Search search) {
        this(session, scale, library, clock, search, null);
    }

    /**
     * @param typed the grader for {@code --type}, or null for the usual self-graded review
     */
    public ScreenReview(ReviewSession session, ConfidenceScale scale, Library library, Clock clock, Search search,
                        TypedReview typed) {
        this.typed = typed;
        this.search = search;
        this.session = session;
        this.scale = scale;
        this.library = library;
        this.clock = clock;
    }

    /**
     * Sets the editor command the {@code e} key runs (words separated by blanks, then {@code +LINE FILE});
     * without it {@code $EDITOR} is used, else {@code vi}.
     *
     * @return this screen
     */
    ScreenReview editor(String command) {
        this.editor = command;
        return this;
    }

    /** Opens the system terminal, runs the session, prints the summary to {@code out} afterwards. */
    public void run(PrintWriter out) throws IOException {
        try (Terminal t = TerminalBuilder.builder().system(true).build()) {
            run(t, System.getenv("NO_COLOR") == null);
        }
        out.println("Summary: " + session.progress().line());
        out.flush();
    }

    /** Runs the session on the given terminal (tests pass a virtual one). */
    public void run(Terminal t, boolean colour) throws IOException {
        Attributes saved = t.enterRawMode();
        cooked = saved;
        // Ctrl-C must reach the review as a key (it quits with the summary and a restored terminal),
        // not kill the JVM with SIGINT and leave the alternate screen behind
        Attributes raw = t.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        t.setAttributes(raw);
        t.puts(Capability.enter_ca_mode);
        t.puts(Capability.cursor_invisible);
        t.handle(Terminal.Signal.WINCH, s -> draw(t, colour));
        if (typed != null) t.writer().print(BRACKETED_PASTE_ON);
        try {
            NonBlockingReader r = t.reader();
            shownAt = clock.instant();
            while (!session.finished() && !quit) {
                draw(t, colour);
                int ch = r.read();
                if (ch < 0 || ch == 3 || (ch == 'q' && !help && !typing())) break;
                // the resize handler draws from the signal thread: keys and drawing take turns
                synchronized (this) {
                    if (typing() && !help) type(ch);
                    else key(t, (char) ch, colour);
                }
            }
        } finally {
            if (typed != null) t.writer().print(BRACKETED_PASTE_OFF);
            t.puts(Capability.cursor_visible);
            t.puts(Capability.exit_ca_mode);
            t.setAttributes(saved);
            t.flush();
        }
    }

    private static final String BRACKETED_PASTE_ON = "\u001b[?2004h";
    private static final String BRACKETED_PASTE_OFF = "\u001b[?2004l";

    /** True while the current card waits for its typed answer. */
    private boolean typing() {
        return typed != null && !revealed;
    }

    /** A key while the answer is being typed. */
    private void type(int ch) {
        AnswerArea.Action a = area.feed(ch);
        if (a == AnswerArea.Action.QUIT) {
            quit = true;
            return;
        }
        if (a != AnswerArea.Action.SUBMIT) return;
        message = "";
        String cmd = area.command();
        if (cmd != null) {
            area.clear();
            switch (cmd) {
                case ":q" -> quit = true;
                case ":?" -> help = true;
                case ":s" -> {
                    session.skip();
                    next();
                }
                default -> {
                    message = session.undo().map(e -> "undone: " + e.cardId()).orElse("nothing to undo");
                    next();
                }
            }
            return;
        }
        outcome = typed.check(session.current(), area.text(), NO_COLOUR);
        if (area.cut()) message = "answer cut to its first " + AnswerArea.MAX + " characters";
        revealed = true;
    }

    private void key(Terminal t, char ch, boolean colour) throws IOException {
        if (help) {
            help = false;
            return;
        }
        message = "";
        if (outcome != null && revealed && (ch == ' ' || ch == '\r' || ch == '\n')) {
            grade(scale.key(Rating.of(outcome.suggestedRating())));
            return;
        }
        switch (ch) {
            case ' ', '\r', '\n' -> revealed = true;
            case '?' -> help = true;
            case 's' -> {
                session.skip();
                next();
            }
            case 'u' -> {
                message = session.undo().map(e -> "undone: " + e.cardId()).orElse("nothing to undo");
                next();
            }
            case 'e' -> edit(t);
            case '/' -> search(t, colour);
            default -> {
                int k = ch - '0';
                if (revealed && k >= 1 && k <= scale.steps()) {
                    grade(k);
                } else if (k >= 1 && k <= scale.steps()) {
                    message = "show the answer first (Space)";
                }
            }
        }
    }

    private void grade(int k) {
        Rating g = scale.rating(k);
        int suggested = outcome == null ? 0 : scale.key(Rating.of(outcome.suggestedRating()));
        var e = session.grade(g, Duration.between(shownAt, clock.instant()));
        message = "saved: " + e.cardId() + " " + scale.label(k)
                + (suggested == 0 ? "" : suggested == k ? " (suggested)" : " (suggested " + scale.label(suggested) + ", changed)");
        next();
    }

    private void next() {
        revealed = false;
        outcome = null;
        area.clear();
        shownAt = clock.instant();
    }

    private synchronized void draw(Terminal t, boolean colour) {
        int w = Math.max(10, t.getWidth() <= 0 ? 80 : t.getWidth());
        int h = Math.max(3, t.getHeight() <= 0 ? 24 : t.getHeight());
        Card c = session.current();
        Map<Rating, Duration> next = revealed && c != null ? session.nextIntervals() : Map.of();
        ScreenLayout.Typed ty = typed == null || c == null ? null
                : outcome == null ? new ScreenLayout.Typed(area.text(), List.of(), 0, area.cursor())
                : new ScreenLayout.Typed(area.text(), outcome.view(), scale.key(Rating.of(outcome.suggestedRating())));
        List<String> lines = new ScreenLayout(w, h, colour).render(new ScreenLayout.View(c, revealed, next, scale,
                session.progress(), message, help, ty));
        t.puts(Capability.clear_screen);
        for (int row = 0; row < lines.size(); row++) {
            t.puts(Capability.cursor_address, row, 0);
            t.writer().print(lines.get(row));
        }
        t.flush();
    }

    private void edit(Terminal t) {
        Card c = session.current();
        Path file = Path.of(c.location().file());
        if (!Files.isRegularFile(file)) {
            message = "cannot edit " + c.location() + ": built-in card or file not found";
            return;
        }
        String command = editor != null ? editor : System.getenv().getOrDefault("EDITOR", "vi");
        if (command.isBlank()) command = "vi";
        List<String> cmd = new java.util.ArrayList<>(List.of(command.strip().split("\\s+")));
        cmd.add("+" + c.location().line());
        cmd.add(file.toString());
        // hand the terminal over as the review found it: normal screen, cooked mode, cursor shown
        Attributes raw = t.getAttributes();
        if (typed != null) t.writer().print(BRACKETED_PASTE_OFF);
        t.puts(Capability.cursor_visible);
        t.puts(Capability.exit_ca_mode);
        t.flush();
        if (cooked != null) t.setAttributes(cooked);
        try {
            int status = new ProcessBuilder(cmd).inheritIO().start().waitFor();
            message = status == 0 ? "edited " + c.location() + " (changes apply from the next session)"
                    : cmd.get(0) + " exited with status " + status;
        } catch (IOException e) {
            message = "cannot start editor " + cmd.get(0) + ": " + oneLine(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            t.setAttributes(raw);
            t.puts(Capability.enter_ca_mode);
            t.puts(Capability.cursor_invisible);
            if (typed != null) t.writer().print(BRACKETED_PASTE_ON);
            t.flush();
        }
    }

    /** The first line of a message, without the program name JDK puts first. */
    private static String oneLine(String s) {
        if (s == null) return "not found";
        String line = s.lines().findFirst().orElse("").strip();
        int colon = line.indexOf("\": ");
        return colon >= 0 ? line.substring(colon + 3) : line;
    }

    private void search(Terminal t, boolean colour) throws IOException {
        StringBuilder q = new StringBuilder();
        NonBlockingReader r = t.reader();
        while (true) {
            message = "/" + q;
            draw(t, colour);
            int ch = r.read();
            if (ch < 0 || ch == 27) {
                message = "";
                return;
            }
            if (ch == '\r' || ch == '\n') break;
            if (ch == 127 || ch == 8) {
                if (q.length() > 0) q.setLength(q.length() - 1);
            } else {
                q.append((char) ch);
            }
        }
        java.util.Set<String> ids;
        try {
            ids = search.ids(q.toString());
        } catch (io.verideck.kb.index.QuerySyntaxException e) {
            message = e.getMessage();
            return;
        }
        List<Card> hits = library.cards().stream().filter(c -> !c.draft() && ids.contains(c.id())).toList();
        session.prepend(hits);
        message = hits.isEmpty() ? "no card matches " + q : hits.size() + " cards match " + q;
        next();
    }
}
