package io.verideck.verifier.claims;

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
import org.junit.jupiter.api.Test;

/**
 * Every section J card formula agrees with its binding to the numeric-core implementation at 40 seeded
 * random points of the card's declared domains.
 */
class OptimizationFormulaBindingsTest {
    private static final long SEED = 20241121L;

    @Test
    void cardFormulasEqualTheImplementations() {
        NumericBackend.load();
        String root = System.getProperty("verideck.root");
        Path decks = root != null ? Path.of(root, "content", "decks") : Path.of("..", "content", "decks");
        List<String> problems = new ArrayList<>();
        System.out.println("OptimizationFormulaBindingsTest seed " + SEED);
        for (FormulaBinding b : OptimizationClaims.formulas()) {
            CardFormula card = DeckFormulas.find(decks, b.cardId()).orElseThrow(() -> new AssertionError("no card " + b.cardId()));
            Variables vars = Variables.parse(card.variables());
            Formula f = Formula.parse(card.formula(), vars);
            SplittableRandom random = new SplittableRandom(SEED);
            for (int i = 0; i < 40; i++) {
                Map<String, Value> point = vars.samplePoint(random);
                Value expected = f.evaluate(point);
                Value actual = b.implementation().apply(point);
                if (!close(actual, expected)) {
                    problems.add(b.cardId() + " at " + point + ": card " + expected + ", implementation " + actual);
                    break;
                }
            }
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static boolean close(Value a, Value e) {
        if (a.rows() != e.rows() || a.cols() != e.cols()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            double x = a.data()[i];
            double y = e.data()[i];
            if (Math.abs(x - y) > 1e-9 + 1e-9 * Math.max(Math.abs(x), Math.abs(y))) {
                return false;
            }
        }
        return true;
    }
}
