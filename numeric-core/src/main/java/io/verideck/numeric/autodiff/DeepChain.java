package io.verideck.numeric.autodiff;

import io.verideck.numeric.activation.Sigmoid;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients through depth. A scalar chain {@code a_l = w_l h_{l-1}}, {@code h_l = g(a_l)} has
 * {@code dh_d/dh_0 = prod_l w_l g'(a_l)}; with the sigmoid ({@code g' <= 1/4}) and {@code |w_l| <= 1}
 * this is at most {@code 4^-d}. A vector chain {@code h_l = sigma(W_l h_{l-1})} has input Jacobian
 * {@code prod_l diag(sigma'(a_l)) W_l}. Shapes: {@code W_l [n_l, n_{l-1}]}, {@code h_0 [n_0]}.
 * Reference: Goodfellow et al., <i>Deep Learning</i>, sections 8.2.5 and 10.7; Hochreiter (1991).
 */
public final class DeepChain {
    private DeepChain() {
    }

    /**
     * @param w the weights {@code [d]}
     * @param h0 the input
     * @return {@code h_d} of the sigmoid chain
     */
    public static double sigmoidChainOutput(double[] w, double h0) {
        double h = h0;
        for (double wl : w) {
            h = 1 / (1 + Math.exp(-wl * h));
        }
        return h;
    }

    /**
     * @param w the weights {@code [d]}
     * @param h0 the input
     * @return {@code dh_d/dh_0 = prod_l w_l sigma'(a_l)}
     */
    public static double sigmoidChainDerivative(double[] w, double h0) {
        double h = h0;
        double product = 1;
        for (double wl : w) {
            double s = 1 / (1 + Math.exp(-wl * h));
            product *= wl * s * (1 - s);
            h = s;
        }
        return product;
    }

    /**
     * @param w the weights {@code [d]}
     * @param h0 the input
     * @return {@code dh_d/dh_0 = prod_l w_l [a_l > 0]} of the ReLU chain
     */
    public static double reluChainDerivative(double[] w, double h0) {
        double h = h0;
        double product = 1;
        for (double wl : w) {
            double a = wl * h;
            product *= a > 0 ? wl : 0;
            h = Math.max(0, a);
        }
        return product;
    }

    /**
     * @param weights {@code W_l [n_l, n_{l-1}]}, first layer first
     * @param x the input {@code [n_0]}
     * @return the input Jacobian {@code dh_L/dx = prod_l diag(sigma'(a_l)) W_l}, {@code [n_L, n_0]}
     */
    public static INDArray sigmoidNetInputJacobian(List<INDArray> weights, INDArray x) {
        INDArray h = x.reshape(x.length(), 1);
        INDArray jac = Nd4j.eye(x.length());
        for (INDArray w : weights) {
            INDArray a = w.mmul(h);
            jac = w.mulColumnVector(Sigmoid.derivative(a)).mmul(jac);
            h = Sigmoid.value(a);
        }
        return jac;
    }

    /**
     * @param weights {@code W_l [n_l, n_{l-1}]}, first layer first
     * @param x the input {@code [n_0]}
     * @return the Frobenius norm of the input Jacobian of every prefix: entry {@code d-1} for depth d
     */
    public static double[] sigmoidNetInputJacobianNorms(List<INDArray> weights, INDArray x) {
        double[] norms = new double[weights.size()];
        INDArray h = x.reshape(x.length(), 1);
        INDArray jac = Nd4j.eye(x.length());
        for (int l = 0; l < weights.size(); l++) {
            INDArray a = weights.get(l).mmul(h);
            jac = weights.get(l).mulColumnVector(Sigmoid.derivative(a)).mmul(jac);
            norms[l] = jac.norm2Number().doubleValue();
            h = Sigmoid.value(a);
        }
        return norms;
    }
}
