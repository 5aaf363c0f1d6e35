package io.verideck.verifier.property;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Shrinks a failing choice sequence (see {@link io.verideck.verifier.gen}): repeatedly tries deleting
 * runs of choices, zeroing a choice and halving it, keeping any edit that still fails, until no edit
 * helps or the budget of replays is spent.
 *
 * @param maxReplays budget of property evaluations
 */
public record Shrinker(int maxReplays) {

    /**
     * @param failing the choices of a failing try
     * @param stillFails replays a candidate and says whether it still fails
     * @return the shrunk choices and the number of accepted shrink steps
     */
    public Result shrink(long[] failing, Predicate<long[]> stillFails) {
        long[] best = failing.clone();
        int replays = 0;
        int steps = 0;
        boolean improved = true;
        while (improved && replays < maxReplays) {
            improved = false;
            for (int size = Math.max(1, best.length / 2); size >= 1 && replays < maxReplays; size /= 2) {
                for (int start = 0; start + size <= best.length && replays < maxReplays; ) {
                    long[] candidate = new long[best.length - size];
                    System.arraycopy(best, 0, candidate, 0, start);
                    System.arraycopy(best, start + size, candidate, start, best.length - start - size);
                    replays++;
                    if (stillFails.test(candidate)) {
                        best = candidate;
                        steps++;
                        improved = true;
                    } else {
                        start += size;
                    }
                }
            }
            for (int i = 0; i < best.length && replays < maxReplays; i++) {
                for (long target : new long[] {0, best[i] / 2, best[i] - 1}) {
                    if (target < 0 || target >= best[i] || replays >= maxReplays) {
                        continue;
                    }
                    long[] candidate = best.clone();
                    candidate[i] = target;
                    replays++;
                    if (stillFails.test(candidate)) {
                        best = candidate;
                        steps++;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return new Result(best, steps, replays);
    }

    /**
     * @param choices shrunk choices
     * @param steps accepted shrink steps
     * @param replays property evaluations spent
     */
    public record Result(long[] choices, int steps, int replays) {
        @Override
        public String toString() {
            return "Result[" + Arrays.toString(choices) + ", steps=" + steps + "]";
        }
    }
}
