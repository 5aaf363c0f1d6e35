package io.verideck.verifier.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.formula.Formula;
import io.verideck.verifier.formula.FormulaJudge;
import io.verideck.verifier.formula.Value;
import io.verideck.verifier.formula.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every binding of a card's answer formula to a claim implementation agrees with the card formula at
 * 40 random points of the card's declared variables; a binding names a card that exists, has a
 * formula and names the claim. Every card with a formula that names an implemented claim has at least
 * one binding; cards whose claims are not in the catalogue are printed. Every bound claim is implemented in the catalogue. Seed: printed; rerun with
 * {@code -Dformula.binding.seed=S}.
 */
class FormulaBindingsTest {
    private static final int POINTS = 40;
    private static long seed;
    private static Map<String, Card> cards;

    /** A card's id, formula, variables and named claim ids, read from the deck Markdown. */
    record Card(String id, String formula, String variables, Set<String> claims, String location) {
    }

    @BeforeAll
    static void read() throws IOException {
        NumericBackend.load();
        seed = Long.getLong("formula.binding.seed", 20241122L);
        System.out.println("FormulaBindingsTest seed=" + seed + " (rerun with -Dformula.binding.seed=" + seed + ")");
        Path root = Path.of(System.getProperty("verideck.root", ".."));
        Map<String, String> idBySlug = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve("content/claims.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                idBySlug.put(f[1], f[0]);
                idBySlug.put(f[0], f[0]);
            }
        }
        cards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("content/decks"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).startsWith("## ")) {
                        continue;
                    }
                    Map<String, String> fields = new HashMap<>();
                    for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                        int colon = lines.get(j).indexOf(':');
                        if (colon > 0) {
                            fields.putIfAbsent(lines.get(j).substring(0, colon).strip(), lines.get(j).substring(colon + 1).strip());
                        }
                    }
                    if (fields.containsKey("id")) {
                        Set<String> claims = Stream.of(fields.getOrDefault("claims", "").split("[,\\s]+")).filter(s -> !s.isBlank())
                                .map(s -> idBySlug.getOrDefault(s.split("\\.")[0], s)).collect(Collectors.toSet());
                        cards.put(fields.get("id"), new Card(fields.get("id"), fields.get("formula"), fields.get("variables"), claims,
                                file.getFileName() + ":" + (i + 1)));
                    }
                }
            }
        }
        assertTrue(cards.size() > 300, "deck reader found only " + cards.size() + " cards");
    }

    @TestFactory
    Stream<DynamicTest> everyBindingAgreesWithItsCardFormula() {
        List<FormulaBinding> bindings = FormulaBindings.builtIn();
        assertTrue(bindings.size() >= 17, "bindings: " + bindings.size());
        return bindings.stream().map(b -> DynamicTest.dynamicTest(b.cardId() + " ~ " + b.claimId(), () -> {
            String problem = check(b, seed);
            if (problem != null) {
                fail(problem);
            }
        }));
    }

    /** @return null when the binding agrees at every point, else what is wrong */
    static String check(FormulaBinding b, long seed) {
        Card card = cards.get(b.cardId());
        if (card == null) {
            return "binding for unknown card " + b.cardId();
        }
        if (card.formula() == null || card.variables() == null) {
            return card.location() + ": card " + card.id() + " has no formula";
        }
        if (!card.claims().contains(b.claimId())) {
            return card.location() + ": card " + card.id() + " does not name claim " + b.claimId() + " (it names " + card.claims() + ")";
        }
        Variables vars = Variables.parse(card.variables());
        Formula formula = Formula.parse(card.formula(), vars);
        SplittableRandom random = new SplittableRandom(seed ^ b.cardId().hashCode() ^ b.claimId().hashCode());
        FormulaJudge.Options tolerance = FormulaJudge.Options.DEFAULT;
        int compared = 0;
        for (int i = 0; i < 4 * POINTS && compared < POINTS; i++) {
            Map<String, Value> point = vars.samplePoint(random);
            Value expected = formula.evaluate(point);
            if (!expected.isFinite()) {
                continue;
            }
            Value actual = b.implementation().apply(point);
            if (!expected.sameShape(actual)) {
                return card.location() + ": shape " + actual.shape() + " from " + b.claimId() + " but the card formula gives " + expected.shape();
            }
            for (int k = 0; k < expected.size(); k++) {
                if (!tolerance.close(expected.data()[k], actual.data()[k])) {
                    return String.format("seed %d, %s: %s (card formula %s) = %s but claim %s's implementation gives %s at %s", seed,
                            card.location(), card.id(), card.formula(), expected, b.claimId(), actual, point);
                }
            }
            compared++;
        }
        return compared >= POINTS ? null : card.location() + ": only " + compared + " defined points";
    }

    @Test
    void aWrongOrMisnamedBindingFails() {
        FormulaBinding wrongValue = new FormulaBinding("output-layers-softmax", "D6", v -> {
            double[] e = v.get("z").data().clone();
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.exp(e[i]);
            }
            return new Value(e.length, 1, e);
        });
        String problem = check(wrongValue, seed);
        assertNotNull(problem);
        assertTrue(problem.contains("implementation gives"), problem);
        assertTrue(check(new FormulaBinding("no-such-card", "D6", v -> v.get("z")), seed).contains("unknown card"));
        assertTrue(check(new FormulaBinding("output-layers-softmax", "M16", v -> v.get("z")), seed).contains("does not name claim M16"));
    }

    @Test
    void everyFormulaCardOfAnImplementedClaimHasABinding() {
        Set<String> implemented = Catalogue.builtIn().claims().stream().map(Claim::id).collect(Collectors.toSet());
        Set<String> bound = FormulaBindings.builtIn().stream().map(FormulaBinding::cardId).collect(Collectors.toSet());
        List<String> unbound = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (Card c : cards.values()) {
            if (c.formula() == null || c.claims().isEmpty() || bound.contains(c.id())) {
                continue;
            }
            String entry = c.id() + " (" + c.location() + ", claims " + c.claims().stream().sorted().toList() + ")";
            (c.claims().stream().anyMatch(implemented::contains) ? unbound : waiting).add(entry);
        }
        System.out.println("formula cards whose claims are not implemented yet (no binding possible): " + waiting.size() + " " + waiting);
        assertEquals(List.of(), unbound, "formula cards that name an implemented claim but have no binding");
    }

    @Test
    void everyBoundClaimIsInTheCatalogue() {
        Set<String> implemented = Catalogue.builtIn().claims().stream().map(Claim::id).collect(Collectors.toSet());
        List<String> missing = FormulaBindings.builtIn().stream().map(FormulaBinding::claimId).filter(id -> !implemented.contains(id))
                .distinct().sorted().toList();
        assertEquals(List.of(), missing, "bindings to claims the catalogue does not implement");
    }
}
