package io.verideck.cli.review;

import java.time.Clock;
import picocli.CommandLine;

/**
 * The child process of {@link KillDurabilityTest}: a plain review of 4,000 synthetic cards (enough new cards for every round) on the
 * database named by the first argument, grades read from stdin.
 */
public final class ScriptedReview {
    private ScriptedReview() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new ReviewCommand(() -> TestDecks.library(2000), System.in, Clock.systemUTC()))
                .execute("--plain", "--db", args[0], "--new", "100000", "--limit", "100000");
        System.exit(code);
    }
}
