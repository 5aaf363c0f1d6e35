package io.verideck.web.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteStateTest {
    @TempDir
    Path tmp;

    @Test
    void withoutAReportClaimsAreNotYetVerified() throws Exception {
        SiteState s = Fixtures.state(tmp.resolve("none.json"), tmp.resolve("none.db"), "site");
        String card = s.page("cards/sample-softmax.html").orElseThrow();
        assertTrue(card.contains("not yet verified"));
        assertTrue(s.page("verification.html").orElseThrow().contains("No verification report yet"));
        String home = s.page("index.html").orElseThrow();
        assertTrue(!home.contains("Due now") && !home.contains("stats.html\">Stats"), "no review panels without a database");
    }

    @Test
    void aNewReportIsPickedUp() throws Exception {
        Path report = tmp.resolve("verify-report.json");
        SiteState s = Fixtures.state(report, null, "site");
        assertTrue(s.page("cards/sample-softmax.html").orElseThrow().contains("not yet verified"));
        Files.copy(Fixtures.report(), report);
        Thread.sleep(1100);
        assertTrue(s.page("cards/sample-softmax.html").orElseThrow().contains("badge passed"));
    }
}
