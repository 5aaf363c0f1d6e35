package io.verideck.numeric.generative;

import java.util.List;

/**
 * An undirected model over binary variables (claim M2): {@code P~(x) = prod_c phi_c(x_c)} with
 * nonnegative clique potentials, {@code P = P~ / Z}, {@code Z = sum_x P~(x)}; in energy form
 * {@code P(x) = exp(-E(x)) / Z} with {@code E = -log P~}, finite exactly where every potential is
 * positive. Z by enumeration of all {@code 2^n} states. Reference: Goodfellow et al. (2016), sections
 * 16.2.2-16.2.4.
 *
 * @param size number of variables {@code n}
 * @param cliques variables of each clique
 * @param potentials {@code phi_c} per clique, indexed by {@code sum_j x_{c_j} 2^j}
 */
public record MarkovRandomField(int size, List<int[]> cliques, List<double[]> potentials) {

    /** @return {@code P~(x)} for every state, index {@code sum_i x_i 2^i} */
    public double[] unnormalized() {
        double[] out = new double[1 << size];
        for (int code = 0; code < out.length; code++) {
            double p = 1;
            for (int c = 0; c < cliques.size(); c++) {
                int[] vars = cliques.get(c);
                int k = 0;
                for (int j = 0; j < vars.length; j++) {
                    k |= ((code >> vars[j]) & 1) << j;
                }
                p *= potentials.get(c)[k];
            }
            out[code] = p;
        }
        return out;
    }

    /** @return {@code Z} */
    public double partition() {
        double z = 0;
        for (double p : unnormalized()) {
            z += p;
        }
        return z;
    }

    /** @return {@code P(x) = P~(x) / Z} for every state */
    public double[] probabilities() {
        double[] p = unnormalized();
        double z = partition();
        for (int i = 0; i < p.length; i++) {
            p[i] /= z;
        }
        return p;
    }

    /** @return {@code E(x) = -log P~(x)} for every state ({@code +inf} where a potential is 0) */
    public double[] energies() {
        double[] p = unnormalized();
        double[] e = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            e[i] = -Math.log(p[i]);
        }
        return e;
    }

    /**
     * @param energies {@code E(x)} per state
     * @return {@code exp(-E(x)) / sum_x exp(-E(x))}
     */
    public static double[] boltzmann(double[] energies) {
        double[] p = new double[energies.length];
        double z = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(-energies[i]);
            z += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= z;
        }
        return p;
    }
}
