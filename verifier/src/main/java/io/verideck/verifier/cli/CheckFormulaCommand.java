package io.verideck.verifier.cli;

import io.verideck.verifier.formula.CardFormula;
import io.verideck.verifier.formula.DeckFormulas;
import io.verideck.verifier.formula.Formula;
import io.verideck.verifier.formula.FormulaException;
import io.verideck.verifier.formula.FormulaJudge;
import io.verideck.verifier.formula.Variables;
import io.verideck.verifier.formula.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verideck check-formula}: judges a typed formula against a card's answer formula by evaluating
 * both at random points (see docs/formulas.md). quiz-cli looks the card up and passes its formula and
 * variables as {@code --reference} and {@code --variables}; without them the card is read from
 * {@code --decks DIR} or the built-in {@code content/decks}. Exit codes: 0 accepted, 1 rejected, 2 usage
 * or a typed formula that does not parse, 3 unknown card or a card without a usable formula.
 */
@Command(name = "check-formula", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a typed formula against a card's answer formula at random points.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:accepted", "1:rejected (with a hint and a counterexample)",
            "2:usage error or the typed formula does not parse", "3:unknown card, or the card has no usable formula"})
public final class CheckFormulaCommand implements Callable<Integer> {
    static final int ACCEPTED = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int BAD_CARD = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMULA", description = "The formula to check, e.g. \"e^x/(1+e^x)\".")
    String typed;

    @Option(names = "--card", paramLabel = "ID", description = "The card whose answer formula is the reference.")
    String card;

    @Option(names = "--reference", paramLabel = "F", description = "The answer formula (quiz-cli passes the card's).")
    String reference;

    @Option(names = "--variables", paramLabel = "V", description = "The answer's variables, e.g. \"z vector[5]; y onehot[5]; n integer[1,10]; g vector[5] in (0,1)\".")
    String variables;

    @Option(names = "--decks", paramLabel = "DIR", description = "Also look for --card in the decks under DIR.")
    Path decks;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the random points (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--points", paramLabel = "N", defaultValue = "40", description = "Points to compare (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces.", hidden = true)
    boolean debug;

    /** For picocli. */
    public CheckFormulaCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (points < 1 || points > 10_000) return usage(err, "--points must be between 1 and 10000, found " + points);
        if (reference == null) {
            if (card == null) return usage(err, "give --card ID, or --reference F with --variables V");
            Optional<CardFormula> found;
            try {
                found = lookUp(card);
            } catch (java.io.UncheckedIOException e) {
                if (debug) throw e;
                return fail(err, BAD_CARD, "cannot read the decks: " + e.getCause().getMessage());
            }
            if (found.isEmpty()) return fail(err, BAD_CARD, "unknown card '" + card + "'");
            if (found.get().formula() == null) return fail(err, BAD_CARD, "card '" + card + "' has no formula field");
            reference = found.get().formula();
            if (variables == null) variables = found.get().variables();
        }
        String where = card == null ? "the answer formula" : "card '" + card + "'";
        Variables declared;
        try {
            declared = Variables.parse(variables);
        } catch (FormulaException e) {
            fail(err, BAD_CARD, (card == null ? "the variables" : "the variables of card '" + card + "'") + ": " + e.getMessage());
            if (e.column() > 0 && variables != null) {
                err.println("  " + variables);
                err.println("  " + " ".repeat(Math.min(e.column() - 1, variables.length())) + "^");
                err.flush();
            }
            return BAD_CARD;
        }
        try {
            Formula.parse(reference, declared);
        } catch (FormulaException e) {
            return fail(err, BAD_CARD, where + ": " + e.getMessage());
        }
        FormulaJudge.Options options = new FormulaJudge.Options(points, FormulaJudge.Options.DEFAULT.relativeTolerance(),
                FormulaJudge.Options.DEFAULT.absoluteTolerance(), Math.min(points, FormulaJudge.Options.DEFAULT.minDefined()));
        Verdict verdict = FormulaJudge.judge(reference, variables, typed, seed, options);
        String reading = verdict.result() == Verdict.Result.INVALID ? null : Formula.parse(typed, Variables.parse(variables)).reading();
        if (json) {
            out.println(VerdictJson.write(verdict, card, reading));
        } else {
            report(verdict, reading, out, err);
        }
        out.flush();
        return switch (verdict.result()) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case INVALID -> verdict.error().startsWith("answer formula:") || verdict.error().startsWith("variables:") ? BAD_CARD : USAGE;
        };
    }

    private void report(Verdict verdict, String reading, PrintWriter out, PrintWriter err) {
        switch (verdict.result()) {
            case ACCEPTED -> {
                out.println("accepted: equal to the answer at " + (verdict.pointsTried() - verdict.pointsSkipped())
                        + " random points");
                out.println("  read as: " + reading);
                skippedLine(verdict, out);
            }
            case REJECTED -> {
                out.println("rejected: " + verdict.hint());
                out.println("  read as: " + reading);
                List<String> values = new ArrayList<>();
                verdict.counterexample().forEach((name, value) -> values.add(name + " = " + VerdictJson.value(value)));
                out.println("  counterexample: " + String.join(", ", values));
                skippedLine(verdict, out);
            }
            case INVALID -> {
                err.println("error: " + verdict.error());
                int col = column(verdict.error());
                if (col > 0 && !verdict.error().startsWith("answer formula:")) {
                    err.println("  " + typed);
                    err.println("  " + " ".repeat(Math.min(col - 1, typed.length())) + "^");
                }
                err.flush();
            }
        }
    }

    private static void skippedLine(Verdict verdict, PrintWriter out) {
        if (verdict.pointsSkipped() > 0) {
            out.println("  (" + verdict.pointsSkipped() + " of " + verdict.pointsTried()
                    + " points skipped: undefined there)");
        }
    }

    private static int column(String message) {
        if (!message.startsWith("col ")) return 0;
        int end = message.indexOf(':');
        try {
            return Integer.parseInt(message.substring(4, end));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private Optional<CardFormula> lookUp(String id) {
        List<Path> dirs = new ArrayList<>();
        if (decks != null) dirs.add(decks);
        String root = System.getProperty("verideck.root");
        if (root != null) dirs.add(Path.of(root, "content", "decks"));
        dirs.add(Path.of("content", "decks"));
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            Optional<CardFormula> found = DeckFormulas.find(dir, id);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private int usage(PrintWriter err, String message) {
        return fail(err, USAGE, message + " (see 'verideck check-formula --help')");
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("error: " + message);
        err.flush();
        return code;
    }
}
