package io.verideck.numeric.autoencoder;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A one-hidden-layer autoencoder: encoder {@code h = f(W x + b)}, decoder {@code x' = g(V h + c)},
 * reconstruction {@code x' = g(f(x))} (decode after encode), loss
 * {@code L = (1/n) sum_i ||t_i - x'_i||^2} with targets {@code t = x} (plain) or the clean data when
 * the input is corrupted (denoising). Shapes: {@code W [p, d]}, {@code b [p]}, {@code V [d, p]},
 * {@code c [d]}, input rows {@code X [n, d]}, code {@code H [n, p]}.
 *
 * <p>Backward pass: {@code dX' = (2/n)(X' - T)}, {@code dO = dX' . g'(O)}, {@code dV = dO^T H},
 * {@code dc = sum_rows dO}, {@code dA = (dO V) . f'(A)}, {@code dW = dA^T X}, {@code db = sum_rows dA}.
 * Goodfellow et al. section 14.1; Rumelhart, Hinton and Williams (1986).
 *
 * @param w {@code W [p, d]}
 * @param b {@code b [p]}
 * @param v {@code V [d, p]} (the decoder, {@code W'})
 * @param c {@code c [d]}
 * @param encoder {@code f}
 * @param decoder {@code g}
 */
public record Autoencoder(double[][] w, double[] b, double[][] v, double[] c, Squash encoder, Squash decoder) {

    /**
     * @param w W
     * @param b b
     * @param v V
     * @param c c
     * @param encoder f
     * @param decoder g
     */
    public Autoencoder {
        if (v.length != w[0].length || v[0].length != w.length || b.length != w.length || c.length != v.length) {
            throw new IllegalArgumentException("shapes: W [p, d], b [p], V [d, p], c [d]");
        }
    }

    /**
     * @param w {@code [p, d]}
     * @param b {@code [p]}
     * @param v {@code [d, p]}
     * @param c {@code [d]}
     * @param encoder f
     * @param decoder g
     * @return the autoencoder
     */
    public static Autoencoder of(INDArray w, INDArray b, INDArray v, INDArray c, Squash encoder, Squash decoder) {
        return new Autoencoder(Dense.of(w), Dense.vector(b), Dense.of(v), Dense.vector(c), encoder, decoder);
    }

    /**
     * A tied-weights autoencoder: the decoder is the transposed encoder, {@code V = W^T}.
     *
     * @param w {@code [p, d]}
     * @param b {@code [p]}
     * @param c {@code [d]}
     * @param encoder f
     * @param decoder g
     * @return the autoencoder with {@code V = W^T}
     */
    public static Autoencoder tied(double[][] w, double[] b, double[] c, Squash encoder, Squash decoder) {
        double[][] v = new double[w[0].length][w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                v[j][i] = w[i][j];
            }
        }
        return new Autoencoder(Dense.copy(w), b.clone(), v, c.clone(), encoder, decoder);
    }

    /** @return input size {@code d} */
    public int inputs() {
        return w[0].length;
    }

    /** @return code size {@code p} */
    public int codes() {
        return w.length;
    }

    /**
     * @param x {@code [n, d]}
     * @return {@code H = f(X W^T + b)} {@code [n, p]}
     */
    public double[][] encode(double[][] x) {
        return layer(x, w, b, encoder);
    }

    /**
     * @param h {@code [n, p]}
     * @return {@code g(H V^T + c)} {@code [n, d]}
     */
    public double[][] decode(double[][] h) {
        return layer(h, v, c, decoder);
    }

    /**
     * @param x {@code [n, d]}
     * @return {@code g(f(x))}
     */
    public double[][] reconstruct(double[][] x) {
        return decode(encode(x));
    }

    /**
     * @param x {@code [n, d]}
     * @return the code {@code [n, p]}
     */
    public INDArray encode(INDArray x) {
        return Dense.nd(encode(Dense.of(x)));
    }

    /**
     * @param h {@code [n, p]}
     * @return the decoding {@code [n, d]}; a shape error if {@code h} does not have {@code p} columns
     */
    public INDArray decode(INDArray h) {
        double[][] a = Dense.of(h);
        if (a[0].length != codes()) {
            throw new IllegalArgumentException("decoder expects " + codes() + " code units, got " + a[0].length);
        }
        return Dense.nd(decode(a));
    }

    /**
     * @param input {@code [n, d]}, what the encoder sees
     * @param target {@code [n, d]}, what the reconstruction is compared with
     * @return {@code (1/n) sum_i ||t_i - g(f(x_i))||^2}
     */
    public double loss(double[][] input, double[][] target) {
        double[][] r = reconstruct(input);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                double e = target[i][j] - r[i][j];
                s += e * e;
            }
        }
        return s / r.length;
    }

    /**
     * @param input encoder input
     * @param target reconstruction target
     * @return the gradient of {@link #loss} with respect to all four parameters
     */
    public AutoencoderGradients gradients(double[][] input, double[][] target) {
        int n = input.length;
        double[][] h = encode(input);
        double[][] r = decode(h);
        double[][] dOut = new double[n][inputs()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < inputs(); j++) {
                dOut[i][j] = 2.0 / n * (r[i][j] - target[i][j]) * decoder.slope(r[i][j]);
            }
        }
        double[][] dH = Dense.times(dOut, v);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < codes(); j++) {
                dH[i][j] *= encoder.slope(h[i][j]);
            }
        }
        return new AutoencoderGradients(Dense.transposedTimes(dH, input), Dense.columnSums(dH), Dense.transposedTimes(dOut, h),
                Dense.columnSums(dOut));
    }

    /**
     * @param g gradients
     * @param rate step size
     * @return the parameters after the step {@code theta - rate g}
     */
    public Autoencoder step(AutoencoderGradients g, double rate) {
        double[][] nw = Dense.copy(w);
        double[][] nv = Dense.copy(v);
        double[] nb = b.clone();
        double[] nc = c.clone();
        for (int i = 0; i < nw.length; i++) {
            for (int j = 0; j < nw[0].length; j++) {
                nw[i][j] -= rate * g.w()[i][j];
                nv[j][i] -= rate * g.v()[j][i];
            }
            nb[i] -= rate * g.b()[i];
        }
        for (int j = 0; j < nc.length; j++) {
            nc[j] -= rate * g.c()[j];
        }
        return new Autoencoder(nw, nb, nv, nc, encoder, decoder);
    }

    private static double[][] layer(double[][] x, double[][] weights, double[] bias, Squash f) {
        double[][] a = Dense.timesTransposed(x, weights);
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = f.apply(row[j] + bias[j]);
            }
        }
        return a;
    }
}
