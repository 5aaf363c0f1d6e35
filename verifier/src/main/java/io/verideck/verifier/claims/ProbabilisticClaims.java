package io.verideck.verifier.claims;

import io.verideck.numeric.generative.BayesNet;
import io.verideck.numeric.sampling.MonteCarloPi;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Section M: probabilistic models, sampling, generative models (M11 to M16 are in VaeClaims and GanClaims). */
public final class ProbabilisticClaims {
    private ProbabilisticClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>();
        all.addAll(GraphicalModelClaims.claims());
        all.addAll(MonteCarloClaims.claims());
        all.addAll(GenerativeClaims.claims());
        all.sort(Comparator.comparingInt(c -> Integer.parseInt(c.id().substring(1))));
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /**
     * The Bayes net without independence assumptions: node {@code i} has every earlier node as a parent,
     * so its parameter count is that of the full joint table.
     *
     * @param n binary variables
     * @return the net, every conditional probability 1/2
     */
    static BayesNet fullNet(int n) {
        int[][] parents = new int[n][];
        double[][] tables = new double[n][];
        for (int i = 0; i < n; i++) {
            parents[i] = java.util.stream.IntStream.range(0, i).toArray();
            tables[i] = new double[1 << i];
            java.util.Arrays.fill(tables[i], 0.5);
        }
        return new BayesNet(parents, tables);
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("generative-models-parameter-count", "M1", v -> Value.scalar(fullNet(v.get("n").asInt()).parameterCount())),
                new FormulaBinding("monte-carlo-pi-estimation", "M5", v -> Value.scalar(MonteCarloPi.estimate(v.get("k").asScalar(),
                        v.get("n").asScalar()))));
    }
}
