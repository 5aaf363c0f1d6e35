package io.verideck.verifier.bench;

import io.verideck.verifier.cli.VerifyCommand;
import picocli.CommandLine;

/** Runs {@code verify} outside quiz-cli, for timing the whole command ({@code bench/verifier-bench.sh}). */
public final class VerifyLauncher {
    private VerifyLauncher() {
    }

    /** @param args the {@code verify} arguments */
    public static void main(String[] args) {
        System.exit(new CommandLine(new VerifyCommand()).execute(args));
    }
}
