package io.verideck.verifier.report;

import io.verideck.verifier.claim.Catalogue;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.NotExecutable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of the claim catalogue ({@code content/claims.tsv}) the verifier implements: executable
 * claims are the catalogue's ids minus the word-only ones; a catalogue id that is neither implemented
 * nor listed as word-only is missing.
 *
 * @param catalogue every id of {@code content/claims.tsv}, in file order
 * @param implemented catalogue ids with an implementation, catalogue order
 * @param notExecutable the word-only claims with their reasons
 * @param missing catalogue ids neither implemented nor word-only
 */
public record Coverage(List<String> catalogue, List<String> implemented, List<NotExecutable> notExecutable, List<String> missing) {
    /**
     * @param catalogue ids
     * @param implemented ids
     * @param notExecutable word-only claims
     * @param missing ids
     */
    public Coverage {
        catalogue = List.copyOf(catalogue);
        implemented = List.copyOf(implemented);
        notExecutable = List.copyOf(notExecutable);
        missing = List.copyOf(missing);
    }

    /**
     * @param catalogueIds the ids of {@code content/claims.tsv}
     * @param catalogue the verifier's catalogue
     * @return the coverage
     */
    public static Coverage of(List<String> catalogueIds, Catalogue catalogue) {
        Set<String> done = catalogue.claims().stream().map(Claim::id).collect(Collectors.toSet());
        Set<String> words = catalogue.notExecutable().stream().map(NotExecutable::id).collect(Collectors.toSet());
        List<String> implemented = catalogueIds.stream().filter(done::contains).toList();
        List<String> missing = catalogueIds.stream().filter(id -> !done.contains(id) && !words.contains(id)).toList();
        return new Coverage(catalogueIds, implemented, catalogue.notExecutable(), missing);
    }

    /** @return catalogue claims that have a formula or a numeric statement */
    public int executable() {
        return catalogue.size() - notExecutable.size();
    }

    /** @return implemented / executable, in percent */
    public double percent() {
        return executable() == 0 ? 100 : 100.0 * implemented.size() / executable();
    }

    /** @return one line per word-only claim: {@code WORDS  B1   slug  reason} */
    public List<String> wordOnlyLines() {
        return notExecutable.stream().map(n -> String.format(Locale.ROOT, "WORDS  %-4s %-28s %s", n.id(), n.slug(), n.reason())).toList();
    }

    /** @return e.g. {@code coverage: 19/160 executable claims implemented (11.9%); 7 word-only; 141 missing: A1 A2 ...} */
    public String line() {
        String head = String.format(Locale.ROOT, "coverage: %d/%d executable claims implemented (%.1f%%); %d word-only (not executable)",
                implemented.size(), executable(), percent(), notExecutable.size());
        return missing.isEmpty() ? head + "; none missing" : head + "; " + missing.size() + " missing: " + String.join(" ", missing);
    }
}
