package io.verideck.verifier.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every catalogue claim's id and slug must be the ones of content/claims.tsv. */
class ClaimsTsvTest {
    static Path claimsTsv() {
        String root = System.getProperty("verideck.root");
        Path base = root != null ? Path.of(root) : Path.of("..");
        return base.resolve("content/claims.tsv");
    }

    @Test
    void everyCatalogueIdAndSlugIsInClaimsTsv() throws IOException {
        Map<String, String> slugById = new HashMap<>();
        List<String> lines = Files.readAllLines(claimsTsv());
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            slugById.put(f[0], f[1]);
        }
        assertTrue(slugById.size() > 100, "claims.tsv looks truncated: " + slugById.size());
        Set<String> seen = new HashSet<>();
        for (Claim c : Catalogue.builtIn().claims()) {
            assertTrue(slugById.containsKey(c.id()), "catalogue id " + c.id() + " is not in " + claimsTsv());
            assertEquals(slugById.get(c.id()), c.slug(), "slug of " + c.id());
            assertTrue(seen.add(c.id()), "duplicate id " + c.id());
        }
        assertTrue(seen.size() >= 19, "issue 4 delivers at least 19 claims: " + seen.size());
    }

    @Test
    void lookupByIdOrSlugAndLoudFailureOnUnknownNames() {
        Catalogue c = Catalogue.builtIn();
        assertEquals("D8", c.find("softmax-ce-gradient").id());
        assertEquals("D8", c.find("d8").id());
        UnknownClaimException e = assertThrows(UnknownClaimException.class, () -> c.find("Z99"));
        assertTrue(e.getMessage().contains("unknown claim 'Z99'"), e.getMessage());
        assertThrows(UnknownClaimException.class, () -> c.tagged("no-such-tag"));
    }
}
