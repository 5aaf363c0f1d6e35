package io.verideck.numeric.attention;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dot-product attention over encoder states (claim K13): scores {@code e_j = s . h_j / tau}, weights
 * {@code alpha = softmax(e)}, context {@code c = sum_j alpha_j h_j = H^T alpha} ({@code tau = 1} plain,
 * {@code sqrt(d)} scaled). Jacobians, written out with {@code dalpha_i/de_j = alpha_i (delta_ij - alpha_j)}:
 * {@code dc_k/ds_m = sum_j alpha_j (H_jk - c_k) H_jm / tau} and {@code dc_k/dH_jm = alpha_j delta_km +
 * alpha_j (H_jk - c_k) s_m / tau}. Shapes: {@code H [n, d]} (one encoder state per row), {@code s [d]}.
 * Reference: Bahdanau et al. (2015); Luong et al. (2015); Vaswani et al. (2017) for the scaling.
 */
public final class DotAttention {
    private DotAttention() {
    }

    /**
     * @param h encoder states {@code [n, d]}
     * @param s query {@code [d]}
     * @param tau temperature (score divisor)
     * @return {@code alpha [n]}
     */
    public static INDArray weights(INDArray h, INDArray s, double tau) {
        INDArray e = h.mmul(s.reshape(s.length(), 1)).reshape(1, h.rows()).divi(tau);
        return Softmax.probabilities(e).reshape(h.rows());
    }

    /**
     * @param h encoder states
     * @param s query
     * @param tau temperature
     * @return {@code c = H^T alpha}, {@code [d]}
     */
    public static INDArray context(INDArray h, INDArray s, double tau) {
        return weights(h, s, tau).reshape(1, h.rows()).mmul(h).reshape(h.columns());
    }

    /**
     * Contexts of a stack of problems in two batched products.
     *
     * @param h {@code [S, n, d]}
     * @param s {@code [S, d]}
     * @param tau temperature
     * @return {@code [S, d]}
     */
    public static INDArray contextStacked(INDArray h, INDArray s, double tau) {
        long m = h.size(0);
        long d = h.size(2);
        INDArray e = Nd4j.matmul(h, s.reshape(m, d, 1)).reshape(m, h.size(1)).divi(tau);
        INDArray a = Softmax.probabilities(e);
        return Nd4j.matmul(a.reshape(m, 1, h.size(1)), h).reshape(m, d);
    }

    /**
     * @param h encoder states {@code [n, d]}
     * @param s query {@code [d]}
     * @param tau temperature
     * @return {@code dc / d(s, H)}, {@code [d, d + n d]}, columns in the order {@code s}, then {@code H} row-major
     */
    public static INDArray jacobian(INDArray h, INDArray s, double tau) {
        int n = (int) h.rows();
        int d = (int) h.columns();
        double[] a = weights(h, s, tau).toDoubleVector();
        double[] c = context(h, s, tau).toDoubleVector();
        double[][] hv = h.toDoubleMatrix();
        double[] sv = s.toDoubleVector();
        double[][] j = new double[d][d + n * d];
        for (int k = 0; k < d; k++) {
            for (int m = 0; m < d; m++) {
                double v = 0;
                for (int r = 0; r < n; r++) {
                    v += a[r] * (hv[r][k] - c[k]) * hv[r][m];
                }
                j[k][m] = v / tau;
            }
            for (int r = 0; r < n; r++) {
                for (int m = 0; m < d; m++) {
                    j[k][d + r * d + m] = (k == m ? a[r] : 0) + a[r] * (hv[r][k] - c[k]) * sv[m] / tau;
                }
            }
        }
        return Nd4j.createFromArray(j);
    }
}
