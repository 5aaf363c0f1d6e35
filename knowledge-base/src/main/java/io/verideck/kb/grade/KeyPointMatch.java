package io.verideck.kb.grade;

import java.util.List;

/**
 * How one key point fared in an answer.
 *
 * @param keyPoint     the key point as written on the card
 * @param coverage     weighted share of the key point's terms found in the best answer window, 0 to 1
 * @param credit       what the key point contributes, 0 to 1 (0 when contradicted)
 * @param matchedWords the student's words that matched, in answer order
 * @param missingTerms the key point's terms (stems) not found
 * @param contradiction why the key point counts as contradicted, or null
 */
public record KeyPointMatch(String keyPoint, double coverage, double credit, List<String> matchedWords,
                            List<String> missingTerms, String contradiction) {
    /** Coverage from which a key point counts as hit. */
    public static final double HIT = 0.6;

    public KeyPointMatch {
        matchedWords = List.copyOf(matchedWords);
        missingTerms = List.copyOf(missingTerms);
    }

    /** The verdict shown in the diff view. */
    public Status status() {
        if (contradiction != null) return Status.CONTRADICTED;
        if (coverage >= HIT) return Status.HIT;
        return coverage > 0.25 ? Status.PARTIAL : Status.MISSED;
    }

    /** The verdict on one key point. */
    public enum Status { HIT, PARTIAL, MISSED, CONTRADICTED }
}
