package io.verideck.web.cli;

/** The exit codes of the web commands (the same as the rest of the CLI). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
