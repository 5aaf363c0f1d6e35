package io.verideck.numeric.generative;

/**
 * A Bayesian network over binary variables listed in topological order (claim M1):
 * {@code P(x_1..x_n) = prod_i P(x_i | pa(x_i))}. Node {@code i}'s table holds {@code P(x_i = 1 | pa = c)}
 * for each parent configuration {@code c = sum_j x_{pa_j} 2^j}, so it has {@code 2^{|pa(i)|}} free
 * parameters, against {@code 2^n - 1} for the full joint table. Ancestral sampling draws the nodes in
 * order from their conditionals. Reference: Koller and Friedman, <i>Probabilistic Graphical Models</i>
 * (2009), chapter 3; Goodfellow et al. (2016), section 16.2.1.
 *
 * @param parents parents of each node, all with smaller indices
 * @param tables {@code P(x_i = 1 | pa = c)}, one array of length {@code 2^{|pa(i)|}} per node
 */
public record BayesNet(int[][] parents, double[][] tables) {

    /** @return the number of nodes */
    public int size() {
        return parents.length;
    }

    /**
     * @param x a full assignment
     * @return {@code P(x)} by the factorization
     */
    public double probability(int[] x) {
        double p = 1;
        for (int i = 0; i < size(); i++) {
            double one = tables[i][configuration(i, x)];
            p *= x[i] == 1 ? one : 1 - one;
        }
        return p;
    }

    /** @return {@code P(x)} for every assignment, index {@code sum_i x_i 2^i} */
    public double[] joint() {
        int n = size();
        double[] out = new double[1 << n];
        int[] x = new int[n];
        for (int code = 0; code < out.length; code++) {
            for (int i = 0; i < n; i++) {
                x[i] = (code >> i) & 1;
            }
            out[code] = probability(x);
        }
        return out;
    }

    /** @return {@code P(x_i = 1)} for every node, by summing the joint */
    public double[] marginals() {
        double[] joint = joint();
        double[] m = new double[size()];
        for (int code = 0; code < joint.length; code++) {
            for (int i = 0; i < m.length; i++) {
                if (((code >> i) & 1) == 1) {
                    m[i] += joint[code];
                }
            }
        }
        return m;
    }

    /**
     * Ancestral sampling driven by given uniforms.
     *
     * @param uniforms {@code [N][n]} values in {@code [0, 1)}
     * @return the samples {@code [N][n]}
     */
    public int[][] sample(double[][] uniforms) {
        int[][] out = new int[uniforms.length][size()];
        for (int s = 0; s < uniforms.length; s++) {
            for (int i = 0; i < size(); i++) {
                out[s][i] = uniforms[s][i] < tables[i][configuration(i, out[s])] ? 1 : 0;
            }
        }
        return out;
    }

    /** @return {@code sum_i 2^{|pa(i)|}}, the free parameters of the factorization */
    public long parameterCount() {
        long c = 0;
        for (int[] p : parents) {
            c += 1L << p.length;
        }
        return c;
    }

    /**
     * @param n number of binary variables (real, for checking a card's formula)
     * @return {@code 2^n - 1}, the free parameters of a full joint table
     */
    public static double fullTableParameters(double n) {
        return Math.pow(2, n) - 1;
    }

    private int configuration(int node, int[] x) {
        int c = 0;
        for (int j = 0; j < parents[node].length; j++) {
            c |= x[parents[node][j]] << j;
        }
        return c;
    }
}
