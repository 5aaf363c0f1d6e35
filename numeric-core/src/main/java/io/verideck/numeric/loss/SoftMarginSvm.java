package io.verideck.numeric.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The linear soft-margin SVM without bias (claim E6): {@code min_w ||w||^2 + C sum_i xi_i} subject to
 * {@code xi_i >= 1 - y_i w^T x_i}, {@code xi_i >= 0}, whose optimal slacks are the hinge losses
 * {@code xi_i = max(0, 1 - y_i w^T x_i)}. Dividing by 2 gives the standard form {@code 1/2 ||w||^2 +
 * (C/2) sum xi_i} with dual {@code max_a sum a_i - 1/2 ||sum a_i y_i x_i||^2}, {@code 0 <= a_i <= C/2},
 * {@code w = sum a_i y_i x_i}, solved here by dual coordinate ascent. Shapes: {@code X [n, d]},
 * {@code y [n]} in {-1, +1}, {@code w [d]}. Reference: Hsieh et al., "A dual coordinate descent
 * method for large-scale linear SVM", ICML (2008).
 *
 * @param w the weights {@code [d]}
 * @param dual the dual variables {@code a [n]}
 */
public record SoftMarginSvm(INDArray w, INDArray dual) {

    /**
     * @param x design
     * @param y labels
     * @param c the cost {@code C > 0}
     * @return the optimum (coordinate ascent until no dual variable moves by {@code 1e-13})
     */
    public static SoftMarginSvm fit(INDArray x, INDArray y, double c) {
        double[][] a = x.toDoubleMatrix();
        double[] labels = y.dup().reshape(y.length()).toDoubleVector();
        int n = a.length;
        int d = a[0].length;
        double box = c / 2;
        double[] alpha = new double[n];
        double[] w = new double[d];
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double moved = 0;
            for (int i = 0; i < n; i++) {
                double q = 0;
                double f = 0;
                for (int j = 0; j < d; j++) {
                    q += a[i][j] * a[i][j];
                    f += a[i][j] * w[j];
                }
                double next = Math.min(box, Math.max(0, alpha[i] - (labels[i] * f - 1) / q));
                double step = next - alpha[i];
                alpha[i] = next;
                for (int j = 0; j < d; j++) {
                    w[j] += step * labels[i] * a[i][j];
                }
                moved = Math.max(moved, Math.abs(step));
            }
            if (moved < 1e-13) {
                break;
            }
        }
        return new SoftMarginSvm(Nd4j.createFromArray(w), Nd4j.createFromArray(alpha));
    }

    /**
     * @param x design
     * @param y labels
     * @param w weights {@code [d]}
     * @param c cost
     * @return {@code ||w||^2 + C sum max(0, 1 - y_i w^T x_i)}
     */
    public static double primal(INDArray x, INDArray y, INDArray w, double c) {
        INDArray f = x.mmul(w.reshape(w.length(), 1)).reshape(x.rows());
        return w.mul(w).sumNumber().doubleValue() + c * Hinge.value(f, y.reshape(x.rows())).sumNumber().doubleValue();
    }

    /**
     * @param x design
     * @param y labels
     * @return twice the dual objective {@code 2 (sum a_i - 1/2 ||w||^2)}, which equals the primal
     *     optimum when the duality gap is closed
     */
    public double dualObjective(INDArray x, INDArray y) {
        return 2 * (dual.sumNumber().doubleValue() - 0.5 * w.mul(w).sumNumber().doubleValue());
    }
}
