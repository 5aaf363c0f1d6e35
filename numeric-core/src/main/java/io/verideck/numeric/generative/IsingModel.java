package io.verideck.numeric.generative;

import io.verideck.numeric.softmax.Softmax;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected Ising model on {@code n} spins {@code x_i in {-1, +1}} (claim M3):
 * {@code log p~(x; theta) = theta . phi(x)} with features {@code phi(x) = (x_1..x_n, x_i x_j for i < j)}
 * and parameters {@code theta = (h, J)}. Then {@code grad log Z = E_p[phi]}, so the gradient of the mean
 * log-likelihood of data is the positive phase {@code mean phi(data)} minus the negative phase
 * {@code E_p[phi]}. Exact values come from enumerating the {@code 2^n} states (as one matrix of
 * features {@code F [2^n, P]}); the negative phase can also be estimated by Gibbs sampling,
 * {@code p(x_i = 1 | rest) = sigma(2 (h_i + sum_j J_ij x_j))}. Reference: Goodfellow et al. (2016),
 * chapter 18 (equations 18.4-18.15); Koller and Friedman (2009), section 19.
 *
 * @param spins {@code n}
 */
public record IsingModel(int spins) {

    /** @return the number of parameters {@code P = n + n (n - 1) / 2} */
    public int parameters() {
        return spins + spins * (spins - 1) / 2;
    }

    /**
     * @param x spins
     * @return {@code phi(x)}
     */
    public double[] features(int[] x) {
        double[] f = new double[parameters()];
        int k = 0;
        for (int i = 0; i < spins; i++) {
            f[k++] = x[i];
        }
        for (int i = 0; i < spins; i++) {
            for (int j = i + 1; j < spins; j++) {
                f[k++] = x[i] * x[j];
            }
        }
        return f;
    }

    /** @return {@code F [2^n, P]}, the features of every state (bit {@code i} of the row index set means {@code x_i = +1}) */
    public INDArray featureMatrix() {
        double[][] f = new double[1 << spins][];
        for (int code = 0; code < f.length; code++) {
            f[code] = features(state(code));
        }
        return Nd4j.createFromArray(f);
    }

    /**
     * @param thetas parameters, {@code [S, P]}
     * @return {@code log Z} per row, {@code [S]}, by enumeration
     */
    public INDArray logPartition(INDArray thetas) {
        return Softmax.logSumExp(thetas.mmul(featureMatrix().transpose()));
    }

    /**
     * @param theta parameters {@code [P]}
     * @return {@code E_p[phi]}, {@code [P]}, by enumeration
     */
    public INDArray expectedFeatures(INDArray theta) {
        INDArray f = featureMatrix();
        INDArray p = Softmax.probabilities(theta.reshape(1, theta.length()).mmul(f.transpose()));
        return p.mmul(f).reshape(theta.length());
    }

    /**
     * @param thetas parameters {@code [S, P]}
     * @param data states {@code [N][n]}
     * @return the mean log-likelihood of the data per row, {@code [S]}
     */
    public INDArray meanLogLikelihood(INDArray thetas, int[][] data) {
        INDArray positive = positivePhase(data);
        return thetas.mmul(positive.reshape(positive.length(), 1)).reshape(thetas.rows()).subi(logPartition(thetas));
    }

    /**
     * @param data states
     * @return {@code mean phi(data)}, the positive phase
     */
    public INDArray positivePhase(int[][] data) {
        double[] m = new double[parameters()];
        for (int[] x : data) {
            double[] f = features(x);
            for (int k = 0; k < m.length; k++) {
                m[k] += f[k] / data.length;
            }
        }
        return Nd4j.createFromArray(m);
    }

    /**
     * Gibbs sampling: {@code sweeps} full sweeps after {@code burnIn}, returning the feature value of
     * each kept sweep.
     *
     * @param theta parameters {@code [P]}
     * @param burnIn sweeps discarded
     * @param sweeps sweeps kept
     * @param random the caller's seeded generator
     * @return {@code phi(x)} after each kept sweep, {@code [sweeps][P]}
     */
    public double[][] gibbs(double[] theta, int burnIn, int sweeps, SplittableRandom random) {
        double[][] j = new double[spins][spins];
        int k = spins;
        for (int a = 0; a < spins; a++) {
            for (int b = a + 1; b < spins; b++) {
                j[a][b] = theta[k];
                j[b][a] = theta[k++];
            }
        }
        int[] x = new int[spins];
        java.util.Arrays.fill(x, 1);
        double[][] out = new double[sweeps][];
        for (int s = 0; s < burnIn + sweeps; s++) {
            for (int i = 0; i < spins; i++) {
                double field = theta[i];
                for (int b = 0; b < spins; b++) {
                    field += j[i][b] * x[b];
                }
                x[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * field)) ? 1 : -1;
            }
            if (s >= burnIn) {
                out[s - burnIn] = features(x);
            }
        }
        return out;
    }

    /**
     * @param code state index
     * @return the spins of that state
     */
    public int[] state(int code) {
        int[] x = new int[spins];
        for (int i = 0; i < spins; i++) {
            x[i] = ((code >> i) & 1) == 1 ? 1 : -1;
        }
        return x;
    }
}
