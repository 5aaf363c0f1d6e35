package io.verideck.verifier.claims;

import io.verideck.numeric.autoencoder.Autoencoder;
import io.verideck.numeric.autoencoder.KlSparsity;
import io.verideck.numeric.autoencoder.Squash;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.List;
import java.util.Map;

/**
 * Section L: autoencoders and PCA. The claims live in {@link AutoencoderBasicsClaims} (L1, L2, L3, L8)
 * and {@link RegularizedAutoencoderClaims} (L4 to L7).
 */
public final class AutoencoderClaims {
    private AutoencoderClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        return List.of(AutoencoderBasicsClaims.forwardLoss(), AutoencoderBasicsClaims.linearPca(), AutoencoderBasicsClaims.pcaEigen(),
                RegularizedAutoencoderClaims.sparseLaplace(), RegularizedAutoencoderClaims.sparseKl(), RegularizedAutoencoderClaims.denoising(),
                RegularizedAutoencoderClaims.contractive(), AutoencoderBasicsClaims.overcompleteIdentity());
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(new FormulaBinding("autoencoders-one-layer-loss", "L1", AutoencoderClaims::oneLayerLoss),
                new FormulaBinding("autoencoders-sparse-kl-penalty", "L5",
                        v -> Value.scalar(KlSparsity.divergence(v.get("rho").asScalar(), v.get("r").asScalar()))));
    }

    /** {@code ||x - (W2 sigma(W1 x + b1) + b2)||^2}: the sigmoid-encoder, linear-decoder autoencoder's loss on one example. */
    private static Value oneLayerLoss(Map<String, Value> v) {
        Autoencoder ae = new Autoencoder(matrix(v.get("W1")), v.get("b1").data().clone(), matrix(v.get("W2")), v.get("b2").data().clone(),
                Squash.SIGMOID, Squash.IDENTITY);
        double[][] x = {v.get("x").data().clone()};
        return Value.scalar(ae.loss(x, x));
    }

    private static double[][] matrix(Value m) {
        double[][] out = new double[m.rows()][m.cols()];
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                out[r][c] = m.at(r, c);
            }
        }
        return out;
    }
}
