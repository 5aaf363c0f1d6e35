package io.verideck.verifier.formula;

import java.util.SplittableRandom;

/** Random points of one declared variable, for the domain tests. */
final class DomainSamples {
    private DomainSamples() {
    }

    /**
     * @param declaration a domain as written after the variable name, e.g. {@code vector[3] in (0,1)}
     * @param count how many points
     * @param seed the seed
     * @return {@code count} values drawn for a variable {@code v} of that domain
     */
    static Value[] of(String declaration, int count, long seed) {
        Variables vars = Variables.parse("v " + declaration);
        SplittableRandom random = new SplittableRandom(seed);
        Value[] out = new Value[count];
        for (int i = 0; i < count; i++) out[i] = vars.samplePoint(random).get("v");
        return out;
    }
}
