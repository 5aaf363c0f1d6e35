package io.verideck.numeric.autoencoder;

/**
 * The contractive penalty {@code Omega = lambda ||J_f(x)||_F^2 = lambda sum_i ||grad_x h_i||^2}. For a
 * sigmoid encoder {@code h = sigma(W x + b)}, {@code J = diag(h . (1-h)) W}, so
 * {@code ||J||_F^2 = sum_j (h_j (1-h_j))^2 ||W_j||^2} with {@code s_j = h_j(1-h_j)}. Gradient (per
 * example, {@code ds_j/da_j = s_j (1 - 2h_j)}): {@code dOmega/db_j = 2 lambda s_j^2 (1-2h_j) ||W_j||^2},
 * {@code dOmega/dW_jk = 2 lambda s_j^2 (1-2h_j) ||W_j||^2 x_k + 2 lambda s_j^2 W_jk}. Averaged over
 * examples. Rifai et al., "Contractive auto-encoders" (ICML 2011).
 *
 * @param lambda {@code lambda >= 0}
 */
public record ContractivePenalty(double lambda) implements CodePenalty {

    /**
     * @param ae an autoencoder with a sigmoid encoder
     * @param x one input {@code [d]}
     * @return {@code J = diag(h(1-h)) W}, {@code [p, d]}
     */
    public static double[][] jacobian(Autoencoder ae, double[] x) {
        requireSigmoid(ae);
        double[] h = ae.encode(new double[][] {x})[0];
        double[][] j = new double[ae.codes()][ae.inputs()];
        for (int r = 0; r < ae.codes(); r++) {
            for (int k = 0; k < ae.inputs(); k++) {
                j[r][k] = h[r] * (1 - h[r]) * ae.w()[r][k];
            }
        }
        return j;
    }

    /**
     * @param ae sigmoid-encoder autoencoder
     * @param x one input
     * @return {@code sum_j (h_j(1-h_j))^2 ||W_j||^2}
     */
    public static double frobeniusSquared(Autoencoder ae, double[] x) {
        requireSigmoid(ae);
        double[] h = ae.encode(new double[][] {x})[0];
        double s = 0;
        for (int j = 0; j < h.length; j++) {
            double sj = h[j] * (1 - h[j]);
            s += sj * sj * rowNormSquared(ae.w()[j]);
        }
        return s;
    }

    @Override
    public double value(Autoencoder ae, double[][] x) {
        double s = 0;
        for (double[] row : x) {
            s += frobeniusSquared(ae, row);
        }
        return lambda * s / x.length;
    }

    @Override
    public AutoencoderGradients gradients(Autoencoder ae, double[][] x) {
        requireSigmoid(ae);
        int n = x.length;
        double[][] h = ae.encode(x);
        double[] r = new double[ae.codes()];
        for (int j = 0; j < r.length; j++) {
            r[j] = rowNormSquared(ae.w()[j]);
        }
        double[][] da = new double[n][ae.codes()];
        double[] s2 = new double[ae.codes()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < ae.codes(); j++) {
                double sj = h[i][j] * (1 - h[i][j]);
                da[i][j] = 2 * lambda / n * sj * sj * (1 - 2 * h[i][j]) * r[j];
                s2[j] += sj * sj;
            }
        }
        double[][] dw = Dense.transposedTimes(da, x);
        for (int j = 0; j < ae.codes(); j++) {
            for (int k = 0; k < ae.inputs(); k++) {
                dw[j][k] += 2 * lambda / n * s2[j] * ae.w()[j][k];
            }
        }
        return new AutoencoderGradients(dw, Dense.columnSums(da), new double[ae.inputs()][ae.codes()], new double[ae.inputs()]);
    }

    private static double rowNormSquared(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v * v;
        }
        return s;
    }

    private static void requireSigmoid(Autoencoder ae) {
        if (ae.encoder() != Squash.SIGMOID) {
            throw new IllegalArgumentException("the closed form needs a sigmoid encoder");
        }
    }
}
