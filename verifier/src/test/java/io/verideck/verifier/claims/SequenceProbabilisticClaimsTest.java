package io.verideck.verifier.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.ReportText;
import io.verideck.verifier.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the claims of sections K and M only (including GruClaims, VaeClaims and GanClaims) (the catalogue test runs them all), with the default
 * tries and seed ({@code -Dverideck.tries}, {@code -Dverideck.seed} override), printing each claim's
 * result line and time.
 */
class SequenceProbabilisticClaimsTest {
    @TestFactory
    Stream<DynamicTest> sectionsKAndMHold() {
        NumericBackend.load();
        long seed = Long.getLong("verideck.seed", PropertyRunner.DEFAULT_SEED);
        PropertyRunner runner = PropertyRunner.of(PropertyRunner.configuredTries(), seed);
        System.out.println("SequenceProbabilisticClaimsTest seed " + seed);
        List<Claim> claims = new ArrayList<>(GruClaims.claims());
        claims.addAll(SequenceClaims.claims());
        claims.addAll(VaeClaims.claims());
        claims.addAll(GanClaims.claims());
        claims.addAll(ProbabilisticClaims.claims());
        return claims.stream().map(claim -> DynamicTest.dynamicTest(claim.id() + " " + claim.slug(), () -> {
            ClaimResult r = runner.run(claim);
            System.out.println(ReportText.line(r));
            assertEquals(Status.PASSED, r.status(), () -> ReportText.line(r));
        }));
    }
}
