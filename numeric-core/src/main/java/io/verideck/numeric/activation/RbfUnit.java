package io.verideck.numeric.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Radial basis function units {@code h_i = exp(-||W_{:,i} - x||^2 / sigma^2)}, one per template
 * column of {@code W}; {@code grad_x h_i = (2 / sigma^2) h_i (W_{:,i} - x)}. Each unit is 1 at its
 * template and decreases with the distance. Shapes: {@code W [d, m]}, {@code x [B, d] -> h [B, m]}.
 * Reference: Goodfellow et al., <i>Deep Learning</i>, section 6.3.3.
 */
public final class RbfUnit {
    private RbfUnit() {
    }

    /**
     * @param w templates {@code [d, m]}
     * @param x inputs {@code [B, d]}
     * @param sigma width
     * @return {@code [B, m]}
     */
    public static INDArray value(INDArray w, INDArray x, double sigma) {
        INDArray xx = x.mul(x).sum(true, 1);
        INDArray ww = w.mul(w).sum(true, 0);
        INDArray sq = x.mmul(w).muli(-2.0).addiColumnVector(xx).addiRowVector(ww);
        return Transforms.exp(Transforms.max(sq, 0.0, false).divi(-sigma * sigma), false);
    }

    /**
     * @param w templates {@code [d, m]}
     * @param x one input {@code [d]}
     * @param sigma width
     * @return the Jacobian {@code dh/dx [m, d]}, row i = {@code (2/sigma^2) h_i (W_{:,i} - x)^T}
     */
    public static INDArray jacobian(INDArray w, INDArray x, double sigma) {
        long d = w.size(0);
        INDArray h = value(w, x.reshape(1, d), sigma).reshape(w.size(1), 1);
        return w.transpose().subRowVector(x.reshape(1, d)).muliColumnVector(h).muli(2 / (sigma * sigma));
    }
}
