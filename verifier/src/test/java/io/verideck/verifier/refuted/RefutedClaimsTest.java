package io.verideck.verifier.refuted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.verifier.claim.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every mathematical §Z mistake is refuted by a concrete counterexample and its correction holds. */
class RefutedClaimsTest {
    private static final Set<String> OUT_OF_SCOPE_TYPES = Set.of("GARBLED", "MISSING", "CODE", "CODE/GARBLED");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20241121L, 1L, 987654321L})
    void everyNumericMistakeIsRefutedAndItsCorrectionHolds(long seed) {
        System.out.println("RefutedClaimsTest seed " + seed + " (reproduce: verideck verify --refuted --seed " + seed + ")");
        for (Refutation r : RefutationRunner.runAll(Mistakes.all(), seed)) {
            if (r.claim().check() instanceof Check.Search) {
                assertEquals(Outcome.REFUTED, r.outcome(), () -> r.claim().id() + " with seed " + seed + ": " + describe(r));
                assertTrue(r.witness().refutes());
                assertTrue(r.witness().correctionHolds());
                assertFalse(r.witness().inputs().isEmpty(), r.claim().id() + " names no input");
            }
        }
    }

    private static String describe(Refutation r) {
        if (r.witness() == null) {
            return "no witness";
        }
        StringBuilder b = new StringBuilder(r.outcome() + " after " + r.tries() + " tries, inputs " + r.witness().inputs());
        r.witness().wrong().forEach(c -> b.append("\n  wrong: ").append(c.describe()));
        r.witness().corrected().forEach(c -> b.append("\n  corrected: ").append(c.describe()));
        return b.toString();
    }

    @Test
    void allNinetyEntriesInOrderAndOnlyNonMathematicalTypesOutOfScope() {
        List<RefutedClaim> all = Mistakes.all();
        assertEquals(90, all.size());
        for (int i = 0; i < 90; i++) {
            RefutedClaim c = all.get(i);
            assertEquals(String.format("Z-%02d", i + 1), c.id());
            boolean outOfScope = OUT_OF_SCOPE_TYPES.contains(c.type());
            assertEquals(outOfScope, c.check() instanceof Check.OutOfScope, c.id() + " " + c.type());
            assertFalse(c.wrong().isBlank(), c.id());
            assertFalse(c.corrected().isBlank(), c.id());
            if (c.check() instanceof Check.Verbal v) {
                assertTrue(v.reason().length() > 30, c.id() + " needs a reason");
            }
        }
        long verbal = all.stream().filter(c -> c.check() instanceof Check.Verbal).count();
        assertTrue(verbal <= 12, "keep verbal entries to the truly verbal ones: " + verbal);
    }

    @Test
    void typesLocationsAndClaimsMatchTheCatalogueTable() throws Exception {
        Path spec = Path.of(System.getProperty("verideck.shared", "../../shared"), "spec", "math-claims.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(spec), "spec not present: " + spec);
        Pattern row = Pattern.compile("^\\| (Z-\\d\\d) \\| [^|]+ \\| .* \\| ([A-Z][A-Za-z /+()]*) \\| .* \\| ([A-Z]\\d+(?:, [A-Z]\\d+)*) \\|$");
        int matched = 0;
        for (String line : Files.readAllLines(spec)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                String id = m.group(1);
                RefutedClaim c = Mistakes.all().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertEquals(m.group(3), c.claimId(), id + " related claim");
                assertEquals(m.group(2).strip(), c.type(), id + " type");
                matched++;
            }
        }
        assertTrue(matched >= 80, "parsed " + matched + " §Z rows");
    }

    @Test
    void relatedClaimsAreCatalogueIds() throws Exception {
        Set<String> ids = Files.readAllLines(Path.of(System.getProperty("verideck.root", "..")).resolve("content/claims.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        for (RefutedClaim c : Mistakes.all()) {
            for (String id : c.claimIds()) {
                assertTrue(ids.contains(id), c.id() + " names unknown claim " + id);
            }
        }
        assertNotNull(Catalogue.builtIn());
    }

    @Test
    void aWrongStatementThatHoldsIsReportedAsNotRefuted() {
        RefutedClaim fake = new RefutedClaim("Z-99", "test", "FORMULA", "1=1", "1=1", "A1",
                new Check.Search(5, s -> new Witness(Draw.inputs("x", 1.0), List.of(Comparison.eq("1", 1, "1", 1)), List.of(Comparison.eq("1", 1, "1", 1)))));
        Refutation r = RefutationRunner.run(fake, 7);
        assertEquals(Outcome.NOT_REFUTED, r.outcome());
        assertEquals(5, r.tries());
        RefutedClaim badFix = new RefutedClaim("Z-98", "test", "FORMULA", "1=2", "1=3", "A1",
                new Check.Search(5, s -> new Witness(Draw.inputs("x", 1.0), List.of(Comparison.eq("1", 1, "2", 2)), List.of(Comparison.eq("1", 1, "3", 3)))));
        assertEquals(Outcome.CORRECTION_FAILED, RefutationRunner.run(badFix, 7).outcome());
    }
}
