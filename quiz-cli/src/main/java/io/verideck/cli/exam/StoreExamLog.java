package io.verideck.cli.exam;

import io.verideck.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Exam results in the review store's log, as rows of kind {@code exam} with the suggested rating. They
 * are kept beside the reviews (stats and exports see them) but do not move a card's FSRS schedule: the
 * card's state is written back unchanged, and the effective log that scheduling reads holds only
 * reviews and imports.
 */
public final class StoreExamLog implements ExamLog {
    /** The log kind of exam rows. */
    public static final String KIND = "exam";

    private final ProgressStore store;

    private StoreExamLog(ProgressStore store) {
        this.store = store;
    }

    /** Opens (creating if needed) the progress database. */
    public static StoreExamLog open(Path db) {
        return new StoreExamLog(ProgressStore.open(db));
    }

    @Override
    public void record(ExamResult r, Instant at) {
        store.grade(r.card().id(), at, r.outcome().suggestedRating(), r.millis(), KIND, s -> s);
    }

    @Override
    public void close() {
        store.close();
    }
}
