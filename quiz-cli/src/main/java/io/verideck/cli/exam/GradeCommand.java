package io.verideck.cli.exam;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.UserError;
import io.verideck.cli.kb.Terminal;
import io.verideck.kb.grade.Grader;
import io.verideck.kb.model.Card;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck grade}: grade typed answers, one against a card or a batch of JSON lines. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade a typed answer against a card's key points and show what was hit and missed,",
            "or (--json) grade JSON lines {\"reference\", \"key_points\"?, \"answer\"} from a file or stdin."},
        footer = {"", "Examples:", "  verideck grade activations-relu \"max(0, z), slope 0 or 1\"",
            "  verideck grade --json answers.jsonl > scores.jsonl"})
public final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--json", description = "Batch mode: JSON lines in, one score line out per input line.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "ARGS",
            description = "With --json: the input file (default stdin). Otherwise: CARD-ID then the answer (default: read from stdin).")
    List<String> args = List.of();

    private final InputStream in;
    private final Map<String, String> env;

    public GradeCommand() {
        this(System.in, null);
    }

    GradeCommand(InputStream in, Map<String, String> env) {
        this.in = in;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        return json ? batch(out) : single(out);
    }

    private int batch(PrintWriter out) throws IOException {
        if (args.size() > 1) throw new UserError(ExitCodes.USAGE, "grade --json takes at most one input file");
        try (BufferedReader r = args.isEmpty() ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                : open(Path.of(args.get(0)))) {
            int bad = new GradeLines(new Grader()).run(r, out);
            if (bad > 0) spec.commandLine().getErr().println("verideck: " + bad + " input line(s) could not be graded (see the \"error\" lines)");
            return bad > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    private int single(PrintWriter out) throws IOException {
        if (args.isEmpty()) throw new UserError(ExitCodes.USAGE, "grade needs a card id (or --json); try 'verideck grade --help'");
        String id = args.get(0);
        Card card = parent.workspace().library().card(id)
                .orElseThrow(() -> new UserError(ExitCodes.NOTHING_FOUND, "no card with id '" + id + "'"));
        String answer = args.size() > 1 ? String.join(" ", args.subList(1, args.size()))
                : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        Terminal t = new Terminal(env != null ? env : parent.env());
        for (String line : new TypedReview().check(card, answer, t).view()) out.println(line);
        return ExitCodes.OK;
    }

    private static BufferedReader open(Path p) {
        try {
            return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCodes.BAD_INPUT, p + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
