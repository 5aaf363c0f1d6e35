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

        /** The class name of the real command. */
        private final String target;
        /** Whether the target command takes the global --decks option. */
        private final boolean takesDecks;

        Forward(String target, boolean takesDecks) {
            this.target = target;
            this.takesDecks = takesDecks;
        }

        /** Arguments this CLI adds for the target (defaults it cannot know by itself). */
        List<String> extraArgs(List<String> given) {
            return List.of();
        }

        @Override
        public Integer call() {
            Object command;
            try {
                command = Class.forName(target).getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "'" + spec.name() + "' is not part of this build (" + target
                        + " is missing); run: mvn -q package -DskipTests");
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "cannot start '" + spec.name() + "': " + e, e);
            }
            List<String> forwarded = new ArrayList<>(args);
            forwarded.addAll(extraArgs(args));
            if (main.debug() && !forwarded.contains("--debug")) forwarded.add("--debug");
            if (takesDecks && main.decks != null && !forwarded.contains("--decks")) {
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
        Verify() {
            super("io.verideck.verifier.cli.VerifyCommand", false);
        }

        /** Unless told otherwise, the report also goes where the site looks for it. */
        @Override
        List<String> extraArgs(List<String> given) {
            if (given.stream().anyMatch(a -> a.equals("--out") || a.startsWith("--out=") || a.equals("--help") || a.equals("-h"))) {
                return List.of();
            }
            java.nio.file.Path report = Paths.dataDir(main.env()).resolve("verify-report.json");
            try {
                java.nio.file.Files.createDirectories(report.getParent());
            } catch (java.io.IOException e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "cannot create " + report.getParent() + ": " + e.getMessage());
            }
            return List.of("--out", report.toString());
        }
    }

    @Command(name = "run", description = "Evaluate a concept on your numbers: outputs and gradients (see 'verideck run --help').")
    static final class Run extends Forward {
        Run() {
            super("io.verideck.verifier.cli.RunCommand", false);
        }
    }

    @Command(name = "check-formula", description = "Check a typed formula against a card's answer formula (see 'verideck check-formula --help').")
    static final class CheckFormula extends Forward {
        CheckFormula() {
            super("io.verideck.verifier.cli.CheckFormulaCommand", false);
        }

        /** {@code --card ID}: the card's formula and variables come from the library this CLI loaded. */
        @Override
        List<String> extraArgs(List<String> given) {
            int at = given.indexOf("--card");
            if (at < 0 || at + 1 >= given.size() || given.contains("--reference")) return List.of();
            String id = given.get(at + 1);
            var card = main.workspace().library().card(id)
                    .orElseThrow(() -> new UserError(ExitCodes.BAD_INPUT, "no card with id '" + id + "'"));
            if (card.formula() == null) {
                throw new UserError(ExitCodes.BAD_INPUT, "card '" + id + "' has no answer formula (" + card.location() + ")");
            }
            return List.of("--reference", card.formula(), "--variables", card.variables());
        }
    }

    @Command(name = "serve", description = "Serve the reference site on 127.0.0.1 (see 'verideck serve --help').")
    static final class Serve extends Forward {
        Serve() {
            super("io.verideck.web.cli.ServeCommand", true);
        }
    }

    @Command(name = "site", description = "Export the reference site as static files (see 'verideck site --help').")
    static final class Site extends Forward {
        Site() {
            super("io.verideck.web.cli.SiteCommand", true);
        }
    }
}
