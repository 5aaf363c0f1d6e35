package io.verideck.cli.exam;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.UserError;
import io.verideck.cli.kb.Terminal;
import io.verideck.cli.review.ReviewCommand;
import io.verideck.kb.grade.TypedAnswer;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.kb.tex.TexText;
import io.verideck.progress.ProgressStoreException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck exam}: a mock exam with typed answers, graded automatically, with a report at the end. */
@Command(name = "exam", mixinStandardHelpOptions = true,
        description = {"A mock exam: questions of mixed kinds drawn from the deck, typed answers graded against",
            "each card's key points, and a score report with what was matched and missed.",
            "On a terminal answers are typed in a multi-line editor (an empty line submits);",
            "--plain (or no terminal) reads answers from stdin, each ended by a line holding only '.'."},
        footer = {"", "Type :q to end the exam early. A line starting '=' is a typed formula (checked numerically when the verifier is installed)."})
public final class ExamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only cards with one of these tags.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--questions", paramLabel = "N", defaultValue = "10", description = "Number of questions (default ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--minutes", paramLabel = "M", description = "Time limit for the whole exam; questions after it are not asked.")
    Integer minutes;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draw (default: today's date, printed so the exam can be repeated).")
    Long seed;

    @Option(names = "--plain", description = "Line-based mode for scripts, tests and screen readers.")
    boolean plain;

    @Option(names = "--db", paramLabel = "FILE", description = "Progress database the results are logged to (default as for review).")
    Path db;

    @Option(names = "--no-save", description = "Do not record the results in the review log.")
    boolean noSave;

    private final Supplier<Library> library;
    private final InputStream in;
    private final Clock clock;

    public ExamCommand() {
        this(null, System.in, Clock.systemUTC());
    }

    /** For tests: a fixed library, scripted input and a clock. */
    public ExamCommand(Supplier<Library> library, InputStream in, Clock clock) {
        this.library = library;
        this.in = in;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (questions < 1 || questions > 200) throw new UserError(ExitCodes.USAGE, "--questions must be 1..200, got " + questions);
        if (minutes != null && (minutes < 1 || minutes > 600)) throw new UserError(ExitCodes.USAGE, "--minutes must be 1..600, got " + minutes);
        PrintWriter out = spec.commandLine().getOut();
        Library lib = library != null ? library.get() : parent.workspace().library();
        long s = seed != null ? seed : LocalDate.now(clock).toEpochDay();
        List<Card> drawn = ExamDraw.draw(lib.cards(), new LinkedHashSet<>(tags), questions, s);
        if (drawn.isEmpty()) throw new UserError(ExitCodes.NOTHING_FOUND, "no card with key points" + (tags.isEmpty() ? "" : " and tag " + tags));
        Terminal t = new Terminal(parent != null ? parent.env() : java.util.Map.of());
        boolean editor = !plain && System.console() != null && in == System.in;
        try (ExamLog log = openLog(); AnswerInput input = editor ? new EditorAnswerInput()
                : new PlainAnswerInput(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
            out.printf("Mock exam: %d question(s)%s, seed %d (repeat with --seed %d).%n", drawn.size(),
                    minutes == null ? "" : ", " + minutes + " minute(s)", s, s);
            out.println(editor ? "Type your answer; Enter adds a line, an empty line submits, :q ends the exam."
                    : "End each answer with a line holding only '.'; ':q' ends the exam.");
            List<ExamResult> results = run(drawn, input, log, out, t);
            ExamReport.print(results, drawn.size(), out, t);
            out.flush();
            return ExitCodes.OK;
        } catch (ProgressStoreException e) {
            throw new UserError(ExitCodes.ENVIRONMENT, e.getMessage(), e);
        }
    }

    private List<ExamResult> run(List<Card> drawn, AnswerInput input, ExamLog log, PrintWriter out, Terminal t) {
        TypedReview checker = new TypedReview();
        Instant start = clock.instant();
        Instant end = minutes == null ? null : start.plus(Duration.ofMinutes(minutes));
        List<ExamResult> results = new ArrayList<>();
        int i = 0;
        for (Card c : drawn) {
            i++;
            Instant asked = clock.instant();
            if (end != null && !asked.isBefore(end)) {
                out.println(t.bold("Time is up.") + " " + (drawn.size() - i + 1) + " question(s) not asked.");
                break;
            }
            QuestionKind kind = QuestionKind.of(c);
            out.println();
            String left = end == null ? "" : t.dim("  [" + Duration.between(asked, end).toMinutes() + " min left]");
            out.println(t.bold("Question " + i + "/" + drawn.size()) + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")" + left);
            out.println(TexText.markdownToText(c.question()));
            if (kind == QuestionKind.FORMULA) out.println(t.dim("(you may add a line '= formula' to have it checked numerically)"));
            out.flush();
            Optional<String> raw = input.read();
            if (raw.isEmpty()) {
                out.println("Exam ended early.");
                break;
            }
            Instant done = clock.instant();
            String answer = raw.get();
            boolean late = end != null && done.isAfter(end);
            if (late) {
                out.println(t.bold("Time ran out while answering; this answer is not graded."));
                answer = "";
            }
            TypedReview.Outcome o = checker.check(c, answer, t);
            ExamResult r = new ExamResult(c, kind, TypedAnswer.of(answer).text(), o, Duration.between(asked, done).toMillis());
            results.add(r);
            log.record(r, done);
            out.println(t.dim("Recorded. " + (i < drawn.size() ? "Next question." : "")));
            if (late) break;
        }
        return results;
    }

    private ExamLog openLog() {
        if (noSave) return ExamLog.none();
        return StoreExamLog.open(ReviewCommand.database(db, parent));
    }
}
