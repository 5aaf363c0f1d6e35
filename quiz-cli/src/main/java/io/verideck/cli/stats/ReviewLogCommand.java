package io.verideck.cli.stats;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.review.ReviewCommand;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ProgressStoreException;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck review-log export|import}: the review log as the FSRS optimizer's CSV. */
@Command(name = "review-log", mixinStandardHelpOptions = true,
        description = "Export or import the review log (FSRS optimizer CSV).",
        subcommands = {ReviewLogCommand.Export.class, ReviewLogCommand.Import.class})
public final class ReviewLogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--db", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Progress database (default as for review).")
    Path db;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path database() {
        return ReviewCommand.database(db, parent);
    }

    /** {@code review-log export [FILE]}: every scheduled review (cram and undone rows left out), oldest first. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the review log as CSV (stdout by default).")
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ReviewLogCommand log;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Output file (default: stdout).")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (ProgressStore store = ProgressStore.open(log.database())) {
                List<ReviewEntry> entries = store.effectiveLog();
                if (file == null) {
                    ReviewLogCsv.write(entries, spec.commandLine().getOut());
                } else {
                    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                        ReviewLogCsv.write(entries, w);
                    }
                    spec.commandLine().getOut().println("wrote " + entries.size() + " reviews to " + file);
                }
                return ExitCodes.OK;
            } catch (ProgressStoreException e) {
                spec.commandLine().getErr().println("verideck review-log: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
    }

    /**
     * {@code review-log import FILE}: appends the reviews of a CSV. Each card's rows newer than its
     * last review are replayed through the FSRS-6 scheduler (no fuzz) to rebuild its state; older rows
     * (already present, or predating the card's history here) are skipped, so importing twice is harmless.
     */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Append reviews from a CSV file.")
    public static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ReviewLogCommand log;

        @Parameters(paramLabel = "FILE", description = "CSV with card_id, review_time (epoch ms), review_rating.")
        Path file;

        @Override
        public Integer call() throws IOException {
            List<ReviewLogCsv.Row> rows;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows = ReviewLogCsv.read(file.toString(), in);
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println("verideck review-log: " + file + ": no such file");
                return ExitCodes.BAD_INPUT;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("verideck review-log: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            try (ProgressStore store = ProgressStore.open(log.database())) {
                List<ReviewEntry> entries = plan(rows, store.states(), new Scheduler(FsrsParameters.defaults().withFuzz(false)));
                store.appendAll(entries);
                spec.commandLine().getOut().println("imported " + entries.size() + " reviews, skipped "
                        + (rows.size() - entries.size()) + " already present or older than the card's history");
                return ExitCodes.OK;
            } catch (ProgressStoreException e) {
                spec.commandLine().getErr().println("verideck review-log: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
    }

    /** The log entries to append for {@code rows}, replayed on top of the current states. */
    static List<ReviewEntry> plan(List<ReviewLogCsv.Row> rows, Map<String, CardSchedule> states, Scheduler scheduler) {
        List<ReviewLogCsv.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ReviewLogCsv.Row::cardId).thenComparingLong(ReviewLogCsv.Row::reviewTimeMs));
        Map<String, CardSchedule> cur = new HashMap<>(states);
        List<ReviewEntry> out = new ArrayList<>();
        for (ReviewLogCsv.Row r : sorted) {
            CardSchedule before = cur.getOrDefault(r.cardId(), CardSchedule.fresh());
            Instant at = Instant.ofEpochMilli(r.reviewTimeMs());
            if (before.lastReview() != null && !at.isAfter(before.lastReview())) continue;
            CardSchedule after = scheduler.review(before, Rating.of(r.rating()), at, null);
            out.add(new ReviewEntry(0, r.cardId(), at, r.rating(), r.durationMs() == null ? 0 : r.durationMs(),
                    ReviewEntry.IMPORT, 0, before, after));
            cur.put(r.cardId(), after);
        }
        out.sort(Comparator.comparing(ReviewEntry::at));
        return out;
    }
}
