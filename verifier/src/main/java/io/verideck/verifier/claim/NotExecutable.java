package io.verideck.verifier.claim;

/**
 * A catalogue claim that states words, not a formula or a number, so no numeric check can decide it.
 * The report lists it with the reason instead of dropping it.
 *
 * @param id catalogue id, e.g. {@code B1}
 * @param slug catalogue slug
 * @param reason why it cannot be executed, one sentence
 */
public record NotExecutable(String id, String slug, String reason) {
}
