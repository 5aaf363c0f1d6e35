package io.verideck.numeric.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import io.verideck.numeric.linalg.GaussianElimination;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * K-fold cross-validation: a seeded shuffle cut into {@code k} folds of sizes differing by at most
 * one, the estimate {@code CV_(K) = sum_k (n_k / n) MSE_k}, repeated CV ({@code r} shuffles, so
 * {@code r k} resamples), and leave-one-out CV of least squares both by refitting {@code n} times and
 * by the hat-matrix shortcut {@code (1/n) sum ((y_i - y_hat_i) / (1 - h_ii))^2} with
 * {@code H = X (X^T X)^{-1} X^T}. Designs are {@code X [n, p]}, targets {@code y [n, 1]}. Reference:
 * James et al. (2013), section 5.1, equations 5.2 and 5.3.
 */
public final class KFold {
    private KFold() {
    }

    /**
     * @param n examples
     * @param k folds, {@code 1 <= k <= n}
     * @param seed shuffle seed
     * @return {@code k} disjoint folds of indices whose union is {@code 0..n-1}
     */
    public static int[][] folds(int n, int k, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[][] folds = new int[k][];
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            folds[f] = java.util.Arrays.copyOfRange(perm, start, start + size);
            start += size;
        }
        return folds;
    }

    /**
     * @param n examples
     * @param k folds
     * @param repeats shuffles
     * @param seed seed of the first shuffle (shuffle {@code j} uses {@code seed + j})
     * @return every fold of every repeat, {@code repeats * k} of them
     */
    public static List<int[]> repeatedFolds(int n, int k, int repeats, long seed) {
        List<int[]> all = new ArrayList<>();
        for (int j = 0; j < repeats; j++) {
            all.addAll(List.of(folds(n, k, seed + j)));
        }
        return all;
    }

    /**
     * @param foldErrors {@code MSE_k}
     * @param foldSizes {@code n_k}
     * @return {@code sum_k (n_k / n) MSE_k}
     */
    public static double estimate(double[] foldErrors, int[] foldSizes) {
        long n = 0;
        for (int s : foldSizes) {
            n += s;
        }
        double cv = 0;
        for (int f = 0; f < foldErrors.length; f++) {
            cv += foldSizes[f] / (double) n * foldErrors[f];
        }
        return cv;
    }

    /**
     * Cross-validated MSE of least squares: fit on all folds but one, test on that one.
     *
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @param folds the folds
     * @return the per-fold test MSEs
     */
    public static double[] leastSquaresFoldErrors(INDArray x, INDArray y, int[][] folds) {
        // tiny systems: plain arrays, because one ND4J call costs more than a whole p x p solve
        double[][] xs = x.toDoubleMatrix();
        double[] ys = y.dup().reshape(y.length()).toDoubleVector();
        int n = xs.length;
        int p = xs[0].length;
        double[] errors = new double[folds.length];
        for (int f = 0; f < folds.length; f++) {
            boolean[] held = new boolean[n];
            for (int i : folds[f]) {
                held[i] = true;
            }
            double[][] gram = new double[p][p];
            double[] xty = new double[p];
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    continue;
                }
                for (int a = 0; a < p; a++) {
                    xty[a] += xs[i][a] * ys[i];
                    for (int b = 0; b < p; b++) {
                        gram[a][b] += xs[i][a] * xs[i][b];
                    }
                }
            }
            double[] theta = GaussianElimination.solve(gram, xty);
            double sum = 0;
            for (int i : folds[f]) {
                double r = -ys[i];
                for (int a = 0; a < p; a++) {
                    r += xs[i][a] * theta[a];
                }
                sum += r * r;
            }
            errors[f] = sum / folds[f].length;
        }
        return errors;
    }

    /**
     * @param x design {@code [n, p]}, full column rank after removing any one row
     * @param y targets {@code [n, 1]}
     * @return LOOCV MSE by {@code n} refits
     */
    public static double leaveOneOutByRefitting(INDArray x, INDArray y) {
        int n = (int) x.rows();
        int[][] singles = new int[n][];
        for (int i = 0; i < n; i++) {
            singles[i] = new int[] {i};
        }
        double[] errors = leastSquaresFoldErrors(x, y, singles);
        double sum = 0;
        for (double e : errors) {
            sum += e;
        }
        return sum / n;
    }

    /**
     * @param x design {@code [n, p]}
     * @param y targets {@code [n, 1]}
     * @return {@code (1/n) sum ((y_i - y_hat_i) / (1 - h_ii))^2} from one fit
     */
    public static double leaveOneOutShortcut(INDArray x, INDArray y) {
        INDArray hat = x.mmul(InvertMatrix.invert(x.transpose().mmul(x), false)).mmul(x.transpose());
        INDArray residual = y.sub(hat.mmul(y)).reshape(x.rows());
        INDArray leverage = hat.mul(Nd4j.eye(x.rows()).castTo(hat.dataType())).sum(1).reshape(x.rows());
        INDArray scaled = residual.divi(leverage.rsub(1));
        return scaled.muli(scaled).meanNumber().doubleValue();
    }
}
