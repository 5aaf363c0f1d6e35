package io.verideck.web.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.server.SiteState;
import io.verideck.web.support.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a review database, the home page gets its panels and the stats page its charts. */
class StatsPagesTest {
    @TempDir
    Path tmp;

    @Test
    void homeAndStatsShowTheReviewData() throws Exception {
        SiteState s = Fixtures.state(null, ReviewDatabaseTest.database(tmp), "site");
        String home = s.page("index.html").orElseThrow();
        assertTrue(home.contains("Due now") && home.contains("cards/sample-softmax.html"), home);
        assertTrue(home.contains("Recently reviewed"));
        String stats = s.page("stats.html").orElseThrow();
        assertTrue(stats.contains("3 reviews in the last year"), stats);
        assertTrue(stats.contains("2026-11-20: 2</title>"), "heatmap cell for the day with two reviews");
        assertTrue(stats.contains("2026-11-24: 1 due</title>"), "forecast bar");
    }
}
