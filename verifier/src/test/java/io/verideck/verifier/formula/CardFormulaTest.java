package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The answer formulas of the built-in content: each parses, uses every variable it declares, and is
 * defined at random points of its domain; a handful agree with independent hand-written Java
 * implementations (closed forms, finite differences, numerical integration), and cards that state the
 * same formula in two decks are judged equivalent. Randomized: the seed is printed.
 */
class CardFormulaTest {
    private static long seed;
    private static List<CardFormula> cards;

    @BeforeAll
    static void readContent() {
        seed = Long.getLong("formula.card.seed", System.nanoTime());
        System.out.println("CardFormulaTest seed=" + seed + " (rerun with -Dformula.card.seed=" + seed + ")");
        String root = System.getProperty("verideck.root");
        Path decks = root != null ? Path.of(root, "content", "decks") : Path.of("..", "content", "decks");
        assertTrue(Files.isDirectory(decks), "no built-in decks at " + decks.toAbsolutePath());
        cards = DeckFormulas.read(decks).stream().filter(c -> c.formula() != null || c.variables() != null).toList();
    }

    @Test
    void theContentHasFormulas() {
        assertTrue(cards.size() >= 60, "only " + cards.size() + " formula fields found: is the reader broken?");
    }

    @TestFactory
    Stream<DynamicTest> everyCardFormulaParsesAndIsDefinedOnItsDomain() {
        return cards.stream().map(card -> DynamicTest.dynamicTest(card.cardId() + " (" + card.location() + ")", () -> {
            assertNotNull(card.formula(), card.location() + ": variables without formula");
            assertNotNull(card.variables(), card.location() + ": formula without variables");
            Variables vars = Variables.parse(card.variables());
            Formula formula = Formula.parse(card.formula(), vars);
            assertEquals(vars.domains().keySet(), formula.usedVariables().stream()
                    .collect(java.util.stream.Collectors.toSet()), card.location() + ": declared and used variables differ");
            SplittableRandom random = new SplittableRandom(seed);
            int defined = 0;
            for (int i = 0; i < 100; i++) {
                if (formula.evaluate(vars.samplePoint(random)).isFinite()) defined++;
            }
            assertTrue(defined >= 90, "seed " + seed + ": " + card.location() + " is defined at only " + defined
                    + " of 100 random points");
            Verdict self = FormulaJudge.judge(card.formula(), card.variables(), formula.reading(), seed);
            assertTrue(self.accepted(), "seed " + seed + ": the reading of " + card.location() + " differs: " + self);
        }));
    }

    @Test
    void sigmoidDerivativeMatchesAFiniteDifference() {
        agrees("activations-sigmoid-derivative", p -> {
            double x = p.get("x").asScalar();
            double h = 1e-5;
            return Value.scalar((sigmoid(x + h) - sigmoid(x - h)) / (2 * h));
        }, 1e-8);
    }

    @Test
    void softmaxCrossEntropyGradientMatchesAFiniteDifference() {
        agrees("output-layers-softmax-ce-gradient", p -> {
            double[] z = p.get("z").data();
            double[] y = p.get("y").data();
            return Value.column(gradient(z, zz -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : zz) max = Math.max(max, v);
                double s = 0;
                for (double v : zz) s += Math.exp(v - max);
                double loss = 0;
                for (int k = 0; k < zz.length; k++) loss -= y[k] * (zz[k] - max - Math.log(s));
                return loss;
            }));
        }, 1e-7);
    }

    @Test
    void meanSquaredErrorMatchesALoop() {
        Function<Map<String, Value>, Value> mse = p -> {
            double[] y = p.get("y").data();
            double[] f = p.get("p").data();
            double s = 0;
            for (int i = 0; i < y.length; i++) s += (y[i] - f[i]) * (y[i] - f[i]);
            return Value.scalar(s / y.length);
        };
        agrees("losses-mse", mse, 1e-12);
        agrees("output-layers-mse-regression", mse, 1e-12);
    }

    @Test
    void quadraticNormGradientsMatchFiniteDifferences() {
        agrees("backprop-input-gradient", p -> {
            Value w = p.get("W");
            return Value.column(gradient(p.get("x").data(), x -> squaredNorm(w.matmul(Value.column(x)))));
        }, 1e-6);
        agrees("backprop-quadratic-norm", p -> {
            Value w = p.get("W");
            Value x = p.get("x");
            return new Value(w.rows(), w.cols(), gradient(w.data(), ww -> squaredNorm(new Value(w.rows(), w.cols(), ww).matmul(x))));
        }, 1e-6);
    }

    @Test
    void logisticGradientMatchesAFiniteDifferenceOfTheNegativeLogLikelihood() {
        agrees("linear-models-logistic-nll-gradient", p -> {
            Value x = p.get("X");
            double[] y = p.get("y").data();
            return Value.column(gradient(p.get("theta").data(), w -> {
                Value s = x.matmul(Value.column(w));
                double nll = 0;
                for (int i = 0; i < y.length; i++) {
                    // log(1 - sigmoid(s)) = log sigmoid(-s), computed without cancellation
                    nll -= y[i] * logSigmoid(s.data()[i]) + (1 - y[i]) * logSigmoid(-s.data()[i]);
                }
                return nll;
            }));
        }, 1e-6);
    }

    @Test
    void gaussianKlMatchesNumericalIntegration() {
        agrees("generative-models-gaussian-kl", p -> {
            double mu = p.get("mu").asScalar();
            double s = p.get("s").asScalar();
            int n = 20_000;
            double lo = mu - 12 * s;
            double hi = mu + 12 * s;
            double step = (hi - lo) / n;
            double kl = 0;
            for (int i = 0; i <= n; i++) {
                double x = lo + i * step;
                double logP = -0.5 * Math.pow((x - mu) / s, 2) - Math.log(s * Math.sqrt(2 * Math.PI));
                double logQ = -0.5 * x * x - Math.log(Math.sqrt(2 * Math.PI));
                double weight = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
                kl += weight * Math.exp(logP) * (logP - logQ);
            }
            return Value.scalar(kl * step / 3);
        }, 1e-6);
    }

    @Test
    void huberMatchesItsPiecewiseDefinition() {
        agrees("losses-huber", p -> {
            double r = p.get("r").asScalar();
            double d = p.get("delta").asScalar();
            return Value.scalar(Math.abs(r) <= d ? 0.5 * r * r : d * (Math.abs(r) - 0.5 * d));
        }, 1e-12);
    }

    @Test
    void gradientClippingMatchesItsDefinition() {
        agrees("optimizers-gradient-clipping", p -> {
            double[] g = p.get("g").data();
            double c = p.get("c").asScalar();
            double norm = Math.sqrt(squaredNorm(Value.column(g)));
            double[] out = g.clone();
            if (norm > c) {
                for (int i = 0; i < out.length; i++) out[i] = g[i] * c / norm;
            }
            return Value.column(out);
        }, 1e-12);
    }

    @Test
    void tanhAndSoftplusMatchTheJavaLibrary() {
        agrees("activations-tanh", p -> Value.scalar(Math.tanh(p.get("z").asScalar())), 1e-12);
        agrees("activations-softplus", p -> Value.scalar(Math.log1p(Math.exp(p.get("x").asScalar()))), 1e-12);
    }

    @Test
    void cardsThatStateTheSameFormulaAreEquivalent() {
        sameAnswer("losses-mse", "output-layers-mse-regression");
        sameAnswer("activations-softplus", "probability-sigmoid-softplus");
        sameAnswer("losses-binary-cross-entropy", "output-layers-bce-formula");
        sameAnswer("linear-models-logistic-nll-gradient", "output-layers-logistic-gradient");
        sameAnswer("adversarial-linear-explanation", "regularization-adversarial-linearity");
    }

    /** Judges the second card's formula over the first card's variables (same names, maybe other sizes). */
    private static void sameAnswer(String first, String second) {
        CardFormula a = card(first);
        CardFormula b = card(second);
        Verdict v = FormulaJudge.judge(a.formula(), a.variables(), b.formula(), seed);
        assertTrue(v.accepted(), "seed " + seed + ": " + a.location() + " and " + b.location() + " differ: " + v);
    }

    private static CardFormula card(String id) {
        return cards.stream().filter(c -> c.cardId().equals(id)).findFirst()
                .orElseGet(() -> fail("no card '" + id + "' with a formula in the built-in content"));
    }

    private static void agrees(String id, Function<Map<String, Value>, Value> java, double tolerance) {
        CardFormula card = card(id);
        Variables vars = Variables.parse(card.variables());
        Formula formula = Formula.parse(card.formula(), vars);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 25; i++) {
            Map<String, Value> point = vars.samplePoint(random);
            Value expected = java.apply(point);
            Value actual = formula.evaluate(point);
            assertEquals(expected.shape(), actual.shape(), card.location());
            for (int k = 0; k < expected.size(); k++) {
                double e = expected.data()[k];
                double a = actual.data()[k];
                assertTrue(Math.abs(e - a) <= tolerance * Math.max(1, Math.abs(e)), "seed " + seed + ": "
                        + card.location() + " at " + point + ": formula gives " + actual + ", Java gives " + expected);
            }
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logSigmoid(double s) {
        return s < 0 ? s - Math.log1p(Math.exp(s)) : -Math.log1p(Math.exp(-s));
    }

    private static double squaredNorm(Value v) {
        double s = 0;
        for (double x : v.data()) s += x * x;
        return s;
    }

    /** Central-difference gradient of {@code f} at {@code x}. */
    private static double[] gradient(double[] x, java.util.function.ToDoubleFunction<double[]> f) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
        }
        return g;
    }
}
