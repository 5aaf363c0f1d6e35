package io.verideck.verifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.claim.Catalogue;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking claims on several threads gives the very results of checking them one after another. */
class ParallelClaimsTest {
    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        NumericBackend.load();
        Catalogue catalogue = Catalogue.builtIn();
        List<Claim> claims = new ArrayList<>();
        for (String id : List.of("A1", "D6", "D8", "E2", "F1", "K1", "H4", "J6", "L5", "M5", "K2", "C1")) {
            claims.add(catalogue.find(id));
        }
        assertTrue(claims.stream().anyMatch(c -> c.tags().contains(ParallelClaims.ALONE)), "K1 counts ops and must run alone");
        long seed = 20241122L;
        PropertyRunner runner = PropertyRunner.of(4, seed);
        List<ClaimResult> serial = new ArrayList<>();
        ParallelClaims.run(runner, claims, 1).forEach(serial::add);
        List<ClaimResult> parallel = new ArrayList<>();
        ParallelClaims.run(runner, claims, 3).forEach(parallel::add);
        assertEquals(claims.size(), parallel.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult a = serial.get(i);
            ClaimResult b = parallel.get(i);
            String where = "seed " + seed + ", claim " + claims.get(i).id();
            assertEquals(claims.get(i).id(), b.id(), where + ": results out of catalogue order");
            assertEquals(a.status(), b.status(), where);
            assertEquals(a.tries(), b.tries(), where);
            assertEquals(a.maxAbsError(), b.maxAbsError(), where);
            assertEquals(a.maxRelError(), b.maxRelError(), where);
        }
    }
}
