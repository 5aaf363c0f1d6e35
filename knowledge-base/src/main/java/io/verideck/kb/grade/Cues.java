package io.verideck.kb.grade;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Negation and contradiction cues: which raw words a negation governs, and pairs of opposite terms
 * (compared as Porter stems, the form the analysis chain produces).
 */
final class Cues {
    /** How many words after a negation cue it governs. */
    static final int SCOPE = 3;

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nor", "neither", "cannot", "can't",
            "cant", "isn't", "isnt", "aren't", "doesn't", "doesnt", "don't", "dont", "didn't", "won't", "wouldn't",
            "shouldn't", "hasn't", "haven't", "wasn't", "weren't", "nothing", "nobody", "nowhere",
            "can’t", "isn’t", "doesn’t", "don’t", "aren’t", "won’t");

    // Words that end a negation's scope early.
    private static final Set<String> SCOPE_BREAKERS = Set.of("but", "however", "instead", "rather", "although", "while", "whereas");

    private static final Map<String, String> OPPOSITES = symmetric(Map.ofEntries(
            Map.entry("increas", "decreas"), Map.entry("larger", "smaller"), Map.entry("larg", "small"),
            Map.entry("more", "less"), Map.entry("higher", "lower"), Map.entry("high", "low"),
            Map.entry("maxim", "minim"), Map.entry("argmax", "argmin"), Map.entry("posit", "neg"),
            Map.entry("linear", "nonlinear"), Map.entry("convex", "nonconvex"), Map.entry("above", "below"),
            Map.entry("upper", "lower"), Map.entry("befor", "after"), Map.entry("grow", "shrink"),
            Map.entry("vanish", "explod"), Map.entry("true", "fals"), Map.entry("sum", "product"), Map.entry("supervis", "unsupervis"),
            Map.entry("overfit", "underfit"),
            Map.entry("correct", "wrong"), Map.entry("alwai", "never"), Map.entry("fast", "slow")));

    private Cues() {
    }

    /** The opposite of a stem, or null. */
    static String opposite(String stem) {
        return OPPOSITES.get(stem);
    }

    /** Weaker cues: they show the text negates something nearby, but do not mark a scope. */
    static final Set<String> WEAK = Set.of("without", "non", "lack", "lacks", "fails", "fail", "neither", "nor");

    /**
     * For each word, whether a negation cue among the {@link #SCOPE} words before it governs it. A scope
     * ends at a clause boundary; a cue that ends its own clause ("No, ...") governs nothing.
     *
     * @param words     the raw words, lower case
     * @param clauseEnd for each word, whether punctuation follows it
     */
    static boolean[] negationScope(List<String> words, boolean[] clauseEnd) {
        boolean[] out = new boolean[words.size()];
        int left = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isStrong(w)) {
                left = clauseEnd[i] ? 0 : SCOPE;
                continue;
            }
            if (w.equals("non")) { // "non-negative": the prefix negates one word
                left = 1;
                continue;
            }
            if (SCOPE_BREAKERS.contains(w)) left = 0;
            if (left > 0) {
                out[i] = true;
                left--;
            }
            if (clauseEnd[i]) left = 0;
        }
        return out;
    }

    /** True for any negation cue, strong or weak. */
    static boolean isCue(String w) {
        return isStrong(w) || WEAK.contains(w);
    }

    private static boolean isStrong(String w) {
        return NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t");
    }

    /** True when the text's first word is a cue of the given polarity ("no"/"not" vs "yes"). */
    static boolean startsWithNo(List<String> words) {
        return !words.isEmpty() && (words.get(0).equals("no") || words.get(0).equals("not")
                || words.get(0).equals("false") || words.get(0).equals("wrong") || words.get(0).equals("incorrect"));
    }

    static boolean startsWithYes(List<String> words) {
        return !words.isEmpty() && (words.get(0).equals("yes") || words.get(0).equals("yeah") || words.get(0).equals("yep")
                || words.get(0).equals("correct") || words.get(0).equals("true") || words.get(0).equals("right"));
    }

    private static Map<String, String> symmetric(Map<String, String> pairs) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        pairs.forEach((a, b) -> {
            m.put(a, b);
            m.put(b, a);
        });
        return Map.copyOf(m);
    }
}
