package io.verideck.verifier.refuted;

import io.verideck.verifier.gen.Source;
import java.util.function.Function;

/** How a mistake is checked: a numeric search, a reason why no number can refute it, or out of scope. */
public sealed interface Check {

    /**
     * A seeded search: each try draws an input from its own source.
     *
     * @param tries at most this many inputs (1 for a specific witness)
     * @param draw draws an input and evaluates both statements on it
     */
    record Search(int tries, Function<Source, Witness> draw) implements Check {
    }

    /** @param reason why the statement is about words, not values */
    record Verbal(String reason) implements Check {
    }

    /** GARBLED, MISSING or CODE: not a mathematical claim to refute. */
    record OutOfScope() implements Check {
    }
}
