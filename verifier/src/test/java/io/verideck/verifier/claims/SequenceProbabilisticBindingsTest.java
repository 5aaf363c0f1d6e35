package io.verideck.verifier.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.numeric.NumericBackend;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The formula bindings of sections K and M: at 50 random points of each card's declared domain, the
 * card's answer formula and the claim implementation bound to it agree (1e-9 relative). Seed printed.
 */
class SequenceProbabilisticBindingsTest {
    @TestFactory
    Stream<DynamicTest> cardFormulasAgreeWithTheirImplementations() {
        NumericBackend.load();
        long seed = Long.getLong("formula.card.seed", 20_261_122L);
        System.out.println("SequenceProbabilisticBindingsTest seed=" + seed);
        String root = System.getProperty("verideck.root");
        Path decks = root != null ? Path.of(root, "content", "decks") : Path.of("..", "content", "decks");
        List<FormulaBinding> bindings = new ArrayList<>(SequenceClaims.formulas());
        bindings.addAll(ProbabilisticClaims.formulas());
        return bindings.stream().map(b -> DynamicTest.dynamicTest(b.cardId() + " ~ " + b.claimId(), () -> {
            CardFormula card = DeckFormulas.find(decks, b.cardId()).orElseThrow(() -> new AssertionError("no card " + b.cardId()));
            Variables vars = Variables.parse(card.variables());
            Formula formula = Formula.parse(card.formula(), vars);
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 50; i++) {
                Map<String, Value> point = vars.samplePoint(random);
                Value expected = formula.evaluate(point);
                Value actual = b.implementation().apply(point);
                assertEquals(expected.size(), actual.size(), card.location() + ": sizes differ");
                for (int k = 0; k < expected.size(); k++) {
                    double e = expected.data()[k];
                    double a = actual.data()[k];
                    assertTrue(Math.abs(a - e) <= 1e-12 + 1e-9 * Math.abs(e), card.location() + " at " + point + ": formula " + e
                            + ", implementation " + a + " (seed " + seed + ")");
                }
            }
        }));
    }
}
