package io.verideck.verifier.claim;

import io.verideck.verifier.formula.Value;
import java.util.Map;
import java.util.function.Function;

/**
 * Ties a card's answer formula to the implementation of a claim the card names: the content test
 * evaluates both at random points of the card's declared variables and requires them to agree.
 *
 * @param cardId the card whose {@code formula:} field is checked
 * @param claimId the claim (named in the card's {@code claims:}) whose implementation computes the same value
 * @param implementation the value computed by the claim's numeric-core implementation from the card's
 *     variables (names as the card declares them; vectors are columns)
 */
public record FormulaBinding(String cardId, String claimId, Function<Map<String, Value>, Value> implementation) {
}
