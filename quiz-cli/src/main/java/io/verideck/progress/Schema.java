package io.verideck.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema and its migrations. Version n of the schema is reached by running migrations 1..n in
 * order; {@code PRAGMA user_version} records the version, {@code PRAGMA application_id} marks the
 * file as Verideck's. Add a migration at the end; never edit one that has shipped.
 */
final class Schema {
    /** "VDK1" as a big-endian int: the SQLite application_id of a Verideck progress file. */
    static final int APPLICATION_ID = 0x56444B31;

    private static final String STATE_COLUMNS = "phase INTEGER NOT NULL, step INTEGER NOT NULL, stability REAL,"
            + " difficulty REAL, due INTEGER, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL";

    static final List<List<String>> MIGRATIONS = List.of(
        List.of(
            "CREATE TABLE review_log (id INTEGER PRIMARY KEY AUTOINCREMENT, card_id TEXT NOT NULL,"
                + " reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, duration_ms INTEGER NOT NULL,"
                + " kind TEXT NOT NULL, undoes INTEGER,"
                + " b_phase INTEGER NOT NULL, b_step INTEGER NOT NULL, b_stability REAL, b_difficulty REAL,"
                + " b_due INTEGER, b_last_review INTEGER, b_reps INTEGER NOT NULL, b_lapses INTEGER NOT NULL,"
                + " a_phase INTEGER NOT NULL, a_step INTEGER NOT NULL, a_stability REAL, a_difficulty REAL,"
                + " a_due INTEGER, a_last_review INTEGER, a_reps INTEGER NOT NULL, a_lapses INTEGER NOT NULL)",
            "CREATE TABLE card_state (card_id TEXT PRIMARY KEY, " + STATE_COLUMNS + ")",
            "CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log"
                + " BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END",
            "CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log"
                + " BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END"),
        List.of(
            "CREATE INDEX review_log_card ON review_log(card_id, id)",
            "CREATE INDEX review_log_undoes ON review_log(undoes) WHERE undoes IS NOT NULL",
            "CREATE INDEX card_state_due ON card_state(due)",
            "CREATE VIEW effective_log AS SELECT * FROM review_log r WHERE r.kind IN ('review', 'import')"
                + " AND NOT EXISTS (SELECT 1 FROM review_log u WHERE u.undoes = r.id)"));

    /** The version this build writes. */
    static final int LATEST = MIGRATIONS.size();

    private Schema() {
    }

    /** Runs the migrations after {@code from}, each in its own transaction. */
    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, LATEST);
    }

    /** Runs the migrations from {@code from + 1} to {@code to} (tests use it to build old files). */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : MIGRATIONS.get(v - 1)) st.execute(sql);
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
