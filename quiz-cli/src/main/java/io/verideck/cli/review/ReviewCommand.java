package io.verideck.cli.review;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.Paths;
import io.verideck.cli.UserError;
import io.verideck.cli.exam.TypedReview;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.index.QuerySyntaxException;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.progress.DataHome;
import io.verideck.progress.ProgressStore;
import io.verideck.progress.ProgressStoreException;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Scheduler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck review}: review due cards with FSRS-6; progress goes to the SQLite store. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review the cards that are due (FSRS-6), then new ones.",
            "Full-screen on a terminal; --plain (or no terminal) reads grades as lines from stdin.",
            "--type: type each answer; it is graded and the suggested grade pre-selected."})
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--plain", description = "Line-based mode for scripts and screen readers.")
    boolean plain;

    @Option(names = "--db", paramLabel = "FILE", description = "Progress database (default: $VERIDECK_HOME/progress.db, "
            + "else $XDG_DATA_HOME/verideck/progress.db, else ~/.local/share/verideck/progress.db).")
    Path db;

    @Option(names = "--limit", paramLabel = "N", description = "At most N cards this session (default ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int limit;

    @Option(names = "--new", paramLabel = "N", description = "New cards per day (default ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int newPerDay;

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only cards with one of these tags.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--deck", paramLabel = "DECK", split = ",", description = "Only cards of these decks (name or file name).")
    List<String> decks = new ArrayList<>();

    @Option(names = "--query", paramLabel = "QUERY", description = "Only cards matching this search.")
    String query;

    @Option(names = "--exam", paramLabel = "YYYY-MM-DD", description = "Keep every card's next review before this exam day.")
    LocalDate exam;

    @Option(names = "--cram", description = "Review reviewed cards by lowest retrievability first; the schedule is not changed.")
    boolean cram;

    @Option(names = "--scale", paramLabel = "4|5", defaultValue = "4",
            description = "Grade keys: 4 (Again/Hard/Good/Easy) or 5 (confidence 1-5, mapped onto the four).")
    int scale;

    @Option(names = "--retention", paramLabel = "R", defaultValue = "0.9", description = "Desired retention (default ${DEFAULT-VALUE}).")
    double retention;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the interval fuzz (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-fuzz", description = "Exact FSRS intervals, no fuzz.")
    boolean noFuzz;

    @Option(names = "--type", description = "Type each answer: it is graded against the key points (and a typed "
            + "formula checked numerically), the suggested grade is pre-selected; Enter accepts, a number changes it.")
    boolean type;

    private final Supplier<Library> library;
    private final InputStream stdin;
    private final Clock clock;
    private final Supplier<TypedReview> grader;

    /** The command as the launcher builds it: the workspace's cards, stdin, the system clock. */
    public ReviewCommand() {
        this(null, System.in, Clock.systemDefaultZone());
    }

    /** For tests and embedding: the cards, the input and the clock. */
    public ReviewCommand(Supplier<Library> library, InputStream stdin, Clock clock) {
        this(library, stdin, clock, TypedReview::new);
    }

    /** For tests: also the grader {@code --type} uses (e.g. with a stand-in formula judge). */
    public ReviewCommand(Supplier<Library> library, InputStream stdin, Clock clock, Supplier<TypedReview> grader) {
        this.library = library;
        this.stdin = stdin;
        this.clock = clock;
        this.grader = grader;
    }

    private Library library() {
        if (library != null) return library.get();
        if (parent == null) return ContentLoader.builtin();
        Path dir = parent.workspace().userDecksDir();
        Path cache = Paths.cacheDir(parent.env());
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserError(ExitCodes.BAD_INPUT, dir + ": decks directory does not exist (from --decks or VERIDECK_DECKS)");
        }
        try {
            return DeckCache.reviewDecks(dir, cache);
        } catch (IOException e) {
            return parent.workspace().library();
        }
    }

    private static Library join(CompletableFuture<Library> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** The database file: {@code --db}, else progress.db in the data directory. */
    public static Path database(Path db, Main parent) {
        if (db != null) return db;
        return parent != null ? Paths.dataDir(parent.env()).resolve(DataHome.FILE) : DataHome.database();
    }

    /** Card ids matching a Lucene query: the workspace's index, or one built over {@code lib}. */
    Set<String> search(Library lib, String q) throws QuerySyntaxException {
        if (parent != null && library == null) {
            return new HashSet<>(parent.workspace().index().matchingCardIds(q, Math.max(1, lib.cards().size())));
        }
        return matching(lib, q);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfidenceScale keys;
        FsrsParameters params;
        try {
            keys = ConfidenceScale.of(scale);
            params = FsrsParameters.defaults().withDesiredRetention(retention).withFuzz(!noFuzz);
        } catch (IllegalArgumentException e) {
            err.println("verideck review: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path file = database(db, parent);
        // Parsing the decks and opening SQLite are independent: do them at the same time.
        CompletableFuture<Library> loading = CompletableFuture.supplyAsync(this::library);
        // --type: the grader (term weights, analyzer) is built meanwhile too; without it nothing of it loads
        CompletableFuture<TypedReview> grading = type ? CompletableFuture.supplyAsync(grader) : null;
        try (ProgressStore store = ProgressStore.open(file)) {
            Library lib = join(loading);
            Instant now = clock.instant();
            ZoneId zone = clock.getZone();
            Scheduler scheduler = new Scheduler(params, exam, zone);
            CardFilter filter = new CardFilter(tags, decks, query == null ? null : search(lib, query));
            List<Card> cards = queue(lib, store, scheduler, filter, now, zone);
            if (cards.isEmpty()) {
                out.println(cram ? "Nothing to cram: no reviewed card matches." : "Nothing due. Come back later.");
                out.flush();
                return ExitCodes.NOTHING_FOUND;
            }
            ReviewSession session = new ReviewSession(store, scheduler, lib, cards, clock, cram, seed);
            if (plain || System.console() == null) {
                BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                new PlainReview(session, keys, in, out, clock, grading == null ? null : grading.join()).run();
            } else {
                new ScreenReview(session, keys, lib, clock, q -> search(lib, q), grading == null ? null : grading.join()).run(out);
            }
            return ExitCodes.OK;
        } catch (ProgressStoreException e) {
            err.println("verideck review: " + e.getMessage());
            if (parent != null && parent.debug()) e.printStackTrace(err);
            return ExitCodes.BAD_INPUT;
        } catch (QuerySyntaxException e) {
            err.println("verideck review: --query: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private List<Card> queue(Library lib, ProgressStore store, Scheduler scheduler, CardFilter filter, Instant now,
                             ZoneId zone) {
        if (cram) return ReviewQueue.cram(lib.cards(), store.states(), filter, scheduler, now, limit);
        Instant dayStart = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        // reads only the due states the session shows, and counts today's new cards only if new ones are needed
        return ReviewQueue.due(lib.cards(), store, filter, now,
                () -> Math.max(0, newPerDay - store.newCardsSince(dayStart)), limit);
    }

    /**
     * Ids of the cards matching a Lucene query over the library (the knowledge base's card index,
     * opened only when a search is asked for).
     *
     * @throws QuerySyntaxException with a one-line message on broken syntax
     */
    static Set<String> matching(Library lib, String query) throws QuerySyntaxException {
        try (CardIndex index = CardIndex.open(lib)) {
            return new HashSet<>(index.matchingCardIds(query, Math.max(1, lib.cards().size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
