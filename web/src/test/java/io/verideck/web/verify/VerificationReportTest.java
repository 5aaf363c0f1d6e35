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
