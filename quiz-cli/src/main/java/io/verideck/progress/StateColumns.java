package io.verideck.progress;

import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Phase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Reads and writes a {@link CardSchedule} as the eight state columns (with an optional prefix). */
final class StateColumns {
    static final int COUNT = 8;

    private StateColumns() {
    }

    static void bind(PreparedStatement ps, int first, CardSchedule s) throws SQLException {
        ps.setInt(first, s.phase().code());
        ps.setInt(first + 1, s.step());
        setDouble(ps, first + 2, s.stability());
        setDouble(ps, first + 3, s.difficulty());
        setInstant(ps, first + 4, s.due());
        setInstant(ps, first + 5, s.lastReview());
        ps.setInt(first + 6, s.reps());
        ps.setInt(first + 7, s.lapses());
    }

    static CardSchedule read(ResultSet rs, String prefix) throws SQLException {
        return new CardSchedule(Phase.ofCode(rs.getInt(prefix + "phase")), rs.getInt(prefix + "step"),
                getDouble(rs, prefix + "stability"), getDouble(rs, prefix + "difficulty"),
                getInstant(rs, prefix + "due"), getInstant(rs, prefix + "last_review"),
                rs.getInt(prefix + "reps"), rs.getInt(prefix + "lapses"));
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, t.toEpochMilli());
    }

    private static double getDouble(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static Instant getInstant(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
