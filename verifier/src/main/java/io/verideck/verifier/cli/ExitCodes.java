package io.verideck.verifier.cli;

/** Exit codes of {@code verify} and {@code run} (part of the command-line API). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A claim failed. */
    public static final int CLAIM_FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** Bad input file (or an output file that cannot be written). */
    public static final int BAD_INPUT = 3;
    /** The ND4J natives could not be loaded. */
    public static final int NATIVES = 4;

    private ExitCodes() {
    }
}
