package io.verideck.verifier.refuted;

import io.verideck.verifier.gen.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the searches: for try t of entry Z, the source is seeded from the run seed, the entry id and t,
 * so one {@code --seed} reproduces every counterexample.
 */
public final class RefutationRunner {
    private RefutationRunner() {
    }

    /** @return every entry's result, in order */
    public static List<Refutation> runAll(List<RefutedClaim> claims, long seed) {
        List<Refutation> out = new ArrayList<>();
        for (RefutedClaim c : claims) {
            out.add(run(c, seed));
        }
        return out;
    }

    /** @return the result of one entry */
    public static Refutation run(RefutedClaim claim, long seed) {
        long start = System.nanoTime();
        if (claim.check() instanceof Check.Verbal) {
            return new Refutation(claim, Outcome.NO_NUMERIC_COUNTEREXAMPLE, 0, null, 0, 0);
        }
        if (claim.check() instanceof Check.OutOfScope) {
            return new Refutation(claim, Outcome.OUT_OF_SCOPE, 0, null, 0, 0);
        }
        Check.Search search = (Check.Search) claim.check();
        Witness last = null;
        long lastSeed = 0;
        for (int t = 0; t < search.tries(); t++) {
            long trySeed = trySeed(seed, claim.id(), t);
            Witness w = search.draw().apply(Source.random(trySeed));
            last = w;
            lastSeed = trySeed;
            if (!w.correctionHolds()) {
                return new Refutation(claim, Outcome.CORRECTION_FAILED, t + 1, w, trySeed, millis(start));
            }
            if (w.refutes()) {
                return new Refutation(claim, Outcome.REFUTED, t + 1, w, trySeed, millis(start));
            }
        }
        return new Refutation(claim, Outcome.NOT_REFUTED, search.tries(), last, lastSeed, millis(start));
    }

    /** @return the seed of try t of the entry */
    public static long trySeed(long seed, String id, int t) {
        long h = seed * 0x9E3779B97F4A7C15L + id.hashCode();
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + t;
        return h ^ (h >>> 29);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
