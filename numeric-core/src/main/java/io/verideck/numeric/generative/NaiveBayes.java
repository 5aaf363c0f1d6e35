package io.verideck.numeric.generative;

/**
 * Naive Bayes over categorical features (claim M9): {@code p(c | x) = p(c) prod_i p(x_i | c) / sum_c'
 * p(c') prod_i p(x_i | c')}; the numerator alone is proportional to the posterior, not equal to it.
 * Reference: Murphy, <i>Machine Learning: A Probabilistic Perspective</i> (2012), section 3.5.
 *
 * @param prior {@code p(c)}, {@code [C]}
 * @param likelihood {@code p(x_i = v | c)} as {@code [C][n][V]}
 */
public record NaiveBayes(double[] prior, double[][][] likelihood) {

    /**
     * @param x feature values, {@code [n]}
     * @return {@code p(c) prod_i p(x_i | c)} per class (unnormalized)
     */
    public double[] unnormalized(int[] x) {
        double[] u = new double[prior.length];
        for (int c = 0; c < u.length; c++) {
            double p = prior[c];
            for (int i = 0; i < x.length; i++) {
                p *= likelihood[c][i][x[i]];
            }
            u[c] = p;
        }
        return u;
    }

    /**
     * @param x feature values
     * @return the posterior {@code p(c | x)}
     */
    public double[] posterior(int[] x) {
        double[] u = unnormalized(x);
        double z = 0;
        for (double v : u) {
            z += v;
        }
        for (int c = 0; c < u.length; c++) {
            u[c] /= z;
        }
        return u;
    }
}
