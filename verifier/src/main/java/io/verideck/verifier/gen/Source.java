package io.verideck.verifier.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The stream of choices a generator consumes: random (seeded) on a first run, replayed from a list
 * while shrinking. Every choice is recorded.
 */
public final class Source {
    private final SplittableRandom random;
    private final long[] replay;
    private final List<Long> record = new ArrayList<>();

    private Source(SplittableRandom random, long[] replay) {
        this.random = random;
        this.replay = replay;
    }

    /**
     * @param seed the seed
     * @return a source of seeded random choices
     */
    public static Source random(long seed) {
        return new Source(new SplittableRandom(seed), null);
    }

    /**
     * @param choices choices to replay; reads past the end give 0
     * @return a replaying source
     */
    public static Source replay(long[] choices) {
        return new Source(null, choices.clone());
    }

    /**
     * @param bound exclusive upper bound, {@code > 0}
     * @return a choice in {@code [0, bound)}
     */
    public long draw(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long value;
        if (replay == null) {
            value = random.nextLong(bound);
        } else {
            int i = record.size();
            value = i < replay.length ? Math.floorMod(replay[i], bound) : 0;
        }
        record.add(value);
        return value;
    }

    /** @return the choices made so far */
    public long[] choices() {
        return record.stream().mapToLong(Long::longValue).toArray();
    }

    /** @return a standard-normal value derived from two choices (Box-Muller) */
    public double gaussian() {
        double u1 = (draw(1L << 53) + 1.0) / (double) (1L << 53);
        double u2 = draw(1L << 53) / (double) (1L << 53);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
