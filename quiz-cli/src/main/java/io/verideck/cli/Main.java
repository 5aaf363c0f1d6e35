package io.verideck.cli;

import io.verideck.cli.exam.ExamCommand;
import io.verideck.cli.exam.GradeCommand;
import io.verideck.cli.kb.CheckCommand;
import io.verideck.cli.kb.CompletionCommand;
import io.verideck.cli.kb.ListCommand;
import io.verideck.cli.kb.SearchCommand;
import io.verideck.cli.kb.ShowCommand;
import io.verideck.cli.review.ReviewCommand;
import io.verideck.cli.stats.ReviewLogCommand;
import io.verideck.cli.stats.StatsCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code verideck} root command. */
@Command(name = "verideck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Study deep learning with verified flashcards: search, review, exam, verify, serve.",
        subcommands = {
            SearchCommand.class, ShowCommand.class, ListCommand.class, CheckCommand.class,
            LazyCommands.Verify.class, LazyCommands.Run.class, LazyCommands.CheckFormula.class, LazyCommands.Serve.class, LazyCommands.Site.class,
            CompletionCommand.class,
            io.verideck.cli.interchange.ImportCommand.class, io.verideck.cli.interchange.ExportCommand.class,
            ReviewCommand.class, StatsCommand.class, ReviewLogCommand.class,
            ExamCommand.class, GradeCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 nothing found, 2 usage or bad query, 3 bad input file, 4 environment.",
            "Docs: docs/cli.md"})
public final class Main implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces for errors.")
    boolean debug;

    @Option(names = "--decks", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Your own decks directory (default: $VERIDECK_DECKS).")
    Path decks;

    private Map<String, String> env = System.getenv();
    private Workspace workspace;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs a command line in-process with the given writers and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Main main = new Main();
        main.env = env;
        CommandLine cl = commandLine(main);
        cl.setOut(out).setErr(err);
        try {
            return cl.execute(args);
        } finally {
            main.closeWorkspace();
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Main main) {
        CommandLine cl = new CommandLine(main);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            PrintWriter err = line.getErr();
            int code = ex instanceof UserError u ? u.exitCode() : ExitCodes.ENVIRONMENT;
            String msg = ex instanceof UserError ? ex.getMessage() : "internal error: " + ex;
            err.println("verideck: " + msg);
            if (main.debug) {
                ex.printStackTrace(err);
            } else if (!(ex instanceof UserError)) {
                err.println("(run again with --debug for the stack trace)");
            }
            return code;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("verideck: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCodes.USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The workspace of this invocation (opened on first use, closed when the command returns). */
    public synchronized Workspace workspace() {
        if (workspace == null) workspace = new Workspace(decks, env);
        return workspace;
    }

    public boolean debug() {
        return debug;
    }

    public Map<String, String> env() {
        return env;
    }

    private synchronized void closeWorkspace() {
        if (workspace != null) {
            try {
                workspace.close();
            } catch (java.io.IOException ignored) {
                // closing a read-only index cannot lose data
            }
        }
    }
}
