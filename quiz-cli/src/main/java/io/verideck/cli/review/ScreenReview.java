package io.verideck.cli.review;

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

    /** Finds card ids for the {@code /} key. */
    @FunctionalInterface
    public interface Search {
        /** The ids of the cards matching {@code query}. */
        java.util.Set<String> ids(String query) throws io.verideck.kb.index.QuerySyntaxException;
    }

    private final Search search;

    public ScreenReview(ReviewSession session, ConfidenceScale scale, Library library, Clock clock, Search search) {
        this.search = search;
        this.session = session;
        this.scale = scale;
        this.library = library;
        this.clock = clock;
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
        t.puts(Capability.enter_ca_mode);
        t.puts(Capability.cursor_invisible);
        t.handle(Terminal.Signal.WINCH, s -> draw(t, colour));
        try {
            NonBlockingReader r = t.reader();
            shownAt = clock.instant();
            while (!session.finished()) {
                draw(t, colour);
                int ch = r.read();
                if (ch < 0 || (ch == 'q' && !help)) break;
                // the resize handler draws from the signal thread: keys and drawing take turns
                synchronized (this) {
                    key(t, (char) ch, colour);
                }
            }
        } finally {
            t.puts(Capability.cursor_visible);
            t.puts(Capability.exit_ca_mode);
            t.setAttributes(saved);
            t.flush();
        }
    }

    private void key(Terminal t, char ch, boolean colour) throws IOException {
        if (help) {
            help = false;
            return;
        }
        message = "";
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
                    Rating g = scale.rating(k);
                    var e = session.grade(g, Duration.between(shownAt, clock.instant()));
                    message = "saved: " + e.cardId() + " " + scale.label(k);
                    next();
                } else if (k >= 1 && k <= scale.steps()) {
                    message = "show the answer first (Space)";
                }
            }
        }
    }

    private void next() {
        revealed = false;
        shownAt = clock.instant();
    }

    private synchronized void draw(Terminal t, boolean colour) {
        int w = Math.max(10, t.getWidth() <= 0 ? 80 : t.getWidth());
        int h = Math.max(3, t.getHeight() <= 0 ? 24 : t.getHeight());
        Card c = session.current();
        Map<Rating, Duration> next = revealed && c != null ? session.nextIntervals() : Map.of();
        List<String> lines = new ScreenLayout(w, h, colour).render(new ScreenLayout.View(c, revealed, next, scale,
                session.progress(), message, help));
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
        String editor = System.getenv().getOrDefault("EDITOR", "vi");
        Attributes raw = t.getAttributes();
        t.puts(Capability.exit_ca_mode);
        t.flush();
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of(editor.split("\\s+")));
            cmd.add("+" + c.location().line());
            cmd.add(file.toString());
            new ProcessBuilder(cmd).inheritIO().start().waitFor();
            message = "edited " + c.location() + " (changes apply from the next session)";
        } catch (IOException e) {
            message = "cannot start " + editor + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            t.setAttributes(raw);
            t.puts(Capability.enter_ca_mode);
        }
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
