package io.verideck.verifier.concept;

import java.util.Map;

/** A concept {@code verideck run} can evaluate. */
public interface Concept {
    /** @return the name used on the command line */
    String name();

    /** @return one line: what it computes and the input fields */
    String summary();

    /**
     * @param input the parsed input
     * @return named outputs (numbers, arrays as nested lists, or text), in a stable order
     * @throws BadInputException when the input does not match the schema
     */
    Map<String, Object> evaluate(ConceptInput input);
}
