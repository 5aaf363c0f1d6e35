package io.verideck.numeric;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * SameDiff 1.0.0-M2.1 prints a line per differentiated op to {@code System.out} while it builds a
 * gradient graph, which would corrupt {@code verify --json}. Gradient building runs here with standard
 * output muted. One process-wide lock: claims are checked on several threads, and two threads swapping
 * {@code System.out} independently could leave it muted for good.
 */
public final class SameDiffQuiet {
    private static final Object LOCK = new Object();

    private SameDiffQuiet() {
    }

    /**
     * @param work the SameDiff call
     * @param <T> its result type
     * @return its result, computed with standard output muted
     */
    public static <T> T call(Supplier<T> work) {
        synchronized (LOCK) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                return work.get();
            } finally {
                System.setOut(out);
            }
        }
    }
}
