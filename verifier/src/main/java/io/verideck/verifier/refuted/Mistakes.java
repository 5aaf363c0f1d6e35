package io.verideck.verifier.refuted;

import java.util.ArrayList;
import java.util.List;

/** Every §Z entry of the catalogue, Z-01 to Z-90, in order. */
public final class Mistakes {
    private Mistakes() {
    }

    /** @return the 90 entries */
    public static List<RefutedClaim> all() {
        List<RefutedClaim> all = new ArrayList<>();
        all.addAll(Mistakes000.all());
        all.addAll(Mistakes001.all());
        all.addAll(Mistakes002.all());
        all.addAll(Mistakes003.all());
        all.addAll(Mistakes003Deep.all());
        all.sort(java.util.Comparator.comparing(RefutedClaim::id));
        return List.copyOf(all);
    }
}
