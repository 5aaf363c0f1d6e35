package io.verideck.cli.exam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Plain mode: an answer is the lines up to a line holding only {@code .} (or the end of input). A line
 * {@code :q} quits the exam. For scripts, tests and screen readers.
 */
public final class PlainAnswerInput implements AnswerInput {
    /** A paste longer than this is read to its end but not kept. */
    static final int MAX_KEPT = 64 * 1024;

    private final BoundedLines in;

    public PlainAnswerInput(BufferedReader in) {
        this.in = new BoundedLines(in, MAX_KEPT);
    }

    @Override
    public Optional<String> read() {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        String line;
        while ((line = nextLine()) != null) {
            any = true;
            if (line.strip().equals(":q")) return Optional.empty();
            if (line.strip().equals(".")) return Optional.of(b.toString());
            if (b.length() < MAX_KEPT) b.append(line, 0, Math.min(line.length(), MAX_KEPT)).append('\n');
        }
        return any ? Optional.of(b.toString()) : Optional.empty();
    }

    /**
     * The next line (at most {@link #MAX_KEPT} characters of it), or null at the end of input. For
     * callers that read commands or grades between answers from the same input.
     */
    public String nextLine() {
        try {
            BoundedLines.Line l = in.next();
            return l == null ? null : l.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rest of an answer whose first line was already read: {@code first} and the lines after it,
     * up to a line holding only {@code .} (or the end of input).
     */
    public String readFrom(String first) {
        StringBuilder b = new StringBuilder();
        String line = first;
        while (line != null) {
            if (line.strip().equals(".")) break;
            if (b.length() < MAX_KEPT) b.append(line, 0, Math.min(line.length(), MAX_KEPT)).append('\n');
            line = nextLine();
        }
        return b.toString();
    }
}
