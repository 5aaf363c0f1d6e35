package io.verideck.web.verify;

import java.util.List;

/**
 * A known-wrong statement of a source and what the verifier found ({@code verify --refuted}, the
 * {@code refuted} array of the report; docs/verify-report.md).
 *
 * @param id             the mistake id ({@code Z-11})
 * @param claim          the claim(s) it is a corruption of as §Z writes them ({@code E2}, {@code J6, J7}), or null
 * @param statement      the wrong statement as TeX, or null
 * @param status         the verifier's word on it ({@code refuted} when a counterexample was found)
 * @param claims         the related claim ids, split
 * @param corrected      the corrected statement as TeX, or null
 * @param location       source and line, or null
 * @param type           the §Z type ({@code FORMULA}, {@code SIGN + INDEX}, ...), or null
 * @param reason         why a words-only mistake has no numeric counterexample, or null
 * @param counterexample the input and both statements' comparisons on it, or null
 */
public record RefutedMistake(String id, String claim, String statement, String status, List<String> claims, String corrected,
                             String location, String type, String reason, Counterexample counterexample) {
    public RefutedMistake {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A mistake known only by id, claim, statement and status (the report's short form). */
    public RefutedMistake(String id, String claim, String statement, String status) {
        this(id, claim, statement, status, claim == null ? List.of() : List.of(claim.split("[,\\s]+")), null, null, null, null, null);
    }

    /** Whether the verifier treats it as a mathematical claim (not GARBLED/MISSING/CODE). */
    public boolean inScope() {
        return !"out-of-scope".equals(status);
    }

    /**
     * The counterexample: the drawn input and the comparisons, each as one line of text.
     *
     * @param inputs    {@code name = value} lines
     * @param wrong     what the wrong statement asserts, e.g. {@code MAE as written: 5.9  =  mean |r|: 2.0  (fails)}
     * @param corrected what the corrected statement asserts on the same input
     */
    public record Counterexample(List<String> inputs, List<String> wrong, List<String> corrected) {
        public Counterexample {
            inputs = List.copyOf(inputs);
            wrong = List.copyOf(wrong);
            corrected = List.copyOf(corrected);
        }
    }
}
