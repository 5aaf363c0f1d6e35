package io.verideck.verifier.claims;

import io.verideck.numeric.linalg.Determinant;
import io.verideck.numeric.linalg.VectorAngle;
import io.verideck.numeric.probability.Bernoulli;
import io.verideck.numeric.probability.BinaryChainRule;
import io.verideck.numeric.probability.DiseaseTest;
import io.verideck.numeric.probability.Gaussian;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Section A: linear algebra and probability foundations. */
public final class FoundationClaims {
    private FoundationClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>();
        all.addAll(LinearAlgebraClaims.claims());
        all.addAll(EigenClaims.claims());
        all.addAll(ProbabilityClaims.claims());
        all.addAll(DistributionClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("linear-algebra-determinant", "A2", v -> Value.scalar(Determinant.twoByTwo(
                        Nd4j.createFromArray(new double[][] {{s(v, "a"), s(v, "b")}, {s(v, "c"), s(v, "d")}})))),
                new FormulaBinding("linear-algebra-dot-product-angle", "A5",
                        v -> Value.scalar(VectorAngle.cosine(vector(v, "x"), vector(v, "y")))),
                new FormulaBinding("probability-disease-test", "A12",
                        v -> Value.scalar(new DiseaseTest(s(v, "b"), s(v, "a"), s(v, "c")).posterior())),
                new FormulaBinding("generative-models-parameter-count", "A13",
                        v -> Value.scalar(BinaryChainRule.chainRuleTableEntries(v.get("n").asInt()))),
                new FormulaBinding("probability-bernoulli-multinoulli", "A16",
                        v -> Value.scalar(new Bernoulli(s(v, "phi")).pmf(s(v, "x")))),
                new FormulaBinding("statistics-bernoulli-mle", "A16", v -> Value.scalar(Bernoulli.mle(vector(v, "x")))),
                new FormulaBinding("probability-gaussian", "A17",
                        v -> Value.scalar(new Gaussian(s(v, "mu"), s(v, "s") * s(v, "s")).density(s(v, "x")))));
    }

    static double s(Map<String, Value> v, String name) {
        return v.get(name).asScalar();
    }

    static INDArray vector(Map<String, Value> v, String name) {
        return Nd4j.createFromArray(v.get(name).data().clone());
    }
}
