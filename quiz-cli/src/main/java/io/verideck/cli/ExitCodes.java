package io.verideck.cli;

/** The exit codes of every command (documented in docs/cli.md; part of the interface). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran but found nothing (no search hit, no card with that id, no due card). */
    public static final int NOTHING_FOUND = 1;
    /** Bad usage: unknown option, bad value, unparseable query. */
    public static final int USAGE = 2;
    /** A bad input file: content with errors, an unreadable or malformed file. */
    public static final int BAD_INPUT = 3;
    /** The environment failed: natives would not load, a port was taken, a disk error. */
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
