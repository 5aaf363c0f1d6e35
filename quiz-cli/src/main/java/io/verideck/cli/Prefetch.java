package io.verideck.cli;

import io.verideck.cli.review.DeckCache;
import io.verideck.kb.index.CardIndex;
import io.verideck.progress.ProgressStore;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work done on a second thread while the main thread builds picocli's model of the command
 * line, which takes about as long as opening the search index or the SQLite driver. The command word
 * and the decks directory are read from the arguments the way {@link Main} reads them; when the guess
 * is wrong (a usage error, another directory) the work is simply not used. Everything done here is
 * read-only: annotations are read (the JDK generates their proxy classes once), the built-in index is
 * opened and searched once, the SQLite driver is loaded on an in-memory database, the review decks
 * are read from their cache. A failure is ignored here; the command meets it again and reports it.
 *
 * <p>Only the launcher's {@code main} starts it; commands run in-process (tests, embedding) do all
 * their work on their own thread. {@code -Dverideck.prefetch=false} turns it off (for measuring).
 */
final class Prefetch {
    private static volatile FutureTask<CardIndex> builtinIndex;
    private static volatile Path builtinIndexDir;

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
        if (command == null) return null;
        String className = null;
        for (String[] c : Main.COMMANDS) if (c[0].equals(command)) className = c[1];
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
            switch (command) {
                case "search", "show" -> {
                    if (decks == null) openBuiltinIndex(env);
                }
                case "review" -> {
                    // the decks first: the command opens the database itself meanwhile if it gets there first
                    DeckCache.prefetch(decks, Paths.cacheDir(env));
                    ProgressStore.warmUp();
                    java.time.ZoneId.systemDefault().getRules();
                }
                case "stats" -> ProgressStore.warmUp();
                default -> {
                    // the other commands start quickly enough, or need what the arguments decide
                }
            }
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

    private static void openBuiltinIndex(Map<String, String> env) {
        Path dir = Workspace.prebuiltIndexDir();
        if (dir == null) return;
        FutureTask<CardIndex> task = new FutureTask<>(() -> CardIndex.openDirectories(List.of(dir)));
        builtinIndexDir = dir;
        builtinIndex = task;
        task.run();
        // One search loads the analyzers, the synonym map, the query parser and the highlighter. The
        // command may already be searching the same (thread-safe) index: then the two share the
        // loading of those classes instead of the command doing it alone.
        try {
            task.get().search("gradient descent", 1, null);
        } catch (Exception e) {
            // the command's own search reports any problem
        }
    }

    /**
     * The built-in index opened ahead, when the prefetch opened exactly {@code dirs}; taken once.
     *
     * @param dirs the index directories the workspace wants
     * @return the opened index, or null when there is none for these directories
     */
    static CardIndex takeIndex(List<Path> dirs) {
        FutureTask<CardIndex> task = builtinIndex;
        if (task == null || dirs.size() != 1 || !dirs.get(0).equals(builtinIndexDir)) return null;
        builtinIndex = null;
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The decks directory as {@link Main} will see it: {@code --decks DIR}, {@code --decks=DIR}, else VERIDECK_DECKS. */
    static Path decksDir(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--decks") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--decks=")) return Path.of(args[i].substring("--decks=".length()));
            if (args[i].equals("--")) break;
        }
        String e = env.get("VERIDECK_DECKS");
        return e == null || e.isBlank() ? null : Path.of(e);
    }

    /** Closes an index that was opened ahead but never taken (the process is about to exit). */
    static void discard() throws IOException {
        FutureTask<CardIndex> task = builtinIndex;
        builtinIndex = null;
        if (task != null && task.isDone()) {
            try {
                task.get().close();
            } catch (ExecutionException e) {
                // nothing was opened
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
