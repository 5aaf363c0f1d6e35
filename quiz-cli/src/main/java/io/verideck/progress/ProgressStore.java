package io.verideck.progress;

import io.verideck.schedule.CardSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The progress database: card states and the append-only review log in one SQLite file (WAL mode,
 * busy timeout, one short transaction per grade). See the package documentation.
 */
public final class ProgressStore implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String LOG_COLUMNS = "card_id, reviewed_at, rating, duration_ms, kind, undoes,"
            + " b_phase, b_step, b_stability, b_difficulty, b_due, b_last_review, b_reps, b_lapses,"
            + " a_phase, a_step, a_stability, a_difficulty, a_due, a_last_review, a_reps, a_lapses";
    private static final String INSERT_LOG = "INSERT INTO review_log (" + LOG_COLUMNS + ") VALUES ("
            + "?,?,?,?,?,?," + "?,?,?,?,?,?,?,?," + "?,?,?,?,?,?,?,?)";
    private static final String UPSERT_STATE = "INSERT OR REPLACE INTO card_state (card_id, phase, step, stability,"
            + " difficulty, due, last_review, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?)";

    private final Path file;
    private final Connection conn;

    private ProgressStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * Opens (creating if absent) the progress database at {@code file} and migrates it to the current
     * schema. Refuses, without writing to it, a file that is not SQLite, belongs to another program,
     * is damaged, or was written by a newer Verideck.
     *
     * @throws ProgressStoreException with a one-line message naming the file
     */
    public static ProgressStore open(Path file) {
        refuseForeignHeader(file);
        NativeLibrary.prepare(System.getenv());
        Connection c = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Properties props = new Properties();
            props.setProperty("busy_timeout", "10000");
            props.setProperty("transaction_mode", "IMMEDIATE");
            c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), props);
            int version;
            try (Statement st = c.createStatement()) {
                int appId = intPragma(st, "application_id");
                version = intPragma(st, "user_version");
                int tables = count(st, "SELECT count(*) FROM sqlite_master");
                if (appId != Schema.APPLICATION_ID && (appId != 0 || tables > 0)) {
                    throw refuse(file, "is an SQLite database of another program, not Verideck progress", null);
                }
                if (version > Schema.LATEST) {
                    throw refuse(file, "was written by a newer Verideck (schema " + version + ", this one knows "
                            + Schema.LATEST + ")", null);
                }
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=" + synchronous());
            }
            if (version < Schema.LATEST) Schema.migrate(c, version);
            return new ProgressStore(file, c);
        } catch (SQLException e) {
            close(c);
            String m = String.valueOf(e.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database") || m.contains("CORRUPT") || m.contains("malformed")) {
                throw refuse(file, "is damaged or not a Verideck progress database (" + firstLine(m) + ")", e);
            }
            throw refuse(file, "cannot be opened: " + firstLine(m), e);
        } catch (IOException e) {
            close(c);
            throw refuse(file, "cannot be created: " + e.getMessage(), e);
        } catch (ProgressStoreException e) {
            close(c);
            throw e;
        }
    }

    /**
     * Loads the SQLite driver and its native library and runs its one-time set-up (date formats,
     * locale data) on an in-memory database, so that a later {@link #open} only opens the file. The
     * launcher calls this on a second thread while the command line is still being parsed. It
     * touches no file other than the native library's cached copy, and any failure is left for
     * {@link #open} to report.
     */
    public static void warmUp() {
        try {
            NativeLibrary.prepare(System.getenv());
            try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new Properties());
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA user_version");
            }
        } catch (SQLException | RuntimeException | LinkageError e) {
            // open() meets the same problem and reports it with the database's name
        }
    }

    /**
     * FULL (default): every commit is fsynced, so a grade survives a power cut too. NORMAL (system
     * property {@code verideck.synchronous=NORMAL}): in WAL mode a commit survives a killed process
     * but a power cut may roll back the last few grades; commits skip the fsync.
     */
    private static String synchronous() {
        return "NORMAL".equalsIgnoreCase(System.getProperty("verideck.synchronous")) ? "NORMAL" : "FULL";
    }

    private static void refuseForeignHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) throw refuse(file, "is not a regular file", null);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) return; // an empty file: SQLite treats it as a new database
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw refuse(file, "is not an SQLite database (wrong header); it was left untouched", null);
            }
        } catch (IOException e) {
            throw refuse(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ProgressStoreException refuse(Path file, String what, Throwable cause) {
        return new ProgressStoreException("progress database " + file + " " + what
                + "; use --db to choose another file", cause);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try (Statement st = conn.createStatement()) {
            return intPragma(st, "user_version");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every stored card state, by card id. */
    public Map<String, CardSchedule> states() {
        Map<String, CardSchedule> out = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM card_state")) {
            while (rs.next()) out.put(rs.getString("card_id"), StateColumns.read(rs, ""));
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The states of reviewed cards (phase not NEW) that are due at {@code now}, earliest due first,
     * read through the {@code card_state(due)} index and only as far as needed: rows whose card
     * {@code wanted} rejects are skipped, and reading stops once {@code limit} cards are taken and the
     * next row is due later than the last one taken (so cards due at the same instant are all
     * returned, for the caller to order). Without a due time a card counts as due, first.
     */
    public Map<String, CardSchedule> dueStates(Instant now, Predicate<String> wanted, int limit) {
        Map<String, CardSchedule> out = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM card_state WHERE phase <> 0"
                + " AND (due IS NULL OR due <= ?) ORDER BY due")) {
            ps.setLong(1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                Instant last = null;
                while (rs.next()) {
                    String id = rs.getString("card_id");
                    if (!wanted.test(id)) continue;
                    CardSchedule s = StateColumns.read(rs, "");
                    if (out.size() >= limit && !java.util.Objects.equals(s.due(), last)) break;
                    out.put(id, s);
                    last = s.due();
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The stored states of the given cards (cards never reviewed are absent), read in batches. */
    public Map<String, CardSchedule> states(List<String> cardIds) {
        Map<String, CardSchedule> out = new HashMap<>();
        final int batch = 200;
        for (int from = 0; from < cardIds.size(); from += batch) {
            List<String> part = cardIds.subList(from, Math.min(cardIds.size(), from + batch));
            String marks = "?,".repeat(part.size());
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM card_state WHERE card_id IN ("
                    + marks.substring(0, marks.length() - 1) + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString("card_id"), StateColumns.read(rs, ""));
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return out;
    }

    /** The stored state of one card, or a fresh state if it was never reviewed. */
    public CardSchedule state(String cardId) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM card_state WHERE card_id = ?")) {
            ps.setString(1, cardId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? StateColumns.read(rs, "") : CardSchedule.fresh();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records one grade atomically: inside one immediate transaction, reads the card's current state,
     * computes the new one with {@code schedule}, appends the log row and (for a scheduled kind)
     * stores the state. Returns after the commit.
     */
    public ReviewEntry grade(String cardId, Instant at, int rating, long durationMs, String kind,
                             UnaryOperator<CardSchedule> schedule) {
        return inTransaction(() -> {
            CardSchedule before = state(cardId);
            CardSchedule after = ReviewEntry.CRAM.equals(kind) ? before : schedule.apply(before);
            ReviewEntry e = append(new ReviewEntry(0, cardId, at, rating, durationMs, kind, 0, before, after));
            if (!ReviewEntry.CRAM.equals(kind)) putState(cardId, after);
            return e;
        });
    }

    /**
     * Cancels the most recent scheduled grade that is not yet cancelled (from this session or an
     * earlier one): appends an undo row and puts the card back in its earlier state.
     *
     * @return the cancelled entry, or empty if there is nothing to undo
     */
    public Optional<ReviewEntry> undoLast(Instant now) {
        return inTransaction(() -> {
            Optional<ReviewEntry> last = query("SELECT * FROM effective_log ORDER BY id DESC LIMIT 1").stream().findFirst();
            if (last.isPresent()) {
                ReviewEntry e = last.get();
                append(new ReviewEntry(0, e.cardId(), now, 0, 0, ReviewEntry.UNDO, e.id(), e.after(), e.before()));
                if (e.before().isNew()) deleteState(e.cardId());
                else putState(e.cardId(), e.before());
            }
            return last;
        });
    }

    /** The scheduled reviews that count (review and import rows not undone), oldest first. */
    public List<ReviewEntry> effectiveLog() {
        return query("SELECT * FROM effective_log ORDER BY id");
    }

    /** Every row of the log, oldest first. */
    public List<ReviewEntry> fullLog() {
        return query("SELECT * FROM review_log ORDER BY id");
    }

    /** How many cards got their first scheduled grade at or after {@code since} (new cards introduced). */
    public int newCardsSince(Instant since) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT count(*) FROM effective_log WHERE b_phase = 0 AND reviewed_at >= ?")) {
            ps.setLong(1, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The number of rows in the log. */
    public long logSize() {
        try (Statement st = conn.createStatement()) {
            return count(st, "SELECT count(*) FROM review_log");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Appends many entries (an import) in one transaction; each entry's {@code after} becomes the
     * card's state when it is the card's latest scheduled entry.
     */
    public void appendAll(List<ReviewEntry> entries) {
        inTransaction(() -> {
            try (PreparedStatement ps = conn.prepareStatement(INSERT_LOG, Statement.RETURN_GENERATED_KEYS)) {
                for (ReviewEntry e : entries) append(ps, e);
            }
            rebuildStatesInTransaction();
            return null;
        });
    }

    /** Replaces every card state by the one the log gives (the latest effective row per card). */
    public void rebuildStates() {
        inTransaction(() -> {
            rebuildStatesInTransaction();
            return null;
        });
    }

    private void rebuildStatesInTransaction() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM card_state");
            st.execute("INSERT INTO card_state SELECT card_id, a_phase, a_step, a_stability, a_difficulty, a_due,"
                    + " a_last_review, a_reps, a_lapses FROM effective_log e WHERE e.id ="
                    + " (SELECT max(id) FROM effective_log f WHERE f.card_id = e.card_id)");
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" or the problems found. */
    public String integrityCheck() {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) sb.append(sb.length() == 0 ? "" : "\n").append(rs.getString(1));
            return sb.toString();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private ReviewEntry append(ReviewEntry e) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(INSERT_LOG, Statement.RETURN_GENERATED_KEYS)) {
            return append(ps, e);
        }
    }

    private static ReviewEntry append(PreparedStatement ps, ReviewEntry e) throws SQLException {
        ps.setString(1, e.cardId());
        ps.setLong(2, e.at().toEpochMilli());
        ps.setInt(3, e.rating());
        ps.setLong(4, e.durationMs());
        ps.setString(5, e.kind());
        if (e.undoes() == 0) ps.setNull(6, java.sql.Types.INTEGER);
        else ps.setLong(6, e.undoes());
        StateColumns.bind(ps, 7, e.before());
        StateColumns.bind(ps, 7 + StateColumns.COUNT, e.after());
        ps.executeUpdate();
        long id;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        return new ReviewEntry(id, e.cardId(), e.at(), e.rating(), e.durationMs(), e.kind(), e.undoes(),
                e.before(), e.after());
    }

    private void putState(String cardId, CardSchedule s) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(UPSERT_STATE)) {
            ps.setString(1, cardId);
            StateColumns.bind(ps, 2, s);
            ps.executeUpdate();
        }
    }

    private void deleteState(String cardId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM card_state WHERE card_id = ?")) {
            ps.setString(1, cardId);
            ps.executeUpdate();
        }
    }

    private List<ReviewEntry> query(String sql) {
        List<ReviewEntry> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new ReviewEntry(rs.getLong("id"), rs.getString("card_id"),
                        Instant.ofEpochMilli(rs.getLong("reviewed_at")), rs.getInt("rating"), rs.getLong("duration_ms"),
                        rs.getString("kind"), rs.getLong("undoes"), StateColumns.read(rs, "b_"),
                        StateColumns.read(rs, "a_")));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs work in one transaction: committed as a whole, or rolled back and rethrown. */
    private <T> T inTransaction(SqlWork<T> work) {
        try {
            conn.setAutoCommit(false);
            try {
                T result = work.run();
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException ex) {
                conn.rollback();
                throw ex;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private ProgressStoreException failure(SQLException e) {
        return new ProgressStoreException("progress database " + file + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void close(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public void close() {
        close(conn);
    }
}
