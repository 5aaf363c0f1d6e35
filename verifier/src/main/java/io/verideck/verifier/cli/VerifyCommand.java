package io.verideck.verifier.cli;

import io.verideck.numeric.BackendUnavailableException;
import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.claim.Catalogue;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.UnknownClaimException;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.ReportJson;
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

/** {@code verify [--claim ID|--tag T] [--tries N] [--seed S] [--json] [--out FILE]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run the math claims behind the cards and report pass/fail, tries, errors, seed and time.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--claim", paramLabel = "ID", description = "only this claim (id like D8 or slug like softmax-ce-gradient)")
    String claim;

    @Option(names = "--tag", paramLabel = "T", description = "only claims with this tag")
    String tag;

    @Option(names = "--tries", paramLabel = "N", description = "tries per randomized property (default ${DEFAULT-VALUE} or -Dverideck.tries)")
    int tries = PropertyRunner.configuredTries();

    @Option(names = "--seed", paramLabel = "S", description = "run seed (default ${DEFAULT-VALUE})")
    long seed = PropertyRunner.DEFAULT_SEED;

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
        if (tries < 1) {
            err.println("verify: --tries must be at least 1 (got " + tries + ")");
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
        for (Claim c : selected) {
            ClaimResult r = runner.run(c);
            results.add(r);
            if (!json) {
                stdout.println(ReportText.line(r));
                stdout.flush();
            }
        }
        VerificationReport report = new VerificationReport(Instant.now(), seed, tries, results);
        String jsonText = ReportJson.write(report);
        if (json) {
            stdout.print(jsonText);
        } else {
            stdout.println(ReportText.summary(report));
        }
        stdout.flush();
        if (out != null) {
            try {
                Files.writeString(out, jsonText, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("verify: cannot write " + out + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return report.count(Status.FAILED) > 0 ? ExitCodes.CLAIM_FAILED : ExitCodes.OK;
    }
}
