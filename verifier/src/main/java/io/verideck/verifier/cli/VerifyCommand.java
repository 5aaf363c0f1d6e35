package io.verideck.verifier.cli;

import io.verideck.numeric.BackendUnavailableException;
import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.claim.Catalogue;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.UnknownClaimException;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.refuted.Mistakes;
import io.verideck.verifier.refuted.Refutation;
import io.verideck.verifier.refuted.RefutationRunner;
import io.verideck.verifier.refuted.RefutedClaim;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.ClaimsTsv;
import io.verideck.verifier.report.Coverage;
import io.verideck.verifier.report.ReportJson;
import io.verideck.verifier.report.RefutedText;
import io.verideck.verifier.report.ReportText;
import io.verideck.verifier.report.Status;
import io.verideck.verifier.report.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify [--claim ID|--tag T|--refuted] [--tries N] [--seed S] [--json] [--out FILE]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run the math claims behind the cards and report pass/fail, tries, errors, seed and time.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--claim", paramLabel = "ID", description = "only this claim (id like D8 or slug like softmax-ce-gradient)")
    String claim;

    @Option(names = "--tag", paramLabel = "T", description = "only claims with this tag")
    String tag;

    @Option(names = "--refuted", description = "check the sources' mistakes instead (math-claims.md §Z): a counterexample to each wrong statement, the correction on the same input")
    boolean refuted;

    @Option(names = "--tries", paramLabel = "N", description = "tries per randomized property (default ${DEFAULT-VALUE} or -Dverideck.tries)")
    int tries = PropertyRunner.configuredTries();

    @Option(names = "--seed", paramLabel = "S", description = "run seed (default ${DEFAULT-VALUE})")
    long seed = PropertyRunner.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "N", description = "claims checked at once (default: the number of cores); "
            + "results do not depend on it, each claim's randomness comes from the seed and its id")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "print the JSON report (docs/verify-report.md) instead of text")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the JSON report to FILE")
    Path out;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    /** Public no-arg constructor for loading by class name. */
    public VerifyCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (claim != null && tag != null) {
            err.println("verify: --claim and --tag cannot be combined");
            return ExitCodes.USAGE;
        }
        if (refuted && (claim != null || tag != null)) {
            err.println("verify: --refuted cannot be combined with --claim or --tag");
            return ExitCodes.USAGE;
        }
        if (refuted) {
            return refuted(stdout, err);
        }
        if (tries < 1) {
            err.println("verify: --tries must be at least 1 (got " + tries + ")");
            return ExitCodes.USAGE;
        }
        if (threads < 1) {
            err.println("verify: --threads must be at least 1 (got " + threads + ")");
            return ExitCodes.USAGE;
        }
        try {
            NumericBackend.load();
        } catch (BackendUnavailableException e) {
            err.println("verify: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.NATIVES;
        }
        Catalogue catalogue = Catalogue.builtIn();
        List<Claim> selected;
        try {
            selected = claim != null ? List.of(catalogue.find(claim)) : tag != null ? catalogue.tagged(tag) : catalogue.claims();
        } catch (UnknownClaimException e) {
            err.println("verify: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PropertyRunner runner = PropertyRunner.of(tries, seed);
        List<ClaimResult> results = new ArrayList<>();
        for (ClaimResult r : ParallelClaims.run(runner, selected, threads)) {
            results.add(r);
            if (!json) {
                stdout.println(ReportText.line(r));
                stdout.flush();
            }
        }
        List<Refutation> mistakes = RefutationRunner.runAll(relatedMistakes(selected, claim == null && tag == null), seed);
        Coverage coverage = Coverage.of(ClaimsTsv.ids(), catalogue);
        VerificationReport report = new VerificationReport(Instant.now(), seed, tries, results, mistakes, coverage);
        String jsonText = ReportJson.write(report);
        if (json) {
            stdout.print(jsonText);
        } else {
            stdout.println(ReportText.summary(report));
            for (Refutation r : mistakes) {
                if (r.outcome().isFailure()) {
                    stdout.println(RefutedText.block(r));
                }
            }
            stdout.println(RefutedText.summary(mistakes, seed) + "  (details: verideck verify --refuted)");
            coverage.wordOnlyLines().forEach(stdout::println);
            stdout.println(coverage.line());
        }
        stdout.flush();
        if (!write(jsonText, err)) {
            return ExitCodes.BAD_INPUT;
        }
        boolean mistakeFailed = mistakes.stream().anyMatch(r -> r.outcome().isFailure());
        return report.count(Status.FAILED) > 0 || mistakeFailed ? ExitCodes.CLAIM_FAILED : ExitCodes.OK;
    }

    /** The full run checks every §Z entry; a selection checks those whose related claims it selected. */
    private static List<RefutedClaim> relatedMistakes(List<Claim> selected, boolean everything) {
        if (everything) {
            return Mistakes.all();
        }
        java.util.Set<String> ids = selected.stream().map(Claim::id).collect(java.util.stream.Collectors.toSet());
        return Mistakes.all().stream().filter(m -> m.claimIds().stream().anyMatch(ids::contains)).toList();
    }

    private int refuted(PrintWriter stdout, PrintWriter err) {
        List<Refutation> results = new ArrayList<>();
        for (RefutedClaim c : Mistakes.all()) {
            Refutation r = RefutationRunner.run(c, seed);
            results.add(r);
            if (!json) {
                stdout.println(RefutedText.block(r));
                stdout.flush();
            }
        }
        String jsonText = ReportJson.writeRefuted(Instant.now(), seed, results);
        if (json) {
            stdout.print(jsonText);
        } else {
            stdout.println(RefutedText.summary(results, seed));
        }
        stdout.flush();
        if (!write(jsonText, err)) {
            return ExitCodes.BAD_INPUT;
        }
        return results.stream().anyMatch(r -> r.outcome().isFailure()) ? ExitCodes.CLAIM_FAILED : ExitCodes.OK;
    }

    private boolean write(String jsonText, PrintWriter err) {
        if (out == null) {
            return true;
        }
        try {
            Files.writeString(out, jsonText, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("verify: cannot write " + out + ": " + e.getMessage());
            return false;
        }
    }
}
