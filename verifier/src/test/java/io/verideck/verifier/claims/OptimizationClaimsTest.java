package io.verideck.verifier.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.ReportText;
import io.verideck.verifier.report.Status;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs only the section J claims (optimization), with the same tries and seed switches as the
 * catalogue test ({@code -Dverideck.tries}, {@code -Dverideck.seed}).
 */
class OptimizationClaimsTest {
    @TestFactory
    Stream<DynamicTest> sectionJHolds() {
        NumericBackend.load();
        long seed = Long.getLong("verideck.seed", PropertyRunner.DEFAULT_SEED);
        PropertyRunner runner = PropertyRunner.of(PropertyRunner.configuredTries(), seed);
        System.out.println("OptimizationClaimsTest seed " + seed);
        return OptimizationClaims.claims().stream().map(claim -> DynamicTest.dynamicTest(claim.id() + " " + claim.slug(), () -> {
            ClaimResult r = runner.run(claim);
            System.out.println(ReportText.line(r));
            assertEquals(Status.PASSED, r.status(), () -> ReportText.line(r));
        }));
    }
}
