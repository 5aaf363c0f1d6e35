package io.verideck.verifier.formula;

import java.nio.file.Path;

/**
 * The {@code formula} and {@code variables} fields of one card, as read by {@link DeckFormulas}.
 *
 * @param cardId    the card's {@code id}
 * @param formula   the {@code formula} field, or null
 * @param variables the {@code variables} field, or null
 * @param file      the deck file
 * @param line      1-based line of the {@code formula} field (of the card heading if there is none)
 */
public record CardFormula(String cardId, String formula, String variables, Path file, int line) {

    /** {@code file:line} for messages. */
    public String location() {
        return file.getFileName() + ":" + line;
    }
}
