package io.verideck.web.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationReportTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheFixtureReport() throws IOException {
        VerificationReport r = VerificationReport.read(Fixtures.report());
        assertTrue(r.exists());
        assertEquals("2026-11-21T20:15:00Z", r.generated());
        ClaimResult d6 = r.claim("D6").orElseThrow();
        assertTrue(d6.passed());
        assertEquals(200, d6.tries());
        assertEquals(4.4e-16, d6.maxRelError());
        assertEquals("42", d6.seed());
        assertTrue(Double.isNaN(r.claim("E2").orElseThrow().maxAbsError()), "a missing error is NaN, not 0");
        assertEquals("E2", r.mistake("Z-11").orElseThrow().claim());
        ClaimResult d7 = r.claim("D7").orElseThrow();
        assertEquals(Double.POSITIVE_INFINITY, d7.maxRelError(), "the verifier writes \"Infinity\" as a string");
        assertEquals("verideck verify --claim D7 --seed 7 --tries 20", d7.reproduce());
        assertTrue(d7.failure().contains("differs"));
        assertEquals(null, d6.failure());
        assertEquals("D6", r.sortedClaims().get(0).id());
    }

    @Test
    void readsTheFullRefutedForm() throws IOException {
        VerificationReport r = VerificationReport.read(Fixtures.report());
        RefutedMistake z65 = r.mistake("Z-65").orElseThrow();
        assertEquals("INDEX + CONCEPT", z65.type());
        assertEquals(java.util.List.of("D6"), z65.claims());
        assertEquals(java.util.List.of("theta = [[0.5, -1.2], [1.5, 0.25]]", "x = [0.8, -0.4]"), z65.counterexample().inputs());
        assertTrue(z65.counterexample().wrong().get(0).endsWith("(fails)"), z65.counterexample().wrong().toString());
        assertTrue(z65.counterexample().corrected().get(0).endsWith("(holds)"));
        assertEquals(java.util.List.of("Z-65"), r.mistakesAbout("D6").stream().map(RefutedMistake::id).toList());
        assertEquals(java.util.List.of(), r.mistakesAbout("C7"), "out-of-scope entries are not shown on cards");
        assertEquals("it names which sequence a training procedure feeds back", r.mistake("Z-16").orElseThrow().reason());
    }

    @Test
    void noFileMeansNotYetVerified() throws IOException {
        VerificationReport r = VerificationReport.read(tmp.resolve("missing.json"));
        assertFalse(r.exists());
        assertTrue(r.claim("D6").isEmpty());
    }

    @Test
    void aFileOfAnotherShapeIsAnErrorNamingTheFile() throws IOException {
        Path bad = Files.writeString(tmp.resolve("r.json"), "{\"version\": 9}");
        IOException e = assertThrows(IOException.class, () -> VerificationReport.read(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        Path junk = Files.writeString(tmp.resolve("j.json"), "{not json");
        assertTrue(assertThrows(IOException.class, () -> VerificationReport.read(junk)).getMessage().contains("not a JSON"));
    }
}
