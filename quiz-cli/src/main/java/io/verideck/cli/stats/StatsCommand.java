package io.verideck.cli.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.review.ReviewCommand;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Library;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ProgressStoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck stats [--json]}: due today, 30-day forecast, heatmap, true retention, streak, tags, hardest cards. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Review statistics from the progress database.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--db", paramLabel = "FILE", description = "Progress database (default as for review).")
    Path db;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "26", description = "Weeks in the heatmap (default ${DEFAULT-VALUE}).")
    int weeks;

    private final Supplier<Library> library;
    private final Clock clock;

    public StatsCommand() {
        this(null, Clock.systemDefaultZone());
    }

    /** For tests: the cards and the clock. */
    public StatsCommand(Supplier<Library> library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Library lib = library != null ? library.get() : parent != null ? parent.workspace().library() : ContentLoader.builtin();
        ReviewStats s;
        try (ProgressStore store = ProgressStore.open(ReviewCommand.database(db, parent))) {
            s = ReviewStats.compute(lib, store.states(), store.effectiveLog(), clock.instant(), clock.getZone());
        } catch (ProgressStoreException e) {
            spec.commandLine().getErr().println("verideck stats: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(s)));
        } else {
            text(s, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> toJson(ReviewStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cards", s.cards());
        m.put("reviewedCards", s.reviewedCards());
        m.put("dueToday", s.dueToday());
        m.put("forecast", s.forecast());
        Map<String, Integer> heat = new LinkedHashMap<>();
        s.heatmap().forEach((d, n) -> heat.put(d.toString(), n));
        m.put("reviewsPerDay", heat);
        m.put("trueRetention", Double.isNaN(s.trueRetention()) ? null : s.trueRetention());
        m.put("streak", s.streak());
        m.put("tags", s.tags().stream().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("tag", t.tag());
            x.put("cards", t.cards());
            x.put("reviews", t.reviews());
            x.put("retention", Double.isNaN(t.retention()) ? null : t.retention());
            return x;
        }).toList());
        m.put("hardest", s.hardest());
        return m;
    }

    private void text(ReviewStats s, PrintWriter out) {
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        String ret = Double.isNaN(s.trueRetention()) ? "-" : Math.round(100 * s.trueRetention()) + "%";
        out.println("Cards: " + s.cards() + " (" + s.reviewedCards() + " with progress)   Due today: " + s.dueToday()
                + "   Streak: " + s.streak() + (s.streak() == 1 ? " day" : " days") + "   True retention: " + ret);
        out.println();
        out.println("Due in the next 30 days");
        TerminalCharts.bars(s.forecast(), 6).forEach(out::println);
        out.println();
        out.println("Reviews, last " + weeks + " weeks");
        TerminalCharts.heatmap(s.heatmap(), today, weeks).forEach(out::println);
        out.println();
        out.println("By tag (top 15)");
        out.println(String.format("  %-24s %6s %8s %10s", "tag", "cards", "reviews", "retention"));
        s.tags().stream().limit(15).forEach(t -> out.println(String.format("  %-24s %6d %8d %10s", t.tag(), t.cards(),
                t.reviews(), Double.isNaN(t.retention()) ? "-" : Math.round(100 * t.retention()) + "%")));
        out.println();
        out.println("Hardest cards");
        List<ReviewStats.HardCard> hard = s.hardest();
        if (hard.isEmpty()) out.println("  (none reviewed yet)");
        for (ReviewStats.HardCard h : hard) {
            out.println(String.format("  %-30s D %.1f  lapses %d  S %.1fd", h.id(), h.difficulty(), h.lapses(), h.stability()));
        }
    }
}
