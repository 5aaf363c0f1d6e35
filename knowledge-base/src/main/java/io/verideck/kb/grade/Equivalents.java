package io.verideck.kb.grade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words students use interchangeably in answers although a search should keep them apart ("loss" for
 * "error", "big" for "large", "0.5" for "half"). Compared as stems, applied to the answer side only,
 * on top of the search synonyms.
 */
final class Equivalents {
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("loss", "error", "cost", "object", "risk"),
            Set.of("weight", "paramet"),
            Set.of("larg", "big", "huge", "greater"),
            Set.of("small", "tini", "littl"),
            Set.of("zero", "0"),
            Set.of("on", "1"),
            Set.of("half", "0.5", "½"),
            Set.of("comput", "calcul", "evalu"),
            Set.of("predict", "output", "estim"),
            Set.of("exp", "exponenti"),
            Set.of("probabl", "prob", "likelihood", "chanc"),
            Set.of("rate", "lr"),
            Set.of("minim", "reduc"),
            Set.of("featur", "input", "variabl"),
            Set.of("sampl", "draw", "exampl"),
            Set.of("shrink", "decai", "vanish"),
            Set.of("imag", "pictur"),
            Set.of("unit", "neuron", "node"),
            Set.of("label", "target", "annot"));

    private static final Map<String, Set<String>> BY_STEM = index();

    private Equivalents() {
    }

    /** The stems equivalent to a stem (itself excluded), or an empty set. */
    static Set<String> of(String stem) {
        return BY_STEM.getOrDefault(stem, Set.of());
    }

    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> m = new HashMap<>();
        for (Set<String> g : GROUPS) {
            for (String s : g) {
                Set<String> others = new java.util.HashSet<>(g);
                others.remove(s);
                m.put(s, Set.copyOf(others));
            }
        }
        return Map.copyOf(m);
    }
}
