package io.verideck.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Commands whose implementation lives in a module that quiz-cli only has at run time (verifier, web).
 * Each forwards its arguments to the real picocli command, loaded by class name inside {@code call()},
 * so ND4J and the web server are never loaded by other commands.
 */
final class LazyCommands {
    private LazyCommands() {
    }

    abstract static class Forward implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @ParentCommand
        Main main;
        @Unmatched
        List<String> args = new ArrayList<>();

        abstract String target();

        /** Whether the target command takes the global --decks option. */
        boolean takesDecks() {
            return true;
        }

        @Override
        public Integer call() {
            Object command;
            try {
                command = Class.forName(target()).getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "'" + spec.name() + "' is not part of this build (" + target()
                        + " is missing); run: mvn -q package -DskipTests");
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "cannot start '" + spec.name() + "': " + e, e);
            }
            List<String> forwarded = new ArrayList<>(args);
            if (main.debug() && !forwarded.contains("--debug")) forwarded.add("--debug");
            if (takesDecks() && main.decks != null && !forwarded.contains("--decks")) {
                forwarded.add("--decks");
                forwarded.add(main.decks.toString());
            }
            CommandLine inner = new CommandLine(command);
            inner.setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr());
            return inner.execute(forwarded.toArray(new String[0]));
        }
    }

    @Command(name = "verify", description = "Run the property checks behind every formula (see 'verideck verify --help').")
    static final class Verify extends Forward {
        @Override
        boolean takesDecks() {
            return false;
        }

        @Override
        String target() {
            return "io.verideck.verifier.cli.VerifyCommand";
        }
    }

    @Command(name = "run", description = "Evaluate a concept on your numbers: outputs and gradients (see 'verideck run --help').")
    static final class Run extends Forward {
        @Override
        boolean takesDecks() {
            return false;
        }

        @Override
        String target() {
            return "io.verideck.verifier.cli.RunCommand";
        }
    }

    @Command(name = "serve", description = "Serve the reference site on 127.0.0.1 (see 'verideck serve --help').")
    static final class Serve extends Forward {
        @Override
        String target() {
            return "io.verideck.web.cli.ServeCommand";
        }
    }

    @Command(name = "site", description = "Export the reference site as static files (see 'verideck site --help').")
    static final class Site extends Forward {
        @Override
        String target() {
            return "io.verideck.web.cli.SiteCommand";
        }
    }
}
