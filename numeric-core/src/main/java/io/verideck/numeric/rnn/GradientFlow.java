package io.verideck.numeric.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a gradient travels back through a recurrence (claim K7). For the linear RNN {@code h_t = W h_{t-1}}
 * (column form) {@code dh_t/dh_0 = W^t}; for the tanh RNN {@code h_t = tanh(W h_{t-1} + U x_t + b)} the
 * Jacobian is the product {@code prod_k diag(1 - h_k^2) W}, which shrinks once the units saturate
 * whatever the spectral radius of {@code W}. Norm clipping {@code g <- g min(1, c / ||g||)} bounds an
 * exploding gradient. Shapes: {@code W [u, u]}, {@code U [u, d]}, {@code xs [T, d]}, {@code h0 [u]}.
 * Reference: Goodfellow et al. (2016), sections 10.7 and 10.11.1; Pascanu et al. (2013).
 */
public final class GradientFlow {
    private GradientFlow() {
    }

    /**
     * @param w {@code W}
     * @param t steps
     * @return {@code dh_t / dh_0 = W^t}, by repeated products
     */
    public static INDArray linearJacobian(INDArray w, int t) {
        INDArray j = Nd4j.eye(w.rows());
        for (int k = 0; k < t; k++) {
            j = w.mmul(j);
        }
        return j;
    }

    /**
     * @param w {@code W}
     * @param u {@code U}
     * @param b {@code b}
     * @param xs inputs {@code [T, d]}
     * @param h0 initial state {@code [u]}
     * @return the states {@code [T, u]}
     */
    public static INDArray tanhStates(INDArray w, INDArray u, INDArray b, INDArray xs, INDArray h0) {
        long n = h0.length();
        INDArray out = Nd4j.create(h0.dataType(), xs.rows(), n);
        INDArray h = h0.reshape(n, 1);
        for (int t = 0; t < xs.rows(); t++) {
            h = org.nd4j.linalg.ops.transforms.Transforms.tanh(w.mmul(h).addi(u.mmul(xs.getRow(t).reshape(xs.columns(), 1))).addi(b.reshape(n, 1)), false);
            out.getRow(t).assign(h.reshape(n));
        }
        return out;
    }

    /**
     * @param w {@code W}
     * @param states {@code h_1..h_T}, {@code [T, u]}
     * @return {@code dh_T / dh_0 = prod_{k=T..1} diag(1 - h_k^2) W}
     */
    public static INDArray tanhJacobian(INDArray w, INDArray states) {
        INDArray j = Nd4j.eye(w.rows());
        for (int t = 0; t < states.rows(); t++) {
            INDArray h = states.getRow(t);
            INDArray slope = h.mul(h).rsubi(1.0).reshape(h.length(), 1);
            j = w.mulColumnVector(slope).mmul(j);
        }
        return j;
    }

    /**
     * @param g a gradient
     * @param threshold {@code c > 0}
     * @return {@code g} rescaled to norm {@code c} if its norm exceeds {@code c}, else {@code g}
     */
    public static INDArray clipByNorm(INDArray g, double threshold) {
        double norm = g.norm2Number().doubleValue();
        return norm > threshold ? g.mul(threshold / norm) : g.dup();
    }
}
