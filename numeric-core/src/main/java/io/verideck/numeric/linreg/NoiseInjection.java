package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Input noise as a weight penalty (claim C11). For a linear model and squared loss,
 * {@code E_{eps ~ N(0, sigma^2 I)} [(w^T (x + eps) - y)^2] = (w^T x - y)^2 + sigma^2 ||w||^2}, so the
 * expected noisy loss over a data set, {@code 1/n sum_i (...)}, is minimized by ridge regression
 * {@code (X^T X + n sigma^2 I)^{-1} X^T y}. Shapes: {@code w, x [d]}, noise draws {@code [M, d]},
 * {@code X [n, d]}, {@code y [n, 1]}. Reference: Bishop, "Training with noise is equivalent to Tikhonov
 * regularization", Neural Computation 7 (1995).
 */
public final class NoiseInjection {
    private NoiseInjection() {
    }

    /**
     * @param w weights {@code [d]}
     * @param x input {@code [d]}
     * @param y target
     * @param noise draws {@code eps} as rows {@code [M, d]}
     * @return {@code (w^T (x + eps_m) - y)^2} per draw, {@code [M]}
     */
    public static INDArray noisyLosses(INDArray w, INDArray x, double y, INDArray noise) {
        long d = w.length();
        double clean = x.reshape(1, d).mmul(w.reshape(d, 1)).getDouble(0) - y;
        INDArray r = noise.mmul(w.reshape(d, 1)).reshape(noise.size(0)).addi(clean);
        return r.muli(r);
    }

    /**
     * @param w weights {@code [d]}
     * @param x input {@code [d]}
     * @param y target
     * @param sigma noise standard deviation
     * @return {@code (w^T x - y)^2 + sigma^2 ||w||^2}
     */
    public static double expectedLoss(INDArray w, INDArray x, double y, double sigma) {
        double r = w.reshape(w.length()).mul(x.reshape(x.length())).sumNumber().doubleValue() - y;
        double norm = w.mul(w).sumNumber().doubleValue();
        return r * r + sigma * sigma * norm;
    }

    /**
     * @param x design {@code [n, d]}
     * @param y targets {@code [n, 1]}
     * @param ws weight rows {@code [S, d]}
     * @param sigma noise standard deviation
     * @return the expected noisy MSE {@code 1/n ||X w - y||^2 + sigma^2 ||w||^2} per row, {@code [S]}
     */
    public static INDArray expectedMseStacked(INDArray x, INDArray y, INDArray ws, double sigma) {
        double n = x.rows();
        return LeastSquares.lossStacked(x, y, ws).muli(2 / n).addi(ws.mul(ws).sum(1).muli(sigma * sigma));
    }

    /**
     * @param x design
     * @param y targets
     * @param w weights {@code [d, 1]}
     * @param sigma noise standard deviation
     * @return {@code 2/n X^T (X w - y) + 2 sigma^2 w}
     */
    public static INDArray expectedMseGradient(INDArray x, INDArray y, INDArray w, double sigma) {
        double n = x.rows();
        return LeastSquares.gradient(x, y, w).muli(2 / n).addi(w.mul(2 * sigma * sigma));
    }

    /**
     * @param x design
     * @param y targets
     * @param sigma noise standard deviation
     * @return the minimizer of the expected noisy MSE, ridge with {@code alpha = n sigma^2}
     */
    public static INDArray minimizer(INDArray x, INDArray y, double sigma) {
        return Ridge.solve(x, y, x.rows() * sigma * sigma);
    }
}
