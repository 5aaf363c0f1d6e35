package io.verideck.numeric.conv;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;

/**
 * Gradients of {@code L = sum(D * conv2d(X, K) + b)} computed by SameDiff's automatic
 * differentiation of its built-in {@code conv2d} op (one group): the oracle for the hand-written
 * backward pass of {@link Conv2d}.
 *
 * @param input {@code dL/dX}
 * @param kernel {@code dL/dK [O, C, F, F']}
 * @param bias {@code dL/db [O]}
 */
public record ConvSameDiff(INDArray input, INDArray kernel, INDArray bias) {

    /**
     * @param conv geometry
     * @param x input
     * @param k kernel {@code [O, C, F, F']}
     * @param b bias {@code [O]}
     * @param d upstream gradient {@code [B, O, OH, OW]}
     * @return SameDiff's gradients
     */
    public static ConvSameDiff gradients(Conv2d conv, INDArray x, INDArray k, INDArray b, INDArray d) {
        SameDiff sd = SameDiff.create();
        SDVariable xv = sd.var("x", x.dup());
        SDVariable kv = sd.var("k", k.permute(2, 3, 1, 0).dup('c'));
        SDVariable bv = sd.var("b", b.dup());
        Conv2DConfig config = Conv2DConfig.builder().kH(conv.kernelH()).kW(conv.kernelW()).sH(conv.spec().stride())
                .sW(conv.spec().stride()).pH(conv.spec().padding()).pW(conv.spec().padding()).dataFormat("NCHW").build();
        SDVariable z = sd.cnn().conv2d(xv, kv, bv, config);
        z.mul(sd.constant("d", d.dup())).sum().rename("loss");
        sd.setLossVariables("loss");
        Map<String, INDArray> g = io.verideck.numeric.SameDiffQuiet.call(() -> sd.calculateGradients(new java.util.HashMap<>(), "x", "k", "b"));
        return new ConvSameDiff(g.get("x"), g.get("k").permute(3, 2, 0, 1).dup('c'), g.get("b"));
    }
}
