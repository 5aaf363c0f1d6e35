package io.verideck.verifier.claims;

import io.verideck.numeric.init.Initializers;
import io.verideck.numeric.normalization.BatchNorm;
import io.verideck.numeric.optim.AdaGrad;
import io.verideck.numeric.optim.Adam;
import io.verideck.numeric.optim.GradientClipping;
import io.verideck.numeric.optim.GradientDescent;
import io.verideck.numeric.optim.LearningRateSchedule;
import io.verideck.numeric.optim.Momentum;
import io.verideck.numeric.optim.RmsProp;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Section J: optimization. The claims live in {@link GradientDescentClaims} (J1 to J3),
 * {@link OptimizerClaims} (J4 to J9), {@link InitializationClaims} (J10, J11),
 * {@link NormalizationClaims} (J12, J13) and {@link LandscapeClaims} (J14 to J17).
 */
public final class OptimizationClaims {
    private OptimizationClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>();
        all.addAll(GradientDescentClaims.claims());
        all.addAll(OptimizerClaims.claims());
        all.addAll(InitializationClaims.claims());
        all.addAll(NormalizationClaims.claims());
        all.addAll(LandscapeClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason (none: every J claim has numeric tests) */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("backprop-gradient-descent", "J1",
                        v -> value(GradientDescent.step(array(v.get("theta")), array(v.get("g")), scalar(v, "eps")))),
                new FormulaBinding("optimization-linear-schedule", "J3",
                        v -> Value.scalar(LearningRateSchedule.interpolate(scalar(v, "k"), scalar(v, "tau"), scalar(v, "eps_0"), scalar(v, "eps_tau")))),
                new FormulaBinding("optimizers-momentum", "J4",
                        v -> value(Momentum.velocity(array(v.get("v")), array(v.get("g")), scalar(v, "alpha"), scalar(v, "eps")))),
                new FormulaBinding("optimizers-adagrad", "J6",
                        v -> value(AdaGrad.update(array(v.get("g")), array(v.get("r")), scalar(v, "eps"), scalar(v, "delta")))),
                new FormulaBinding("optimizers-rmsprop-update", "J7",
                        v -> value(RmsProp.accumulate(array(v.get("r")), array(v.get("g")), scalar(v, "rho")))),
                new FormulaBinding("optimizers-adam-update", "J8",
                        v -> value(Adam.moment(array(v.get("m")), array(v.get("g")), scalar(v, "beta_1")))),
                new FormulaBinding("optimizers-gradient-clipping", "J9",
                        v -> value(GradientClipping.byNorm(array(v.get("g")), scalar(v, "c")))),
                new FormulaBinding("optimization-init-scale", "J11",
                        v -> Value.scalar(Initializers.glorotRange(scalar(v, "N"), scalar(v, "M")))),
                new FormulaBinding("batch-norm-implementation", "J12", v -> {
                    INDArray h = array(v.get("h"));
                    INDArray gamma = Nd4j.ones(1, 1).muli(scalar(v, "gamma"));
                    INDArray beta = Nd4j.ones(1, 1).muli(scalar(v, "beta"));
                    return value(BatchNorm.forward(h.reshape(h.length(), 1), gamma, beta, scalar(v, "delta")).output());
                }));
    }

    private static double scalar(Map<String, Value> v, String name) {
        Value x = v.get(name);
        if (x == null) {
            throw new IllegalArgumentException("no variable '" + name + "' in " + v.keySet());
        }
        return x.asScalar();
    }

    private static INDArray array(Value x) {
        return Nd4j.create(x.data().clone(), new long[] {x.rows(), x.cols()}, 'c');
    }

    private static Value value(INDArray a) {
        long rows = a.rank() == 2 ? a.rows() : a.length();
        long cols = a.rank() == 2 ? a.columns() : 1;
        return new Value((int) rows, (int) cols, a.dup('c').reshape(a.length()).toDoubleVector());
    }
}
