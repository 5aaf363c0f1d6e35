package io.verideck.verifier.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim ids of {@code content/claims.tsv}. The verifier's build copies that file into its jar
 * ({@code io/verideck/verifier/claims.tsv}), so the catalogue is known at run time without a content
 * directory.
 */
public final class ClaimsTsv {
    /** Class-path location of the copy. */
    public static final String RESOURCE = "/io/verideck/verifier/claims.tsv";

    private ClaimsTsv() {
    }

    /** @return the ids in file order */
    public static List<String> ids() {
        try (InputStream in = ClaimsTsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the verifier jar carries no " + RESOURCE + " (rebuild: mvn -q package -DskipTests)");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the first column of every line that is neither blank nor a {@code #} comment */
    public static List<String> parse(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ids.add(line.split("\t", 2)[0].trim());
            }
        }
        return ids;
    }
}
