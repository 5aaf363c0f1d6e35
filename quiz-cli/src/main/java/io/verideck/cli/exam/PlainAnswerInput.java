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
        try {
            BoundedLines.Line l;
            boolean any = false;
            while ((l = in.next()) != null) {
                String line = l.text();
                any = true;
                if (line.strip().equals(":q")) return Optional.empty();
                if (line.strip().equals(".")) return Optional.of(b.toString());
                if (b.length() < MAX_KEPT) b.append(line, 0, Math.min(line.length(), MAX_KEPT)).append('\n');
            }
            return any ? Optional.of(b.toString()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
