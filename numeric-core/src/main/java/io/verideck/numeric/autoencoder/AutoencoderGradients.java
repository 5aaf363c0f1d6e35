package io.verideck.numeric.autoencoder;

/**
 * Gradients of a scalar with respect to the parameters of an {@link Autoencoder}, same shapes.
 *
 * @param w {@code [p, d]}
 * @param b {@code [p]}
 * @param v {@code [d, p]}
 * @param c {@code [d]}
 */
public record AutoencoderGradients(double[][] w, double[] b, double[][] v, double[] c) {

    /**
     * @param o other gradients of the same shapes
     * @return the sum
     */
    public AutoencoderGradients plus(AutoencoderGradients o) {
        double[][] nw = Dense.copy(w);
        double[][] nv = Dense.copy(v);
        double[] nb = b.clone();
        double[] nc = c.clone();
        for (int i = 0; i < nw.length; i++) {
            for (int j = 0; j < nw[0].length; j++) {
                nw[i][j] += o.w[i][j];
                nv[j][i] += o.v[j][i];
            }
            nb[i] += o.b[i];
        }
        for (int j = 0; j < nc.length; j++) {
            nc[j] += o.c[j];
        }
        return new AutoencoderGradients(nw, nb, nv, nc);
    }

    /**
     * The gradient with respect to the shared matrix of a tied autoencoder ({@code V = W^T}):
     * {@code dW + dV^T}, placed in both slots so a step keeps the tie.
     *
     * @return the tied gradient
     */
    public AutoencoderGradients tied() {
        double[][] nw = Dense.copy(w);
        double[][] nv = Dense.copy(v);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                nw[i][j] = w[i][j] + v[j][i];
                nv[j][i] = nw[i][j];
            }
        }
        return new AutoencoderGradients(nw, b.clone(), nv, c.clone());
    }

    /** @return all entries flattened in the order W, b, V, c (row-major) */
    public double[] flat() {
        int p = w.length;
        int d = w[0].length;
        double[] out = new double[2 * p * d + p + d];
        int k = 0;
        for (double[] row : w) {
            for (double x : row) {
                out[k++] = x;
            }
        }
        for (double x : b) {
            out[k++] = x;
        }
        for (double[] row : v) {
            for (double x : row) {
                out[k++] = x;
            }
        }
        for (double x : c) {
            out[k++] = x;
        }
        return out;
    }
}
