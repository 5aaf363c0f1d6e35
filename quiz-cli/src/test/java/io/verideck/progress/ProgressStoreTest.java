package io.verideck.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(false));

    @TempDir
    Path dir;

    private ReviewEntry grade(ProgressStore s, String id, Instant at, Rating r) {
        return s.grade(id, at, r.value(), 1500, ReviewEntry.REVIEW, before -> scheduler.review(before, r, at, null));
    }

    @Test
    void gradesAreLoggedAndStatesKept() {
        Path db = dir.resolve("p.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            assertEquals(Schema.LATEST, s.schemaVersion());
            grade(s, "card-a", T0, Rating.GOOD);
            grade(s, "card-a", T0.plusSeconds(600), Rating.GOOD);
            grade(s, "card-b", T0, Rating.AGAIN);
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertEquals(3, s.logSize());
            CardSchedule a = s.state("card-a");
            assertEquals(2, a.reps());
            assertEquals(scheduler.review(scheduler.review(CardSchedule.fresh(), Rating.GOOD, T0, null), Rating.GOOD,
                    T0.plusSeconds(600), null), a);
            assertTrue(s.state("never-seen").isNew());
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void statesCanBeRebuiltFromTheLog() {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            Instant t = T0;
            for (int i = 0; i < 30; i++) {
                grade(s, "c" + (i % 7), t, Rating.of(1 + i % 4));
                t = t.plus(Duration.ofHours(13));
            }
            s.undoLast(t);
            Map<String, CardSchedule> before = s.states();
            s.rebuildStates();
            assertEquals(before, s.states());
            assertEquals(7, before.size());
        }
    }

    @Test
    void undoRestoresTheEarlierStateAndAcrossSessions() {
        Path db = dir.resolve("p.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            grade(s, "x", T0, Rating.GOOD);
            grade(s, "y", T0.plusSeconds(5), Rating.EASY);
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            CardSchedule xAfterFirst = s.state("x");
            assertEquals("y", s.undoLast(T0.plusSeconds(60)).orElseThrow().cardId());
            assertTrue(s.state("y").isNew());
            assertEquals(xAfterFirst, s.state("x"));
            assertEquals("x", s.undoLast(T0.plusSeconds(61)).orElseThrow().cardId());
            assertTrue(s.undoLast(T0.plusSeconds(62)).isEmpty());
            assertEquals(0, s.effectiveLog().size());
            assertEquals(4, s.fullLog().size(), "undo appends, never deletes");
        }
    }

    @Test
    void theLogIsAppendOnly() throws Exception {
        Path db = dir.resolve("p.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            grade(s, "x", T0, Rating.GOOD);
        }
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement st = c.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> st.execute("DELETE FROM review_log"));
            assertThrows(java.sql.SQLException.class, () -> st.execute("UPDATE review_log SET rating = 4"));
        }
    }

    @Test
    void cramDoesNotChangeTheSchedule() {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.db"))) {
            grade(s, "x", T0, Rating.EASY);
            CardSchedule st = s.state("x");
            s.grade("x", T0.plusSeconds(30), 1, 100, ReviewEntry.CRAM, c -> { throw new AssertionError("not called"); });
            assertEquals(st, s.state("x"));
            assertEquals(2, s.fullLog().size());
            assertEquals(1, s.effectiveLog().size());
        }
    }

    @Test
    void foreignAndCorruptFilesAreRefusedAndUntouched() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "these are my notes, not a database\n");
        byte[] textBytes = Files.readAllBytes(text);
        ProgressStoreException e = assertThrows(ProgressStoreException.class, () -> ProgressStore.open(text));
        assertTrue(e.getMessage().contains(text.toString()) && e.getMessage().contains("not an SQLite"), e.getMessage());
        assertArrayEquals(textBytes, Files.readAllBytes(text));

        Path other = dir.resolve("other.db");
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + other, new java.util.Properties());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }
        byte[] otherBytes = Files.readAllBytes(other);
        e = assertThrows(ProgressStoreException.class, () -> ProgressStore.open(other));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(otherBytes, Files.readAllBytes(other));

        Path good = dir.resolve("good.db");
        try (ProgressStore s = ProgressStore.open(good)) {
            for (int i = 0; i < 200; i++) grade(s, "card-" + i, T0, Rating.GOOD);
        }
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Path broken = dir.resolve("broken.db");
        Files.write(broken, bytes);
        assertThrows(ProgressStoreException.class, () -> {
            try (ProgressStore s = ProgressStore.open(broken)) {
                s.states();
            }
        });
        assertArrayEquals(bytes, Files.readAllBytes(broken));
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.LATEST + 1));
        }
        ProgressStoreException e = assertThrows(ProgressStoreException.class, () -> ProgressStore.open(db));
        assertTrue(e.getMessage().contains("newer Verideck"), e.getMessage());
    }

    @Test
    void anOldSchemaIsMigrated() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties())) {
            Schema.migrate(c, 0, 1);
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertEquals(Schema.LATEST, s.schemaVersion());
            grade(s, "x", T0, Rating.GOOD);
            assertEquals(1, s.effectiveLog().size());
        }
    }

    @Test
    void twoSessionsAtOnceLoseNothing() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> fs = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            int sid = session;
            fs.add(pool.submit(() -> {
                try (ProgressStore s = ProgressStore.open(db)) {
                    for (int i = 0; i < 100; i++) grade(s, "shared-" + (i % 5), T0.plusSeconds(i), Rating.of(1 + (i + sid) % 4));
                }
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        try (ProgressStore s = ProgressStore.open(db)) {
            assertEquals(200, s.logSize());
            assertEquals("ok", s.integrityCheck());
            for (int i = 0; i < 5; i++) assertEquals(40, s.state("shared-" + i).reps());
        }
    }

    @Test
    void dataHomeFollowsTheEnvironment() {
        assertEquals(Path.of("/v/progress.db"), DataHome.database(Map.of("VERIDECK_HOME", "/v", "XDG_DATA_HOME", "/x"), "/h"));
        assertEquals(Path.of("/x/verideck/progress.db"), DataHome.database(Map.of("XDG_DATA_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h/.local/share/verideck/progress.db"), DataHome.database(Map.of(), "/h"));
    }
}
