package io.verideck.cli.exam;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a bound of one line in memory: a pasted line of a
 * gigabyte is read to its end but only its first {@code max} characters are kept.
 */
final class BoundedLines {
    /**
     * One line.
     *
     * @param text      the line's first characters (no line terminator)
     * @param truncated true when the line was longer than the bound
     */
    record Line(String text, boolean truncated) {
    }

    private final Reader in;
    private final int max;
    private int pushedBack = -2;

    BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean truncated = false;
        int c = read();
        if (c < 0) return null;
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                int d = read();
                if (d != '\n' && d >= 0) pushedBack = d;
                break;
            }
            if (b.length() < max) b.append((char) c);
            else truncated = true;
            c = read();
        }
        return new Line(b.toString(), truncated);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
