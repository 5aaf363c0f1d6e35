package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The smooth vector map {@code y = g(x) = tanh(A x + c)}, {@code g: R^m -> R^n}, with its Jacobian
 * {@code J = dy/dx = diag(1 - y^2) A} ({@code [n, m]}), the Jacobian-vector product {@code J v}
 * (forward mode, one per input direction) and the vector-Jacobian product {@code J^T u} (reverse mode,
 * one per output direction). For {@code z = f(y)} the chain rule reads {@code grad_x z = J^T grad_y z}.
 * Shapes: {@code A [n, m]}, {@code c [n]}, x {@code [m]} or a stack {@code [S, m]}. Reference:
 * Goodfellow et al., <i>Deep Learning</i>, eq. 6.46.
 *
 * @param a weights {@code [n, m]}
 * @param c offsets {@code [n]}
 */
public record TanhLayerMap(INDArray a, INDArray c) {

    /** @param x inputs {@code [S, m]} @return outputs {@code [S, n]} */
    public INDArray apply(INDArray x) {
        return Transforms.tanh(x.mmul(a.transpose()).addiRowVector(c.reshape(1, c.length())), false);
    }

    /** @param x one input {@code [m]} @return {@code J [n, m]} */
    public INDArray jacobian(INDArray x) {
        INDArray y = apply(x.reshape(1, x.length())).reshape(a.size(0), 1);
        return a.mulColumnVector(y.mul(y).rsubi(1.0));
    }

    /** @param x point {@code [m]} @param v direction {@code [m]} @return {@code J v [n]}, one forward-mode pass */
    public INDArray jvp(INDArray x, INDArray v) {
        INDArray y = apply(x.reshape(1, x.length())).reshape(a.size(0));
        return a.mmul(v.reshape(v.length(), 1)).reshape(a.size(0)).muli(y.mul(y).rsubi(1.0));
    }

    /** @param x point {@code [m]} @param u output adjoint {@code [n]} @return {@code J^T u [m]}, one reverse-mode pass */
    public INDArray vjp(INDArray x, INDArray u) {
        INDArray y = apply(x.reshape(1, x.length())).reshape(a.size(0));
        INDArray adjoint = u.reshape(u.length()).mul(y.mul(y).rsubi(1.0));
        return a.transpose().mmul(adjoint.reshape(adjoint.length(), 1)).reshape(a.size(1));
    }

    /**
     * The chain rule as a product {@code J^T g}; throws when the shapes do not fit, as they do not
     * when {@code J} is used untransposed with {@code m != n}.
     *
     * @param jacobian {@code J [n, m]}
     * @param upstream {@code g [n]}
     * @return {@code J^T g [m]}
     */
    public static INDArray vectorJacobianProduct(INDArray jacobian, INDArray upstream) {
        if (jacobian.size(0) != upstream.length()) {
            throw new IllegalArgumentException("J^T g needs J with " + upstream.length() + " rows, got " + jacobian.size(0));
        }
        return jacobian.transpose().mmul(upstream.reshape(upstream.length(), 1)).reshape(jacobian.size(1));
    }
}
