package io.verideck.numeric.generative;

import java.util.SplittableRandom;

/**
 * A restricted Boltzmann machine over binary units (claim M19): {@code E(v, h) = -a^T v - b^T h - v^T W h},
 * {@code p(v, h) = exp(-E) / Z}; the conditionals factorize, {@code p(h_j = 1 | v) = sigma(b_j + v^T W_{:,j})}
 * and {@code p(v_i = 1 | h) = sigma(a_i + W_{i,:} h)}; summing out {@code h} gives {@code p(v) propto
 * exp(-F(v))} with the free energy {@code F(v) = -a^T v - sum_j log(1 + exp(b_j + v^T W_{:,j}))}. Block
 * Gibbs sampling alternates the two conditionals. Reference: Goodfellow et al. (2016), section 20.2;
 * Hinton, "A Practical Guide to Training RBMs" (2010).
 *
 * @param visibleBias {@code a [m]}
 * @param hiddenBias {@code b [k]}
 * @param weights {@code W [m][k]}
 */
public record Rbm(double[] visibleBias, double[] hiddenBias, double[][] weights) {

    /**
     * @param v visible units
     * @param h hidden units
     * @return {@code E(v, h)}
     */
    public double energy(int[] v, int[] h) {
        double e = 0;
        for (int i = 0; i < v.length; i++) {
            e -= visibleBias[i] * v[i];
            for (int j = 0; j < h.length; j++) {
                e -= v[i] * weights[i][j] * h[j];
            }
        }
        for (int j = 0; j < h.length; j++) {
            e -= hiddenBias[j] * h[j];
        }
        return e;
    }

    /** @return {@code p(v, h)} by enumeration, {@code [2^m][2^k]}, bit {@code i} of the index is unit {@code i} */
    public double[][] joint() {
        int m = visibleBias.length;
        int k = hiddenBias.length;
        double[][] p = new double[1 << m][1 << k];
        double z = 0;
        for (int v = 0; v < p.length; v++) {
            for (int h = 0; h < p[v].length; h++) {
                p[v][h] = Math.exp(-energy(bits(v, m), bits(h, k)));
                z += p[v][h];
            }
        }
        for (double[] row : p) {
            for (int h = 0; h < row.length; h++) {
                row[h] /= z;
            }
        }
        return p;
    }

    /**
     * @param v visible units
     * @return {@code p(h_j = 1 | v)} for every hidden unit
     */
    public double[] hiddenGivenVisible(int[] v) {
        double[] p = new double[hiddenBias.length];
        for (int j = 0; j < p.length; j++) {
            double s = hiddenBias[j];
            for (int i = 0; i < v.length; i++) {
                s += v[i] * weights[i][j];
            }
            p[j] = 1 / (1 + Math.exp(-s));
        }
        return p;
    }

    /**
     * @param h hidden units
     * @return {@code p(v_i = 1 | h)} for every visible unit
     */
    public double[] visibleGivenHidden(int[] h) {
        double[] p = new double[visibleBias.length];
        for (int i = 0; i < p.length; i++) {
            double s = visibleBias[i];
            for (int j = 0; j < h.length; j++) {
                s += weights[i][j] * h[j];
            }
            p[i] = 1 / (1 + Math.exp(-s));
        }
        return p;
    }

    /**
     * @param v visible units
     * @return {@code F(v)}
     */
    public double freeEnergy(int[] v) {
        double f = 0;
        for (int i = 0; i < v.length; i++) {
            f -= visibleBias[i] * v[i];
        }
        for (int j = 0; j < hiddenBias.length; j++) {
            double s = hiddenBias[j];
            for (int i = 0; i < v.length; i++) {
                s += v[i] * weights[i][j];
            }
            f -= Math.log1p(Math.exp(s));
        }
        return f;
    }

    /**
     * Block Gibbs sampling from {@code v = 0}; counts how often each visible state occurs after burn-in.
     *
     * @param burnIn steps discarded
     * @param steps steps kept
     * @param random the caller's seeded generator
     * @return visits per visible state, {@code [2^m]}
     */
    public long[] gibbsVisits(int burnIn, int steps, SplittableRandom random) {
        int m = visibleBias.length;
        int[] v = new int[m];
        int[] h = new int[hiddenBias.length];
        long[] visits = new long[1 << m];
        for (int s = 0; s < burnIn + steps; s++) {
            double[] ph = hiddenGivenVisible(v);
            for (int j = 0; j < h.length; j++) {
                h[j] = random.nextDouble() < ph[j] ? 1 : 0;
            }
            double[] pv = visibleGivenHidden(h);
            int code = 0;
            for (int i = 0; i < m; i++) {
                v[i] = random.nextDouble() < pv[i] ? 1 : 0;
                code |= v[i] << i;
            }
            if (s >= burnIn) {
                visits[code]++;
            }
        }
        return visits;
    }

    /**
     * @param code index
     * @param n width
     * @return the bits of {@code code}, least significant first
     */
    public static int[] bits(int code, int n) {
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = (code >> i) & 1;
        }
        return b;
    }
}
