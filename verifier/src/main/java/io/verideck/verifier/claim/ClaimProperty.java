package io.verideck.verifier.claim;

import io.verideck.verifier.property.Trial;
import java.util.function.Consumer;

/**
 * One checkable property of a claim.
 *
 * @param name short name, e.g. {@code gradient matches central differences}
 * @param kind how many tries it gets
 * @param body draws inputs from the trial and checks them
 * @param maxTries cap on the tries of a randomized property (0: no cap), for expensive oracles
 */
public record ClaimProperty(String name, Kind kind, Consumer<Trial> body, int maxTries) {

    /** @return the number of tries for a run with {@code tries} per property */
    public int triesFor(int tries) {
        if (kind == Kind.EXAMPLE) {
            return 1;
        }
        return maxTries > 0 ? Math.min(tries, maxTries) : tries;
    }

    /** How a property is run. */
    public enum Kind {
        /** Randomized: run for the requested number of tries. */
        PROPERTY,
        /** Deterministic (a worked example) or statistical with a fixed large sample: run once. */
        EXAMPLE
    }

    /**
     * @param name name
     * @param body body
     * @return a randomized property
     */
    public static ClaimProperty forAll(String name, Consumer<Trial> body) {
        return new ClaimProperty(name, Kind.PROPERTY, body, 0);
    }

    /**
     * @param name name
     * @param maxTries at most this many tries whatever {@code --tries} says
     * @param body body
     * @return a randomized property with capped tries
     */
    public static ClaimProperty forAll(String name, int maxTries, Consumer<Trial> body) {
        return new ClaimProperty(name, Kind.PROPERTY, body, maxTries);
    }

    /**
     * @param name name
     * @param body body
     * @return a property run once
     */
    public static ClaimProperty once(String name, Consumer<Trial> body) {
        return new ClaimProperty(name, Kind.EXAMPLE, body, 1);
    }
}
