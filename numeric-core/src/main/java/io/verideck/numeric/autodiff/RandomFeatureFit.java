package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A one-hidden-layer tanh network with fixed random input weights whose output layer is fitted by
 * least squares: {@code f(x) = tanh(x w^T + b) v}, {@code v = (H^T H + lambda I)^{-1} H^T y}. The
 * empirical face of universal approximation: the sup error shrinks as the width grows. Shapes:
 * {@code x [N, 1]}, {@code w, b [1, k]}. Reference: Goodfellow et al., section 6.4.1; Rahimi and Recht
 * (2008) for random features.
 */
public final class RandomFeatureFit {
    private RandomFeatureFit() {
    }

    /**
     * @param x points {@code [N, 1]}
     * @param y targets {@code [N, 1]}
     * @param w input weights {@code [1, k]}
     * @param b biases {@code [1, k]}
     * @return the fitted values at x, {@code [N, 1]}
     */
    public static INDArray fitted(INDArray x, INDArray y, INDArray w, INDArray b) {
        INDArray h = Transforms.tanh(x.mmul(w).addiRowVector(b), false);
        long k = h.size(1);
        INDArray gram = h.transpose().mmul(h).addi(Nd4j.eye(k).muli(1e-10));
        INDArray v = InvertMatrix.invert(gram, false).mmul(h.transpose().mmul(y));
        return h.mmul(v);
    }
}
