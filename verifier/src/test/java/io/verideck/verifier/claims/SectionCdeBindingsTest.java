package io.verideck.verifier.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.formula.CardFormula;
import io.verideck.verifier.formula.DeckFormulas;
import io.verideck.verifier.formula.Formula;
import io.verideck.verifier.formula.Value;
import io.verideck.verifier.formula.Variables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The card formula bindings of sections C, D and E: each card's typed answer formula and the claim
 * implementation agree at 50 random points of the card's variables (seed 5).
 */
class SectionCdeBindingsTest {
    @Test
    void cardFormulasAgreeWithTheImplementations() {
        List<FormulaBinding> bindings = new ArrayList<>();
        bindings.addAll(RegressionClaims.formulas());
        bindings.addAll(LogisticClaims.formulas());
        bindings.addAll(LossClaims.formulas());
        assertTrue(bindings.size() >= 20, "bindings: " + bindings.size());
        List<CardFormula> cards = DeckFormulas.read(Path.of("..", "content", "decks"));
        List<String> problems = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (FormulaBinding b : bindings) {
            CardFormula card = cards.stream().filter(c -> c.cardId().equals(b.cardId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no card formula for " + b.cardId()));
            Formula f = Formula.parse(card.formula(), Variables.parse(card.variables()));
            for (int i = 0; i < 50; i++) {
                Map<String, Value> point = f.variables().samplePoint(random);
                Value expected = f.evaluate(point);
                Value actual = b.implementation().apply(point);
                if (expected.size() != actual.size()) {
                    problems.add(b.cardId() + "/" + b.claimId() + ": shape " + actual.shape() + " vs " + expected.shape());
                    break;
                }
                for (int k = 0; k < expected.size(); k++) {
                    double e = expected.data()[k];
                    double a = actual.data()[k];
                    if (Math.abs(e - a) > 1e-9 + 1e-9 * Math.abs(e)) {
                        problems.add(b.cardId() + "/" + b.claimId() + ": card " + e + " vs implementation " + a + " at " + point);
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
