package io.verideck.verifier.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.verifier.report.ClaimsTsv;
import io.verideck.verifier.report.Coverage;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every id of {@code content/claims.tsv} is implemented or listed as word-only: coverage is 100%. */
class CoverageTest {

    @Test
    void theJarCarriesTheSameIdsAsContentClaimsTsv() throws Exception {
        List<String> fromJar = ClaimsTsv.ids();
        List<String> fromFile = ClaimsTsv.parse(Files.readAllLines(ClaimsTsvTest.claimsTsv()));
        assertEquals(fromFile, fromJar);
        assertEquals(167, fromJar.size());
    }

    @Test
    void coverageCountsAddUp() {
        Catalogue catalogue = Catalogue.builtIn();
        Coverage c = Coverage.of(ClaimsTsv.ids(), catalogue);
        Set<String> ids = new HashSet<>(c.catalogue());
        for (NotExecutable n : catalogue.notExecutable()) {
            assertTrue(ids.contains(n.id()), "word-only claim " + n.id() + " is not in claims.tsv");
            assertTrue(catalogue.claims().stream().noneMatch(x -> x.id().equals(n.id())), n.id() + " is both implemented and word-only");
        }
        assertEquals(c.executable(), c.implemented().size() + c.missing().size(), c.line());
        assertTrue(c.implemented().size() >= 19, c.line());
    }

    @Test
    void everyCatalogueClaimIsImplementedOrWordOnly() {
        Coverage c = Coverage.of(ClaimsTsv.ids(), Catalogue.builtIn());
        System.out.println(c.line());
        assertTrue(c.missing().isEmpty(), "claims neither implemented nor word-only: " + c.missing());
        assertEquals(167, c.implemented().size() + Catalogue.builtIn().notExecutable().size(), c.line());
    }

    @Test
    void aMissingIdIsReported() {
        Catalogue one = new Catalogue(Catalogue.builtIn().claims().subList(0, 1), List.of(new NotExecutable("B1", "x", "words only")));
        Coverage c = Coverage.of(List.of(one.claims().get(0).id(), "B1", "Q7"), one);
        assertEquals(List.of("Q7"), c.missing());
        assertEquals(2, c.executable());
        assertEquals(50.0, c.percent(), 1e-9);
        assertTrue(c.line().endsWith("1 missing: Q7"), c.line());
        assertEquals(List.of("WORDS  B1   x                            words only"), c.wordOnlyLines());
    }
}
