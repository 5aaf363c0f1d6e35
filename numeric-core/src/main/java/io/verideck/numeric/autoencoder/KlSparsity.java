package io.verideck.numeric.autoencoder;

/**
 * The KL sparsity penalty {@code Omega = beta sum_j KL(rho || rhohat_j)} with
 * {@code KL(rho || r) = rho log(rho/r) + (1-rho) log((1-rho)/(1-r))} and
 * {@code rhohat_j = (1/m) sum_i h_j(x_i)} the mean activation of unit {@code j}; its derivative is
 * {@code dOmega/drhohat_j = beta (-rho/rhohat_j + (1-rho)/(1-rhohat_j))}. Ng, "Sparse autoencoder"
 * (CS294A lecture notes, 2011).
 */
public final class KlSparsity {
    private KlSparsity() {
    }

    /**
     * @param rho target rate in (0, 1)
     * @param r mean activation in (0, 1)
     * @return {@code KL(rho || r)}
     */
    public static double divergence(double rho, double r) {
        return rho * Math.log(rho / r) + (1 - rho) * Math.log((1 - rho) / (1 - r));
    }

    /**
     * @param rho target rate
     * @param rhoHat mean activations
     * @param beta weight
     * @return {@code beta sum_j KL(rho || rhohat_j)}
     */
    public static double penalty(double rho, double[] rhoHat, double beta) {
        double s = 0;
        for (double r : rhoHat) {
            s += divergence(rho, r);
        }
        return beta * s;
    }

    /**
     * @param rho target rate
     * @param rhoHat mean activations
     * @param beta weight
     * @return {@code beta (-rho/rhohat_j + (1-rho)/(1-rhohat_j))} for every {@code j}
     */
    public static double[] gradient(double rho, double[] rhoHat, double beta) {
        double[] g = new double[rhoHat.length];
        for (int j = 0; j < g.length; j++) {
            g[j] = beta * (-rho / rhoHat[j] + (1 - rho) / (1 - rhoHat[j]));
        }
        return g;
    }

    /**
     * @param h codes {@code [m, p]}
     * @return {@code rhohat [p]}, the column means
     */
    public static double[] meanActivation(double[][] h) {
        double[] s = Dense.columnSums(h);
        for (int j = 0; j < s.length; j++) {
            s[j] /= h.length;
        }
        return s;
    }
}
