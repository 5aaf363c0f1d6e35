package io.verideck.verifier.property;

import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.ClaimProperty;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Source;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.Failure;
import io.verideck.verifier.report.Status;
import java.util.Map;

/**
 * Runs claims: every randomized property for {@code tries} tries, every example once, each try with
 * its own seed derived from the run seed, the claim id, the property index and the try index. The
 * first failure is shrunk and reported with the command that reproduces it.
 *
 * @param tries tries per randomized property
 * @param seed run seed
 * @param shrinker the shrinker
 */
public record PropertyRunner(int tries, long seed, Shrinker shrinker) {
    /** Default tries per randomized property (override with {@code -Dverideck.tries} or {@code --tries}). */
    public static final int DEFAULT_TRIES = 20;
    /** Default run seed. */
    public static final long DEFAULT_SEED = 20_241_121L;

    /**
     * @param tries tries
     * @param seed seed
     * @return a runner with a 300-replay shrink budget
     */
    public static PropertyRunner of(int tries, long seed) {
        return new PropertyRunner(tries, seed, new Shrinker(300));
    }

    /** @return tries from {@code -Dverideck.tries}, else {@link #DEFAULT_TRIES} */
    public static int configuredTries() {
        return Integer.getInteger("verideck.tries", DEFAULT_TRIES);
    }

    /**
     * @param claim the claim
     * @return its result
     */
    public ClaimResult run(Claim claim) {
        long start = System.nanoTime();
        int ran = 0;
        int discarded = 0;
        double maxAbs = 0;
        double maxRel = 0;
        for (int p = 0; p < claim.properties().size(); p++) {
            ClaimProperty property = claim.properties().get(p);
            int n = property.triesFor(tries);
            for (int t = 0; t < n; t++) {
                long trySeed = trySeed(claim.id(), p, t);
                Trial trial = new Trial(Source.random(trySeed), trySeed);
                try {
                    property.body().accept(trial);
                    ran++;
                    maxAbs = Math.max(maxAbs, trial.maxAbsError());
                    maxRel = Math.max(maxRel, trial.maxRelError());
                } catch (Discard d) {
                    discarded++;
                } catch (RuntimeException | AssertionError e) {
                    ran++;
                    Failure failure = shrink(claim, property, trial, trySeed, e);
                    return new ClaimResult(claim.id(), claim.slug(), claim.statement(), Status.FAILED, ran, discarded,
                            Math.max(maxAbs, trial.maxAbsError()), Math.max(maxRel, trial.maxRelError()), seed,
                            millisSince(start), failure);
                }
            }
        }
        Status status = ran == 0 ? Status.NOT_EXECUTABLE : Status.PASSED;
        return new ClaimResult(claim.id(), claim.slug(), claim.statement(), status, ran, discarded, maxAbs, maxRel, seed,
                millisSince(start), null);
    }

    private Failure shrink(Claim claim, ClaimProperty property, Trial failed, long trySeed, Throwable first) {
        String originalMessage = describe(first);
        Shrinker.Result r = shrinker.shrink(failed.choices(), choices -> replay(property, choices, trySeed) != null);
        Trial last = new Trial(Source.replay(r.choices()), trySeed);
        Throwable again = replayOn(property, last);
        String message = again == null ? originalMessage : describe(again);
        Map<String, String> input = again == null ? failed.inputs() : last.inputs();
        String reproduce = "verideck verify --claim " + claim.id() + " --seed " + seed + " --tries " + tries;
        return new Failure(property.name(), message, input, originalMessage, again == null ? 0 : r.steps(), trySeed,
                reproduce);
    }

    private static Throwable replay(ClaimProperty property, long[] choices, long trySeed) {
        return replayOn(property, new Trial(Source.replay(choices), trySeed));
    }

    private static Throwable replayOn(ClaimProperty property, Trial trial) {
        try {
            property.body().accept(trial);
            return null;
        } catch (Discard d) {
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    private static String describe(Throwable e) {
        return e instanceof PropertyViolation ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private long trySeed(String claimId, int property, int index) {
        long h = seed;
        h = mix(h ^ claimId.hashCode());
        h = mix(h + property * 0x9E3779B97F4A7C15L);
        return mix(h + index);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
