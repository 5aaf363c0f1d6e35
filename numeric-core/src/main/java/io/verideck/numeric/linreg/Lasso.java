package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * L1-regularized least squares (claim C10).
 *
 * <p>{@code J~(w) = 1/2 ||X w - y||^2 + alpha ||w||_1}; subgradient {@code X^T (X w - y) + alpha
 * sign(w)} (a gradient where no {@code w_i = 0}); proximal step {@code prox(v) = sign(v) max(|v| -
 * eps alpha, 0)} (soft thresholding). For an orthonormal design ({@code X^T X = I}) the minimizer is
 * the soft-thresholded OLS solution {@code S_alpha(X^T y)}; {@code w = 0} is optimal exactly when
 * {@code alpha >= ||X^T y||_inf}. The general solver is cyclic coordinate descent. Shapes:
 * {@code X [n, p]}, {@code y [n, 1]}, {@code w [p, 1]}, stacked {@code [S, p]}. Reference:
 * Goodfellow et al., <i>Deep Learning</i> (2016), section 7.1.2; Tibshirani (1996).
 */
public final class Lasso {
    private Lasso() {
    }

    /**
     * @param x design
     * @param y targets
     * @param ws weight rows {@code [S, p]}
     * @param alpha penalty
     * @return {@code J~} per row, {@code [S]}
     */
    public static INDArray lossStacked(INDArray x, INDArray y, INDArray ws, double alpha) {
        return LeastSquares.lossStacked(x, y, ws).addi(Transforms.abs(ws, true).sum(1).muli(alpha));
    }

    /**
     * @param x design
     * @param y targets
     * @param w weights {@code [p, 1]}
     * @param alpha penalty
     * @return {@code X^T (X w - y) + alpha sign(w)}
     */
    public static INDArray subgradient(INDArray x, INDArray y, INDArray w, double alpha) {
        return LeastSquares.gradient(x, y, w).addi(Transforms.sign(w, true).muli(alpha));
    }

    /**
     * @param v point
     * @param threshold {@code eps alpha >= 0}
     * @return {@code sign(v) max(|v| - threshold, 0)}, elementwise
     */
    public static INDArray softThreshold(INDArray v, double threshold) {
        INDArray shrunk = Transforms.max(Transforms.abs(v, true).subi(threshold), 0.0, false);
        return shrunk.muli(Transforms.sign(v, true));
    }

    /**
     * Cyclic coordinate descent, each coordinate set to its exact one-dimensional minimizer, until
     * no coordinate moves by more than {@code 1e-14} (at most 100000 sweeps).
     *
     * @param x design with no zero column
     * @param y targets
     * @param alpha penalty
     * @return the minimizer {@code [p, 1]}
     */
    public static INDArray solve(INDArray x, INDArray y, double alpha) {
        INDArray xt = x.transpose();
        double[][] g = xt.mmul(x).toDoubleMatrix();
        double[] b = xt.mmul(y).reshape(x.columns()).toDoubleVector();
        int p = b.length;
        double[] w = new double[p];
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double moved = 0;
            for (int j = 0; j < p; j++) {
                double rho = b[j];
                for (int k = 0; k < p; k++) {
                    if (k != j) {
                        rho -= g[j][k] * w[k];
                    }
                }
                double next = Math.signum(rho) * Math.max(Math.abs(rho) - alpha, 0) / g[j][j];
                moved = Math.max(moved, Math.abs(next - w[j]));
                w[j] = next;
            }
            if (moved < 1e-14) {
                break;
            }
        }
        return Nd4j.createFromArray(w).reshape(p, 1);
    }

    /**
     * @param w weights
     * @return the number of entries that are exactly nonzero
     */
    public static int nonzeros(INDArray w) {
        int count = 0;
        for (double v : w.dup().reshape(w.length()).toDoubleVector()) {
            if (v != 0) {
                count++;
            }
        }
        return count;
    }
}
