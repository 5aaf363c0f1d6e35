package io.verideck.verifier.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.ReportText;
import io.verideck.verifier.report.Status;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every catalogue claim through the property engine with the default tries ({@code
 * -Dverideck.tries} overrides, {@code -Dverideck.seed} changes the seed). A failure prints the shrunk
 * input, the seed and the command that reproduces it.
 */
class CatalogueClaimsTest {
    @TestFactory
    Stream<DynamicTest> everyClaimHolds() {
        NumericBackend.load();
        long seed = Long.getLong("verideck.seed", PropertyRunner.DEFAULT_SEED);
        PropertyRunner runner = PropertyRunner.of(PropertyRunner.configuredTries(), seed);
        System.out.println("CatalogueClaimsTest seed " + seed + " (rerun with -Dverideck.seed=" + seed + ")");
        Catalogue catalogue = Catalogue.builtIn();
        assertFalse(catalogue.claims().isEmpty());
        return catalogue.claims().stream().map(claim -> DynamicTest.dynamicTest(claim.id() + " " + claim.slug(), () -> {
            ClaimResult r = runner.run(claim);
            System.out.println(ReportText.line(r));
            assertEquals(Status.PASSED, r.status(), () -> ReportText.line(r));
        }));
    }
}
