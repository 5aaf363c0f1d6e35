package io.verideck.cli.exam;

import java.util.Optional;

/** Where typed answers come from: the JLine editor on a terminal, or plain lines from stdin. */
public interface AnswerInput extends AutoCloseable {
    /**
     * Reads one multi-line answer.
     *
     * @return the raw answer, or empty when input ended or the student quit
     */
    Optional<String> read();

    @Override
    default void close() {
    }
}
