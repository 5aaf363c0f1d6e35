package io.verideck.cli.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.cli.review.TestDecks;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsAndCsvTest {
    private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(false));
    private final Library lib = TestDecks.library(10);

    @TempDir
    Path dir;

    /** Four days of reviews of every card (random grades from a printed seed), ending at T0 + 3 days. */
    private Path history(long seed) {
        System.out.println("StatsAndCsvTest seed " + seed);
        Random rnd = new Random(seed);
        Path db = dir.resolve("a.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            for (int day = 0; day < 4; day++) {
                for (var c : lib.cards()) {
                    Instant at = T0.plus(Duration.ofDays(day)).plusSeconds(rnd.nextInt(3600));
                    Rating g = Rating.of(1 + rnd.nextInt(4));
                    s.grade(c.id(), at, g.value(), 2000, ReviewEntry.REVIEW, b -> scheduler.review(b, g, at, null));
                }
            }
        }
        return db;
    }

    @Test
    void statsAreComputedFromTheLog() {
        Path db = history(11);
        Instant now = T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(5));
        try (ProgressStore s = ProgressStore.open(db)) {
            var states = s.states();
            var log = s.effectiveLog();
            ReviewStats st = ReviewStats.compute(lib, states, log, now, java.time.ZoneOffset.UTC);
            assertEquals(20, st.cards());
            assertEquals(20, st.reviewedCards());
            assertEquals(4, st.streak());
            assertEquals(4, st.heatmap().size());
            assertEquals(20, st.heatmap().get(LocalDate.of(2025, 6, 2)));
            long dueToday = states.values().stream().filter(x -> !x.due().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                    .isAfter(LocalDate.of(2025, 6, 4))).count();
            assertEquals(dueToday, st.dueToday());
            assertEquals(20 - dueToday, java.util.Arrays.stream(st.forecast()).sum());
            long mature = log.stream().filter(e -> e.before().phase() == io.verideck.schedule.Phase.REVIEW).count();
            long hits = log.stream().filter(e -> e.before().phase() == io.verideck.schedule.Phase.REVIEW && e.rating() > 1).count();
            assertEquals((double) hits / mature, st.trueRetention(), 1e-12);
            assertEquals(List.of("losses", "optimization"), st.tags().stream().map(ReviewStats.TagStats::tag).sorted().toList());
            assertTrue(st.hardest().get(0).difficulty() >= st.hardest().get(st.hardest().size() - 1).difficulty());
        }
    }

    @Test
    void statsCommandPrintsTextAndJson() throws Exception {
        Path db = history(12);
        TestDecks.ManualClock clock = new TestDecks.ManualClock(T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)));
        StringWriter out = new StringWriter();
        int code = new CommandLine(new StatsCommand(() -> lib, clock)).setOut(new PrintWriter(out))
                .execute("--db", db.toString(), "--json");
        assertEquals(0, code);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(20, j.get("cards").asInt());
        assertEquals(30, j.get("forecast").size());
        assertEquals(4, j.get("streak").asInt());
        StringWriter text = new StringWriter();
        new CommandLine(new StatsCommand(() -> lib, clock)).setOut(new PrintWriter(text)).execute("--db", db.toString());
        assertTrue(text.toString().contains("Due in the next 30 days"), text.toString());
        assertTrue(text.toString().contains("Streak: 4 days"), text.toString());
        assertTrue(text.toString().contains("Mon "), text.toString());
    }

    @Test
    void csvRoundTripRebuildsTheSameStates() throws Exception {
        Path a = history(13);
        Path csv = dir.resolve("log.csv");
        assertEquals(0, new CommandLine(new ReviewLogCommand()).execute("--db", a.toString(), "export", csv.toString()));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ReviewLogCsv.HEADER, lines.get(0));
        assertEquals(81, lines.size());
        Path b = dir.resolve("b.db");
        StringWriter out = new StringWriter();
        assertEquals(0, new CommandLine(new ReviewLogCommand()).setOut(new PrintWriter(out))
                .execute("--db", b.toString(), "import", csv.toString()));
        assertTrue(out.toString().contains("imported 80 reviews, skipped 0"), out.toString());
        try (ProgressStore sa = ProgressStore.open(a); ProgressStore sb = ProgressStore.open(b)) {
            assertEquals(sa.states(), sb.states());
        }
        StringWriter again = new StringWriter();
        new CommandLine(new ReviewLogCommand()).setOut(new PrintWriter(again)).execute("--db", b.toString(), "import", csv.toString());
        assertTrue(again.toString().contains("imported 0 reviews, skipped 80"), again.toString());
    }

    @Test
    void aBadCsvRowIsReportedWithItsLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "card_id,review_time,review_rating\nx,1700000000000,3\ny,1700000000001,7\n");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ReviewLogCommand()).setErr(new PrintWriter(err))
                .execute("--db", dir.resolve("c.db").toString(), "import", csv.toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains(csv + ":3: review_rating must be 1 to 4"), err.toString());
    }

    @Test
    void chartsHaveTheirShape() {
        List<String> bars = TerminalCharts.bars(new int[] {0, 5, 10, 1}, 4);
        assertEquals(6, bars.size());
        assertTrue(bars.get(0).startsWith("  10 ┤"), bars.get(0));
        assertEquals("     │  █", bars.get(0).replace("  10 ┤", "     │"));
        List<String> heat = TerminalCharts.heatmap(java.util.Map.of(LocalDate.of(2025, 6, 2), 3), LocalDate.of(2025, 6, 4), 2);
        assertEquals(8, heat.size());
        assertArrayEquals(new String[] {"Mon ·█", "Tue ··", "Wed ··"}, heat.subList(0, 3).toArray());
    }
}
