package io.verideck.cli.review;

import java.time.Duration;

/** Short interval labels as shown next to each grade: {@code 1m}, {@code 10m}, {@code 5h}, {@code 3d}, {@code 2.5mo}, {@code 1.2y}. */
public final class IntervalText {
    private IntervalText() {
    }

    /** The label for a wait. */
    public static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + "s";
        if (s < 3600) return Math.round(s / 60.0) + "m";
        if (s < 86_400) return Math.round(s / 3600.0) + "h";
        double days = s / 86_400.0;
        if (days < 30) return Math.round(days) + "d";
        if (days < 365) return oneDecimal(days / 30.4) + "mo";
        return oneDecimal(days / 365.25) + "y";
    }

    private static String oneDecimal(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
