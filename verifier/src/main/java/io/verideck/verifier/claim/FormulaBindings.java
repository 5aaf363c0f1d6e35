package io.verideck.verifier.claim;

import io.verideck.verifier.claims.ActivationClaims;
import io.verideck.verifier.claims.AutoencoderClaims;
import io.verideck.verifier.claims.BackpropClaims;
import io.verideck.verifier.claims.ConvolutionClaims;
import io.verideck.verifier.claims.CoreFormulaBindings;
import io.verideck.verifier.claims.FoundationClaims;
import io.verideck.verifier.claims.LogisticClaims;
import io.verideck.verifier.claims.LossClaims;
import io.verideck.verifier.claims.OptimizationClaims;
import io.verideck.verifier.claims.ProbabilisticClaims;
import io.verideck.verifier.claims.RegressionClaims;
import io.verideck.verifier.claims.RegularizationClaims;
import io.verideck.verifier.claims.SequenceClaims;
import io.verideck.verifier.claims.StatisticalLearningClaims;
import java.util.ArrayList;
import java.util.List;

/** Every binding of a card's answer formula to a claim implementation, from every catalogue section. */
public final class FormulaBindings {
    private FormulaBindings() {
    }

    /** @return the bindings of the built-in cards */
    public static List<FormulaBinding> builtIn() {
        List<FormulaBinding> all = new ArrayList<>();
        all.addAll(CoreFormulaBindings.formulas());
        all.addAll(FoundationClaims.formulas());
        all.addAll(StatisticalLearningClaims.formulas());
        all.addAll(RegressionClaims.formulas());
        all.addAll(LogisticClaims.formulas());
        all.addAll(LossClaims.formulas());
        all.addAll(ActivationClaims.formulas());
        all.addAll(BackpropClaims.formulas());
        all.addAll(ConvolutionClaims.formulas());
        all.addAll(RegularizationClaims.formulas());
        all.addAll(OptimizationClaims.formulas());
        all.addAll(SequenceClaims.formulas());
        all.addAll(AutoencoderClaims.formulas());
        all.addAll(ProbabilisticClaims.formulas());
        return List.copyOf(all);
    }
}
