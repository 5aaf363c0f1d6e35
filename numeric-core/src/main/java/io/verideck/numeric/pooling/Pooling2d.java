package io.verideck.numeric.pooling;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Pooling of {@code X [B, C, H, W]} over {@code k x k} windows at stride {@code s} (no padding), per
 * channel: {@code Y[b,c,i,j] = pool{X[b, c, is+m, js+n] : 0 <= m, n < k}} with {@code Y [B, C, OH, OW]},
 * {@code OH = floor((H - k)/s) + 1}. Backward: {@code dX} receives, for every window, the upstream
 * value {@code D[b,c,i,j]} times {@code 1[x = max]} (first maximum only), {@code 1/k^2}, or
 * {@code x/||x||} (max, average, {@code L^2}). Goodfellow et al. section 9.3.
 *
 * @param kind max, average or L2
 * @param window {@code k}
 * @param stride {@code s}
 */
public record Pooling2d(PoolKind kind, int window, int stride) {

    /**
     * @param x {@code [B, C, H, W]}
     * @return {@code [B, C, OH, OW]}
     */
    public INDArray forward(INDArray x) {
        long[] s = x.shape();
        return Nd4j.create(forward(x.castTo(DataType.DOUBLE).dup('c').data().asDouble(), s), new long[] {s[0], s[1], out(s[2]), out(s[3])}, 'c');
    }

    /**
     * @param xv input, c order
     * @param s its shape {@code [B, C, H, W]}
     * @return the pooled values, c order
     */
    public double[] forward(double[] xv, long[] s) {
        int oh = out(s[2]);
        int ow = out(s[3]);
        double[] y = new double[(int) (s[0] * s[1] * oh * ow)];
        for (int p = 0; p < s[0] * s[1]; p++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    double max = Double.NEGATIVE_INFINITY;
                    double sum = 0;
                    double sq = 0;
                    for (int m = 0; m < window; m++) {
                        for (int n = 0; n < window; n++) {
                            double v = xv[(int) ((p * s[2] + i * stride + m) * s[3] + j * stride + n)];
                            max = Math.max(max, v);
                            sum += v;
                            sq += v * v;
                        }
                    }
                    y[(p * oh + i) * ow + j] = switch (kind) {
                        case MAX -> max;
                        case AVERAGE -> sum / (window * window);
                        case L2 -> Math.sqrt(sq);
                    };
                }
            }
        }
        return y;
    }

    /**
     * @param x input {@code [B, C, H, W]}
     * @param d upstream gradient {@code [B, C, OH, OW]}
     * @return {@code dL/dX [B, C, H, W]}
     */
    public INDArray backward(INDArray x, INDArray d) {
        long[] s = x.shape();
        int oh = out(s[2]);
        int ow = out(s[3]);
        double[] xv = x.castTo(DataType.DOUBLE).dup('c').reshape(x.length()).toDoubleVector();
        double[] dv = d.castTo(DataType.DOUBLE).dup('c').reshape(d.length()).toDoubleVector();
        double[] dx = new double[xv.length];
        double[] pooled = forward(x).reshape(d.length()).toDoubleVector();
        for (int p = 0; p < s[0] * s[1]; p++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int yi = (p * oh + i) * ow + j;
                    boolean sent = false;
                    for (int m = 0; m < window; m++) {
                        for (int n = 0; n < window; n++) {
                            int xi = (int) ((p * s[2] + i * stride + m) * s[3] + j * stride + n);
                            switch (kind) {
                                case MAX -> {
                                    if (!sent && xv[xi] == pooled[yi]) {
                                        dx[xi] += dv[yi];
                                        sent = true;
                                    }
                                }
                                case AVERAGE -> dx[xi] += dv[yi] / (window * window);
                                case L2 -> dx[xi] += dv[yi] * xv[xi] / pooled[yi];
                            }
                        }
                    }
                }
            }
        }
        return Nd4j.create(dx, s, 'c');
    }

    /**
     * ND4J's built-in {@code maxpool2d} / {@code avgpool2d} ops, the independent oracle (max and
     * average only).
     *
     * @param x {@code [B, C, H, W]}
     * @return {@code [B, C, OH, OW]}
     */
    public INDArray builtIn(INDArray x) {
        Pooling2DConfig config = Pooling2DConfig.builder().kH(window).kW(window).sH(stride).sW(stride).pH(0).pW(0)
                .dH(1).dW(1).isNHWC(false).divisor(Pooling2D.Divisor.INCLUDE_PADDING)
                .type(kind == PoolKind.MAX ? Pooling2D.Pooling2DType.MAX : Pooling2D.Pooling2DType.AVG).build();
        return switch (kind) {
            case MAX -> Nd4j.cnn().maxPooling2d(x.dup(), config);
            case AVERAGE -> Nd4j.cnn().avgPooling2d(x.dup(), config);
            case L2 -> throw new UnsupportedOperationException("ND4J has no built-in L2 pooling op here");
        };
    }

    /**
     * @param n input length
     * @return {@code floor((n - k)/s) + 1}
     */
    public int out(long n) {
        return (int) ((n - window) / stride + 1);
    }

    /**
     * One-dimensional max pooling of a row.
     *
     * @param x {@code [n]}
     * @param width window
     * @param stride stride
     * @return {@code [floor((n - width)/stride) + 1]}
     */
    public static double[] maxPool1d(double[] x, int width, int stride) {
        double[] y = new double[(x.length - width) / stride + 1];
        for (int i = 0; i < y.length; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < width; a++) {
                m = Math.max(m, x[i * stride + a]);
            }
            y[i] = m;
        }
        return y;
    }

    /**
     * One-dimensional max pooling that keeps the length: output {@code i} is the maximum of
     * {@code x[i - (w-1)/2 .. i + w/2]} over the indices that exist (as if padded with {@code -inf}).
     *
     * @param x {@code [n]}
     * @param width window {@code w}
     * @return {@code [n]}
     */
    public static double[] maxPoolSame1d(double[] x, int width) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int a = i - (width - 1) / 2; a <= i + width / 2; a++) {
                if (a >= 0 && a < x.length) {
                    m = Math.max(m, x[a]);
                }
            }
            y[i] = m;
        }
        return y;
    }
}
