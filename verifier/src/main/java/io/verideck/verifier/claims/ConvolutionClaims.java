package io.verideck.verifier.claims;

import io.verideck.numeric.conv.ConvOutputSize;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.List;

/**
 * Section H: convolution and pooling. The claims live in {@link SignalConvolutionClaims} (H1-H4),
 * {@link ConvLayerClaims} (H5-H10), {@link ConvKernelClaims} (H11, H12, H16) and {@link PoolingClaims}
 * (H13-H15).
 */
public final class ConvolutionClaims {
    private ConvolutionClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        return List.of(SignalConvolutionClaims.discrete(), SignalConvolutionClaims.crossCorrelation(), SignalConvolutionClaims.asMatrix(),
                SignalConvolutionClaims.outputSize(), ConvLayerClaims.multichannel(), ConvLayerClaims.groups(),
                ConvLayerClaims.equivariance(), ConvLayerClaims.sparsity(), ConvLayerClaims.strided(), ConvLayerClaims.locallyConnected(),
                ConvKernelClaims.handcrafted(), ConvKernelClaims.backprop(), PoolingClaims.maxAvgL2(), PoolingClaims.translationInvariance(),
                PoolingClaims.globalAverage(), ConvKernelClaims.transposed());
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /**
     * The card's answer is {@code floor((N - F + 2 * P) / S) + 1} over integer sizes (the kernel always
     * fits), bound to the implemented {@link ConvOutputSize#of}.
     *
     * @return the bindings of card answer formulas that name a claim of this section to its implementation
     */
    public static List<FormulaBinding> formulas() {
        return List.of(new FormulaBinding("cnn-output-size-formula", "H4", v -> Value.scalar(ConvOutputSize.of(
                v.get("N").asInt(), v.get("F").asInt(), v.get("P").asInt(), v.get("S").asInt()))));
    }
}
