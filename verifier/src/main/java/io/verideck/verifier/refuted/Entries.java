package io.verideck.verifier.refuted;

import io.verideck.verifier.gen.Source;
import java.util.List;
import java.util.function.Function;

/** Short constructors for the entry lists. */
final class Entries {
    private Entries() {
    }

    static RefutedClaim z(String id, String location, String type, String wrong, String corrected, String claim, Check check) {
        return new RefutedClaim(id, location, type, wrong, corrected, claim, check);
    }

    static Check search(int tries, Function<Source, Witness> draw) {
        return new Check.Search(tries, draw);
    }

    static Check verbal(String reason) {
        return new Check.Verbal(reason);
    }

    static Check outOfScope() {
        return new Check.OutOfScope();
    }

    static Witness w(java.util.Map<String, String> inputs, List<Comparison> wrong, List<Comparison> corrected) {
        return new Witness(inputs, wrong, corrected);
    }
}
