package io.verideck.web.verify;

/**
 * A known-wrong statement the verifier showed to be false.
 *
 * @param id        the mistake id ({@code Z-11})
 * @param claim     the claim it is a corruption of, or null
 * @param statement the wrong statement as TeX, or null
 * @param status    the verifier's word on it ({@code refuted} when a counterexample was found)
 */
public record RefutedMistake(String id, String claim, String statement, String status) {
}
