package io.verideck.cli;

import io.verideck.cli.review.DeckCache;
import io.verideck.progress.ProgressStore;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * Start-up work done on a second thread while the main thread builds picocli's model of the command
 * line, which takes about as long as what review needs besides: reading the decks and loading the
 * SQLite driver. The command word and the decks directory are read from the arguments the way
 * {@link Main} reads them; when the guess is wrong (a usage error, other decks) the work is simply
 * not used. Everything done here is read-only: the command's annotations are read (the JDK generates
 * their proxy classes once), the review decks are read from their cache, the SQLite driver is loaded
 * on an in-memory database. A failure is ignored here; the command meets it again and reports it.
 *
 * <p>Only {@code review} and {@code stats} read ahead. For {@code search}, opening the built-in index
 * and running a first search on this thread was measured on the 2-core machine and made no difference
 * to the time to the first result (it only added CPU time), so search does its work on one thread
 * (docs/benchmarks.md, "Start-up, third round").
 *
 * <p>Only the launcher's {@code main} starts it; commands run in-process (tests, embedding) do all
 * their work on their own thread. {@code -Dverideck.prefetch=false} turns it off (for measuring).
 */
final class Prefetch {
    private Prefetch() {
    }

    /**
     * Starts the read-ahead for the command that {@code args} name, on a daemon thread.
     *
     * @param args the command line
     * @param env the environment
     * @return the thread, or null when the command needs no read-ahead
     */
    static Thread start(String[] args, Map<String, String> env) {
        if ("false".equals(System.getProperty("verideck.prefetch"))) return null;
        String command = Main.commandWord(args);
        if (!"review".equals(command) && !"stats".equals(command)) return null;
        String className = Main.known(command);
        if (className == null) return null;
        Path decks;
        try {
            decks = decksDir(args, env);
        } catch (RuntimeException e) {
            return null; // not a path: picocli or the command reports it
        }
        String cls = className;
        Thread t = new Thread(() -> run(command, cls, decks, env), "verideck-prefetch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run(String command, String className, Path decks, Map<String, String> env) {
        try {
            readAnnotations(Main.class);
            readAnnotations(Class.forName(className, false, Prefetch.class.getClassLoader()));
            if (command.equals("review")) DeckCache.prefetch(decks, Paths.cacheDir(env));
            ProgressStore.warmUp();
            java.time.ZoneId.systemDefault().getRules();
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // the command itself meets and reports whatever went wrong here
        }
    }

    /** Reads a command class's annotations, so that picocli finds them parsed and their proxy classes made. */
    private static void readAnnotations(Class<?> c) {
        c.getAnnotations();
        for (Field f : c.getDeclaredFields()) f.getAnnotations();
        for (Method m : c.getDeclaredMethods()) m.getAnnotations();
    }

    /**
     * The decks directory as the command will see it: {@code --decks DIR} or {@code --decks=DIR}, else
     * what {@link Workspace} takes from VERIDECK_DECKS.
     */
    static Path decksDir(String[] args, Map<String, String> env) {
        Path given = null;
        for (int i = 0; i < args.length && given == null; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--decks") && i + 1 < args.length) given = Path.of(args[i + 1]);
            else if (args[i].startsWith("--decks=")) given = Path.of(args[i].substring("--decks=".length()));
        }
        return new Workspace(given, env).userDecksDir();
    }
}
