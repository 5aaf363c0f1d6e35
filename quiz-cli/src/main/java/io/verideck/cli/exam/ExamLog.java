package io.verideck.cli.exam;

import java.time.Instant;

/** Where exam results are recorded: the review log, or nowhere ({@code --no-save}). */
public interface ExamLog extends AutoCloseable {
    /** Records one graded question. */
    void record(ExamResult result, Instant at);

    @Override
    default void close() {
    }

    /** A log that keeps nothing. */
    static ExamLog none() {
        return (r, at) -> { };
    }
}
