package io.verideck.verifier.refuted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drawn input and what both statements assert about it.
 *
 * @param inputs the input, by name, as text
 * @param wrong what the wrong statement asserts (it is refuted on this input when one of these fails)
 * @param corrected what the corrected statement asserts (all must hold)
 */
public record Witness(Map<String, String> inputs, List<Comparison> wrong, List<Comparison> corrected) {
    /**
     * @param inputs inputs
     * @param wrong wrong-statement comparisons
     * @param corrected corrected-statement comparisons
     */
    public Witness {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        wrong = List.copyOf(wrong);
        corrected = List.copyOf(corrected);
    }

    /** @return whether some wrong comparison fails here */
    public boolean refutes() {
        return wrong.stream().anyMatch(c -> !c.holds());
    }

    /** @return whether every corrected comparison holds here */
    public boolean correctionHolds() {
        return corrected.stream().allMatch(Comparison::holds);
    }
}
