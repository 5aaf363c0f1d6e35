package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A locally connected ("unshared convolution") layer: every output position has its own kernel,
 * {@code Z[b,o,i,j] = sum_{c,m,n} X[b, c, iS+m, jS+n] w[i, j, o, c, m, n]} (Goodfellow et al. eq. 9.9,
 * valid, stride S). Weights {@code [OH, OW, O, C, F, F]}: {@code OH OW} times the parameters of one
 * kernel. Tiled convolution (eq. 9.10) cycles through {@code t x t} kernels {@code [t, t, O, C, F, F]},
 * position {@code (i, j)} using kernel {@code (i mod t, j mod t)}; {@code t = 1} is ordinary
 * convolution and {@code t = OH = OW} is a locally connected layer.
 *
 * @param conv the geometry (one group, no padding)
 */
public record LocallyConnected2d(Conv2d conv) {

    /** @return {@code [OH, OW, O, C, F, F']} */
    public long[] weightShape() {
        return new long[] {conv.outHeight(), conv.outWidth(), conv.filters(), conv.channels(), conv.kernelH(), conv.kernelW()};
    }

    /** @return {@code OH OW O C F F'}, no biases */
    public long parameterCount() {
        long n = 1;
        for (long d : weightShape()) {
            n *= d;
        }
        return n;
    }

    /**
     * @param x {@code [B, C, H, W]}
     * @param w {@code [OH, OW, O, C, F, F']}
     * @return {@code [B, O, OH, OW]}
     */
    public INDArray forward(INDArray x, INDArray w) {
        return Nd4j.create(forward(Conv2d.flat(x), Conv2d.flat(w)), conv.outputShape(), 'c');
    }

    /**
     * @param x input, c order
     * @param w weights, c order
     * @return the output, c order
     */
    public double[] forward(double[] x, double[] w) {
        double[] z = new double[conv.batch() * conv.filters() * conv.outHeight() * conv.outWidth()];
        terms((zi, xi, wi) -> z[zi] += x[xi] * w[wi]);
        return z;
    }

    /**
     * @param x input
     * @param d upstream gradient {@code [B, O, OH, OW]}
     * @return {@code dL/dw[i,j,o,c,m,n] = sum_b D[b,o,i,j] X[b, c, iS+m, jS+n]}
     */
    public INDArray weightGradient(INDArray x, INDArray d) {
        double[] xv = Conv2d.flat(x);
        double[] dv = Conv2d.flat(d);
        double[] g = new double[(int) parameterCount()];
        terms((zi, xi, wi) -> g[wi] += dv[zi] * xv[xi]);
        return Nd4j.create(g, weightShape(), 'c');
    }

    /**
     * @param k one kernel {@code [O, C, F, F']}
     * @return the weights that use {@code k} at every position (all positions tied)
     */
    public INDArray tied(INDArray k) {
        return tiled(k.reshape('c', 1, 1, k.size(0), k.size(1), k.size(2), k.size(3)));
    }

    /**
     * @param kernels {@code [t, t', O, C, F, F']} (rows cycle with period {@code t}, columns with {@code t'})
     * @return the locally connected weights of the tiled convolution with these kernels
     */
    public INDArray tiled(INDArray kernels) {
        int ti = (int) kernels.size(0);
        int tj = (int) kernels.size(1);
        int per = conv.filters() * conv.channels() * conv.kernelH() * conv.kernelW();
        double[] k = Conv2d.flat(kernels);
        double[] w = new double[(int) parameterCount()];
        for (int i = 0; i < conv.outHeight(); i++) {
            for (int j = 0; j < conv.outWidth(); j++) {
                System.arraycopy(k, ((i % ti) * tj + j % tj) * per, w, (i * conv.outWidth() + j) * per, per);
            }
        }
        return Nd4j.create(w, weightShape(), 'c');
    }

    /**
     * @param t tile period
     * @return parameters of a tiled convolution, {@code t^2 O C F F'}
     */
    public long tiledParameterCount(int t) {
        return (long) t * t * conv.filters() * conv.channels() * conv.kernelH() * conv.kernelW();
    }

    private void terms(Conv2d.Term term) {
        int plane = conv.outHeight() * conv.outWidth();
        int perKernel = conv.filters() * conv.channels() * conv.kernelH() * conv.kernelW();
        // The conv's kernel index plus the output position's block gives the local weight index.
        conv.visit((zi, xi, ki) -> term.accept(zi, xi, (zi % plane) * perKernel + ki));
    }
}
