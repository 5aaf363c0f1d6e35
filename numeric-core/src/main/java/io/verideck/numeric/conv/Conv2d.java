package io.verideck.numeric.conv;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Multi-channel 2-D cross-correlation, the "convolution" of CNN layers, with stride, zero padding
 * and groups:
 * {@code Z[b,o,i,j] = bias[o] + sum_{c in group(o), m, n} X[b, c, iS - P + m, jS - P + n] K[o, c - c0(o), m, n]}
 * (Goodfellow et al. eq. 9.7 with 0-based indices). Shapes: input {@code X [B, C, H, W]}, kernel
 * {@code K [O, C/g, F_h, F_w]}, bias {@code [O]}, output {@code [B, O, OH, OW]} with
 * {@code OH = floor((H - F_h + 2P)/S) + 1}.
 *
 * <p>Backward pass for an upstream gradient {@code D = dL/dZ} (written out, not derived by a tool):
 * {@code dL/dK[o,c,m,n] = sum_{b,i,j} D[b,o,i,j] X[b, c0+c, iS-P+m, jS-P+n]} (the input correlated with
 * {@code D}), {@code dL/dX} scatters {@code D[b,o,i,j] K[o,c,m,n]} back to the input pixel each term
 * read (the transposed convolution, {@link #transpose}), {@code dL/dbias[o] = sum_{b,i,j} D[b,o,i,j]}.
 *
 * @param batch {@code B}
 * @param channels {@code C}
 * @param height {@code H}
 * @param width {@code W}
 * @param filters {@code O}
 * @param kernelH {@code F_h}
 * @param kernelW {@code F_w}
 * @param spec stride, padding, groups
 */
public record Conv2d(int batch, int channels, int height, int width, int filters, int kernelH, int kernelW, ConvSpec spec) {

    /**
     * @param batch batch
     * @param channels channels
     * @param height height
     * @param width width
     * @param filters filters
     * @param kernelH kernel height
     * @param kernelW kernel width
     * @param spec geometry
     */
    public Conv2d {
        if (channels % spec.groups() != 0 || filters % spec.groups() != 0) {
            throw new IllegalArgumentException("groups " + spec.groups() + " must divide channels " + channels + " and filters " + filters);
        }
    }

    /**
     * @param inputShape {@code [B, C, H, W]}
     * @param kernelShape {@code [O, C/g, F_h, F_w]}
     * @param spec geometry
     * @return the layer geometry
     */
    public static Conv2d of(long[] inputShape, long[] kernelShape, ConvSpec spec) {
        if (kernelShape[1] * spec.groups() != inputShape[1]) {
            throw new IllegalArgumentException("kernel depth " + kernelShape[1] + " x groups " + spec.groups()
                    + " must equal the input channels " + inputShape[1]);
        }
        return new Conv2d((int) inputShape[0], (int) inputShape[1], (int) inputShape[2], (int) inputShape[3],
                (int) kernelShape[0], (int) kernelShape[2], (int) kernelShape[3], spec);
    }

    /** @return {@code OH} */
    public int outHeight() {
        return spec.outputSize(height, kernelH);
    }

    /** @return {@code OW} */
    public int outWidth() {
        return spec.outputSize(width, kernelW);
    }

    /** @return {@code [B, O, OH, OW]} */
    public long[] outputShape() {
        return new long[] {batch, filters, outHeight(), outWidth()};
    }

    /** @return {@code [O, C/g, F_h, F_w]} */
    public long[] kernelShape() {
        return new long[] {filters, channels / spec.groups(), kernelH, kernelW};
    }

    /** @return {@code [B, C, H, W]} */
    public long[] inputShape() {
        return new long[] {batch, channels, height, width};
    }

    /** @return the number of weights plus biases, {@code O (C/g F_h F_w + 1)} */
    public long parameterCount() {
        return (long) filters * ((long) channels / spec.groups() * kernelH * kernelW + 1);
    }

    /**
     * @param x {@code [B, C, H, W]}
     * @param k {@code [O, C/g, F_h, F_w]}
     * @param bias {@code [O]} or null
     * @return {@code [B, O, OH, OW]}
     */
    public INDArray forward(INDArray x, INDArray k, INDArray bias) {
        double[] out = forward(flat(x), flat(k), bias == null ? null : flat(bias));
        return Nd4j.create(out, outputShape(), 'c');
    }

    /**
     * @param x input, c order
     * @param k kernel, c order
     * @param bias bias or null
     * @return the output, c order
     */
    public double[] forward(double[] x, double[] k, double[] bias) {
        double[] z = new double[batch * filters * outHeight() * outWidth()];
        visit((zi, xi, ki) -> z[zi] += x[xi] * k[ki]);
        if (bias != null) {
            int plane = outHeight() * outWidth();
            for (int i = 0; i < z.length; i++) {
                z[i] += bias[(i / plane) % filters];
            }
        }
        return z;
    }

    /**
     * The gradient of {@code sum(D * Z)} with respect to the input: the transposed convolution of
     * {@code D} with {@code K}.
     *
     * @param d upstream gradient {@code [B, O, OH, OW]}
     * @param k kernel
     * @return {@code [B, C, H, W]}
     */
    public INDArray transpose(INDArray d, INDArray k) {
        double[] dv = flat(d);
        double[] kv = flat(k);
        double[] dx = new double[batch * channels * height * width];
        visit((zi, xi, ki) -> dx[xi] += dv[zi] * kv[ki]);
        return Nd4j.create(dx, inputShape(), 'c');
    }

    /**
     * @param x input
     * @param d upstream gradient {@code [B, O, OH, OW]}
     * @return {@code dL/dK [O, C/g, F_h, F_w]}
     */
    public INDArray kernelGradient(INDArray x, INDArray d) {
        double[] xv = flat(x);
        double[] dv = flat(d);
        double[] dk = new double[filters * (channels / spec.groups()) * kernelH * kernelW];
        visit((zi, xi, ki) -> dk[ki] += dv[zi] * xv[xi]);
        return Nd4j.create(dk, kernelShape(), 'c');
    }

    /**
     * @param d upstream gradient {@code [B, O, OH, OW]}
     * @return {@code dL/dbias [O]}, the sum of {@code D} over batch and positions
     */
    public INDArray biasGradient(INDArray d) {
        return d.sum(0, 2, 3);
    }

    /** One product term of the sum: output, input and kernel flat indices. */
    @FunctionalInterface
    interface Term {
        void accept(int zi, int xi, int ki);
    }

    /** Enumerates every product term {@code X[xi] K[ki]} that contributes to {@code Z[zi]}. */
    void visit(Term term) {
        int oh = outHeight();
        int ow = outWidth();
        int perGroupIn = channels / spec.groups();
        int perGroupOut = filters / spec.groups();
        int s = spec.stride();
        int p = spec.padding();
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < filters; o++) {
                int c0 = (o / perGroupOut) * perGroupIn;
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        int zi = ((b * filters + o) * oh + i) * ow + j;
                        for (int c = 0; c < perGroupIn; c++) {
                            for (int m = 0; m < kernelH; m++) {
                                int r = i * s - p + m;
                                if (r < 0 || r >= height) {
                                    continue;
                                }
                                for (int n = 0; n < kernelW; n++) {
                                    int col = j * s - p + n;
                                    if (col < 0 || col >= width) {
                                        continue;
                                    }
                                    term.accept(zi, ((b * channels + c0 + c) * height + r) * width + col,
                                            ((o * perGroupIn + c) * kernelH + m) * kernelW + n);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * ND4J's built-in {@code conv2d} op (one group), an independent oracle for {@link #forward}.
     *
     * @param x input
     * @param k kernel {@code [O, C, F_h, F_w]}
     * @param bias bias or null
     * @return {@code [B, O, OH, OW]}
     */
    public INDArray builtIn(INDArray x, INDArray k, INDArray bias) {
        var config = org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig.builder()
                .kH(kernelH).kW(kernelW).sH(spec.stride()).sW(spec.stride()).pH(spec.padding()).pW(spec.padding())
                .dataFormat("NCHW").build();
        INDArray w = k.permute(2, 3, 1, 0).dup('c');
        return bias == null ? Nd4j.cnn().conv2d(x.dup(), w, config) : Nd4j.cnn().conv2d(x.dup(), w, bias.dup(), config);
    }

    static double[] flat(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').reshape(a.length()).toDoubleVector();
    }
}
