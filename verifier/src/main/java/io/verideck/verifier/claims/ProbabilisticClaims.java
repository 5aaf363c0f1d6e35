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

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("generative-models-parameter-count", "M1", v -> Value.scalar(BayesNet.fullTableParameters(v.get("n").asScalar()))),
                new FormulaBinding("monte-carlo-pi-estimation", "M5", v -> Value.scalar(MonteCarloPi.estimate(v.get("k").asScalar(),
                        v.get("n").asScalar()))));
    }
}
