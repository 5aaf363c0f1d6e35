package io.verideck.cli.review;

import java.time.Duration;

/**
 * The progress line's numbers.
 *
 * @param done    grades given this session (undone ones excluded)
 * @param left    cards still queued, the one on screen included
 * @param skipped cards skipped
 * @param passed  grades other than Again
 * @param elapsed time since the session started
 */
public record SessionProgress(int done, int left, int skipped, int passed, Duration elapsed) {
    /** Share of passing grades, or NaN before the first grade. */
    public double retention() {
        return done == 0 ? Double.NaN : (double) passed / done;
    }

    /** "12 done, 30 left, 4m 10s, retention 83%". */
    public String line() {
        long s = elapsed.toSeconds();
        String time = s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
        String ret = done == 0 ? "-" : Math.round(100 * retention()) + "%";
        return done + " done, " + left + " left, " + time + ", retention " + ret;
    }
}
