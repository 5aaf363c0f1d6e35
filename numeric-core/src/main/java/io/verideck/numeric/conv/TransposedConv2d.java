package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The transposed ("fractionally strided", "deconvolution") convolution: the adjoint of
 * {@link Conv2d} in its input, {@code <conv(x), y> = <x, convT(y)>}. An input {@code Y [B, O, N, N']}
 * with kernel {@code K [O, C, F, F']} gives {@code [B, C, (N-1)S - 2P + F, (N'-1)S - 2P + F']}: with
 * stride 2 it upsamples. Dumoulin and Visin (2016), section 4.
 */
public final class TransposedConv2d {
    private TransposedConv2d() {
    }

    /**
     * @param y input {@code [B, O, N, N']}
     * @param k kernel {@code [O, C, F, F']}
     * @param spec stride and padding of the convolution it transposes
     * @return {@code [B, C, (N-1)S - 2P + F, (N'-1)S - 2P + F']}
     */
    public static INDArray forward(INDArray y, INDArray k, ConvSpec spec) {
        return geometry(y.shape(), k.shape(), spec).transpose(y, k);
    }

    /**
     * ND4J's built-in {@code deconv2d} op, an independent oracle for {@link #forward} (one group).
     *
     * @param y input {@code [B, O, N, N']}
     * @param k kernel {@code [O, C, F, F']}
     * @param spec stride and padding
     * @return {@code [B, C, (N-1)S - 2P + F, (N'-1)S - 2P + F']}
     */
    public static INDArray builtIn(INDArray y, INDArray k, ConvSpec spec) {
        var config = org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig.builder().kH(k.size(2)).kW(k.size(3))
                .sH(spec.stride()).sW(spec.stride()).pH(spec.padding()).pW(spec.padding()).dH(1).dW(1).isSameMode(false)
                .dataFormat("NCHW").build();
        return org.nd4j.linalg.factory.Nd4j.cnn().deconv2d(y.dup(), k.permute(2, 3, 1, 0).dup('c'), config);
    }

    /**
     * @param yShape {@code [B, O, N, N']}
     * @param kShape {@code [O, C, F, F']}
     * @param spec spec
     * @return the convolution whose input gradient this is
     */
    public static Conv2d geometry(long[] yShape, long[] kShape, ConvSpec spec) {
        int h = ConvOutputSize.transposed((int) yShape[2], (int) kShape[2], spec.padding(), spec.stride());
        int w = ConvOutputSize.transposed((int) yShape[3], (int) kShape[3], spec.padding(), spec.stride());
        return new Conv2d((int) yShape[0], (int) kShape[1] * spec.groups(), h, w, (int) kShape[0], (int) kShape[2],
                (int) kShape[3], spec);
    }
}
