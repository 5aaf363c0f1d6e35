package io.verideck.cli.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One detached tmux session on a private server socket, driven from a test: keys in with
 * {@code send-keys}, the screen out with {@code capture-pane -p}, and polling with a deadline instead of
 * fixed sleeps.
 */
final class Tmux implements AutoCloseable {
    private final String socket;
    private final String target;

    private Tmux(String socket) {
        this.socket = socket;
        this.target = "vdk";
    }

    /** True when a tmux binary answers {@code tmux -V}. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts a session of the given size running {@code command} (a shell command line). */
    static Tmux start(int width, int height, String command) {
        Tmux t = new Tmux("verideck-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        t.run("new-session", "-d", "-s", t.target, "-x", String.valueOf(width), "-y", String.valueOf(height), command);
        t.run("set-option", "-t", t.target, "remain-on-exit", "on");
        return t;
    }

    /** Replaces whatever runs in the pane with {@code command}. */
    void respawn(String command) {
        run("respawn-pane", "-k", "-t", target, command);
        // the history of the previous command would match the next one's checks
        run("clear-history", "-t", target);
    }

    /** Sends tmux key names ({@code Space}, {@code Enter}, {@code C-a}, {@code Left}, ...). */
    void keys(String... names) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", target));
        args.addAll(List.of(names));
        run(args.toArray(String[]::new));
    }

    /** Sends text literally, character by character as typed. */
    void type(String text) {
        run("send-keys", "-t", target, "-l", text);
    }

    /** Pastes {@code text} as a terminal does: bracketed when the program asked for it. */
    void paste(String text) {
        run("set-buffer", "-b", "vdk", text);
        run("paste-buffer", "-p", "-d", "-b", "vdk", "-t", target);
    }

    /** The cursor position as {x, y} (0-based). */
    int[] cursor() {
        String[] xy = run("display-message", "-p", "-t", target, "#{cursor_x},#{cursor_y}").strip().split(",");
        return new int[] {Integer.parseInt(xy[0]), Integer.parseInt(xy[1])};
    }

    /** Polls until the cursor is at column {@code x}, row {@code y}. */
    void awaitCursor(int x, int y, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        int[] c = cursor();
        while (c[0] != x || c[1] != y) {
            if (System.nanoTime() > end) {
                throw new AssertionError("cursor at " + c[0] + "," + c[1] + ", expected " + x + "," + y + "; screen:\n" + screen());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            c = cursor();
        }
    }

    /** The visible screen as text. */
    String screen() {
        return run("capture-pane", "-p", "-t", target);
    }

    /** The screen and up to 200 lines of history above it (what the command printed after it quit). */
    String history() {
        return run("capture-pane", "-p", "-S", "-200", "-t", target);
    }

    /** The visible screen with its SGR attributes (colours) as escape sequences. */
    String screenWithAttributes() {
        return run("capture-pane", "-p", "-e", "-t", target);
    }

    /** Resizes the window (the program gets SIGWINCH). */
    void resize(int width, int height) {
        run("resize-window", "-t", target, "-x", String.valueOf(width), "-y", String.valueOf(height));
    }

    /**
     * Polls the screen until {@code ok} holds, or fails after {@code timeout} with the last screen.
     *
     * @return the screen that satisfied the condition
     */
    String await(String what, Duration timeout, Predicate<String> ok) {
        long end = System.nanoTime() + timeout.toNanos();
        String s = screen();
        while (!ok.test(s)) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what + "; screen:\n" + s);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            s = screen();
        }
        return s;
    }

    /** Polls until the screen contains {@code text}. */
    String await(String text, Duration timeout) {
        return await("'" + text + "'", timeout, s -> s.contains(text));
    }

    private String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("TMUX"); // the build may itself run inside tmux: this is a separate server
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("tmux " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A shell word: {@code path} in single quotes. */
    static String quote(Object path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the server is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
