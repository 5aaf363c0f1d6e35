package io.verideck.web.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the review database read-only. Any problem (no file, another schema, a locked or damaged
 * file) gives an empty result: the site then leaves the review panels out.
 */
public final class ReviewDatabase {
    private static final Set<String> NEEDED = Set.of("card_state", "review_log");

    private ReviewDatabase() {
    }

    /** A snapshot of the database at {@code now}, or empty when it cannot be read as expected. */
    public static Optional<ReviewSnapshot> read(Path file, Instant now, ZoneId zone) {
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro", p)) {
            if (!hasTables(c)) return Optional.empty();
            String log = hasView(c) ? "effective_log" : "review_log";
            return Optional.of(new ReviewSnapshot(recent(c, log), due(c, now), perDay(c, log, now, zone),
                    forecast(c, now, zone)));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        int found = 0;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) if (NEEDED.contains(rs.getString(1))) found++;
        }
        return found == NEEDED.size();
    }

    private static boolean hasView(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'effective_log'")) {
            return rs.next();
        }
    }

    private static List<ReviewSnapshot.Reviewed> recent(Connection c, String log) throws SQLException {
        List<ReviewSnapshot.Reviewed> out = new ArrayList<>();
        String sql = "SELECT card_id, max(reviewed_at) AS at, rating FROM " + log
                + " GROUP BY card_id ORDER BY at DESC LIMIT 10";
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(new ReviewSnapshot.Reviewed(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3)));
        }
        return out;
    }

    private static List<ReviewSnapshot.Due> due(Connection c, Instant now) throws SQLException {
        List<ReviewSnapshot.Due> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT card_id, due FROM card_state WHERE due IS NOT NULL AND due <= ? ORDER BY due LIMIT 20")) {
            ps.setLong(1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new ReviewSnapshot.Due(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
            }
        }
        return out;
    }

    private static SortedMap<LocalDate, Integer> perDay(Connection c, String log, Instant now, ZoneId zone) throws SQLException {
        SortedMap<LocalDate, Integer> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reviewed_at FROM " + log + " WHERE reviewed_at >= ?")) {
            ps.setLong(1, now.minusSeconds(366L * 86400).toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.merge(LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(1)), zone), 1, Integer::sum);
            }
        }
        return out;
    }

    private static SortedMap<LocalDate, Integer> forecast(Connection c, Instant now, ZoneId zone) throws SQLException {
        SortedMap<LocalDate, Integer> out = new TreeMap<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int d = 0; d < 30; d++) out.put(today.plusDays(d), 0);
        long end = today.plusDays(30).atStartOfDay(zone).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("SELECT due FROM card_state WHERE due IS NOT NULL AND due < ?")) {
            ps.setLong(1, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(1)), zone);
                    out.merge(day.isBefore(today) ? today : day, 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
