package io.verideck.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a database with the review helper's schema (tables as in its first migration). */
class ReviewDatabaseTest {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final long DAY = 86_400_000L;

    @TempDir
    Path tmp;

    static Path database(Path dir) throws Exception {
        Path db = dir.resolve("verideck.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE review_log (id INTEGER PRIMARY KEY AUTOINCREMENT, card_id TEXT NOT NULL,"
                    + " reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, duration_ms INTEGER NOT NULL, kind TEXT NOT NULL, undoes INTEGER)");
            st.execute("CREATE TABLE card_state (card_id TEXT PRIMARY KEY, phase INTEGER NOT NULL, step INTEGER NOT NULL,"
                    + " stability REAL, difficulty REAL, due INTEGER, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL)");
            st.execute("CREATE VIEW effective_log AS SELECT * FROM review_log r WHERE r.kind IN ('review', 'import')"
                    + " AND NOT EXISTS (SELECT 1 FROM review_log u WHERE u.undoes = r.id)");
            long now = NOW.toEpochMilli();
            st.execute("INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, kind) VALUES"
                    + " ('sample-softmax', " + (now - 2 * DAY) + ", 3, 4000, 'review'),"
                    + " ('sample-mae', " + (now - DAY) + ", 2, 5000, 'review'),"
                    + " ('sample-sgd', " + (now - DAY + 1000) + ", 3, 3000, 'review'),"
                    + " ('sample-sgd', " + (now - 1000) + ", 4, 3000, 'review')");
            st.execute("INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, kind, undoes) VALUES"
                    + " ('sample-sgd', " + now + ", 0, 0, 'undo', 4)");
            st.execute("INSERT INTO card_state VALUES ('sample-softmax', 2, 0, 3.0, 5.0, " + (now - 3600_000) + ", 0, 1, 0),"
                    + " ('sample-mae', 2, 0, 3.0, 5.0, " + (now + 3 * DAY) + ", 0, 1, 0),"
                    + " ('sample-sgd', 2, 0, 3.0, 5.0, " + (now + 40 * DAY) + ", 0, 2, 0)");
        }
        return db;
    }

    @Test
    void readsRecentDueHeatmapAndForecast() throws Exception {
        ReviewSnapshot s = ReviewDatabase.read(database(tmp), NOW, ZoneOffset.UTC).orElseThrow();
        assertEquals("sample-sgd", s.recent().get(0).cardId(), "newest first; the undone review does not count");
        assertEquals(3, s.recent().size());
        assertEquals(1, s.due().size());
        assertEquals("sample-softmax", s.due().get(0).cardId());
        assertEquals(3, s.totalReviews(), "the undone review and the undo entry are not counted");
        assertEquals(2, s.perDay().get(LocalDate.of(2026, 11, 20)));
        assertEquals(30, s.forecast().size());
        assertEquals(1, s.forecast().get(LocalDate.of(2026, 11, 21)), "overdue cards count today");
        assertEquals(1, s.forecast().get(LocalDate.of(2026, 11, 24)));
        assertEquals(2, s.forecast().values().stream().mapToInt(Integer::intValue).sum(), "day 40 is outside the forecast");
    }

    @Test
    void anythingElseMeansNoPanels() throws Exception {
        assertTrue(ReviewDatabase.read(tmp.resolve("missing.db"), NOW, ZoneOffset.UTC).isEmpty());
        Path other = tmp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }
        assertTrue(ReviewDatabase.read(other, NOW, ZoneOffset.UTC).isEmpty());
        Path junk = Files.writeString(tmp.resolve("junk.db"), "not a database at all");
        assertTrue(ReviewDatabase.read(junk, NOW, ZoneOffset.UTC).isEmpty());
    }

    @Test
    void theReadOnlyReaderNeverWrites() throws Exception {
        Path db = database(tmp);
        long before = Files.getLastModifiedTime(db).toMillis();
        byte[] bytes = Files.readAllBytes(db);
        ReviewDatabase.read(db, NOW, ZoneOffset.UTC).orElseThrow();
        assertEquals(before, Files.getLastModifiedTime(db).toMillis());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(db)));
    }
}
