package io.verideck.web.cli;

import io.verideck.web.data.ContentSource;
import io.verideck.web.data.Locations;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options both web commands take (a picocli mixin). */
public final class SiteOptions {
    @Option(names = "--decks", paramLabel = "DIR", description = "Your decks directory, shown beside the built-in content (default: $VERIDECK_DECKS).")
    Path decks;

    @Option(names = "--report", paramLabel = "FILE", description = "The verifier's JSON report (default: <data dir>/verify-report.json).")
    Path report;

    @Option(names = "--review-db", paramLabel = "FILE", description = "The review database (default: <data dir>/progress.db).")
    Path reviewDb;

    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    /** A problem the user can fix, with its exit code. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Failure(int code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    Locations locations() {
        return Locations.of(System.getenv());
    }

    Path decksDir() throws Failure {
        Path d = decks;
        if (d == null) {
            String e = System.getenv("VERIDECK_DECKS");
            d = e == null || e.isBlank() ? null : Path.of(e);
        }
        if (d != null && !Files.isDirectory(d)) {
            throw new Failure(ExitCodes.BAD_INPUT, d + ": decks directory does not exist (from --decks or VERIDECK_DECKS)", null);
        }
        return d;
    }

    Path reportFile() throws Failure {
        if (report != null && !Files.isRegularFile(report)) {
            throw new Failure(ExitCodes.BAD_INPUT, report + ": no such verification report (from --report)", null);
        }
        return report != null ? report : locations().reportFile();
    }

    Path reviewFile() {
        return reviewDb != null ? reviewDb : locations().reviewDatabase();
    }

    ContentSource source() throws Failure {
        return ContentSource.builtinPlus(decksDir(), locations());
    }

    /** Prints a failure as one line (and the stack trace with --debug); returns its exit code. */
    int report(PrintWriter err, String command, Failure f) {
        err.println("verideck " + command + ": " + f.getMessage());
        if (debug && f.getCause() != null) f.getCause().printStackTrace(err);
        err.flush();
        return f.code;
    }
}
