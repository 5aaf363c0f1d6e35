package io.verideck.cli;

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
        footer = {"", "Exit codes: 0 ok, 1 nothing found, 2 usage or bad query, 3 bad input file, 4 environment.",
            "Docs: docs/cli.md"})
public final class Main implements Runnable {
    /**
     * Every subcommand, by name. Only the one a command line asks for is loaded and modelled, which
     * keeps start-up short; help, completion and unknown names get them all. {@code MainTest} checks
     * that each name matches its class's {@code @Command} name.
     */
    static final String[][] COMMANDS = {
        {"search", "io.verideck.cli.kb.SearchCommand"},
        {"show", "io.verideck.cli.kb.ShowCommand"},
        {"list", "io.verideck.cli.kb.ListCommand"},
        {"check", "io.verideck.cli.kb.CheckCommand"},
        {"review", "io.verideck.cli.review.ReviewCommand"},
        {"stats", "io.verideck.cli.stats.StatsCommand"},
        {"review-log", "io.verideck.cli.stats.ReviewLogCommand"},
        {"exam", "io.verideck.cli.exam.ExamCommand"},
        {"grade", "io.verideck.cli.exam.GradeCommand"},
        {"import", "io.verideck.cli.interchange.ImportCommand"},
        {"export", "io.verideck.cli.interchange.ExportCommand"},
        {"verify", "io.verideck.cli.LazyCommands$Verify"},
        {"run", "io.verideck.cli.LazyCommands$Run"},
        {"check-formula", "io.verideck.cli.LazyCommands$CheckFormula"},
        {"serve", "io.verideck.cli.LazyCommands$Serve"},
        {"site", "io.verideck.cli.LazyCommands$Site"},
        {"completion", "io.verideck.cli.kb.CompletionCommand"},
    };

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
        Map<String, String> env = System.getenv();
        Prefetch.start(args, env);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), env));
    }

    /** Runs a command line in-process with the given writers and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Main main = new Main();
        main.env = env;
        CommandLine cl = commandLine(main, args);
        cl.setOut(out).setErr(err);
        try {
            return cl.execute(args);
        } finally {
            main.closeWorkspace();
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Main main, String[] argv) {
        CommandLine cl = new CommandLine(main);
        String wanted = commandWord(argv);
        for (String[] c : COMMANDS) {
            if (wanted == null || wanted.equals("completion") || known(wanted) == null || c[0].equals(wanted)) {
                cl.addSubcommand(c[0], load(c[1]));
            }
        }
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

    /** The first word of a command line that is not a global option or its value, or null. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--decks")) {
                i++;
            } else if (!a.startsWith("--decks=") && !a.equals("--debug")) {
                return a.startsWith("-") ? null : a;
            }
        }
        return null;
    }

    /** The class of the subcommand {@code name}, or null when there is none. */
    static String known(String name) {
        for (String[] c : COMMANDS) if (c[0].equals(name)) return c[1];
        return null;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("subcommand class missing from this build: " + className, e);
        }
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
