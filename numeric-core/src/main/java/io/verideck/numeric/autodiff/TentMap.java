package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Depth folds space: the tent map {@code t(x) = |2x - 1|} maps [0, 1] onto itself twice, so its
 * L-fold composition has {@code 2^L} linear pieces, while a one-hidden-layer ReLU net
 * {@code f(x) = sum_j v_j max(0, w_j x + b_j) + c} with k units has at most {@code k + 1} pieces on a
 * line (each unit switches once). Shapes: any, elementwise. Reference: Montufar et al., "On the
 * number of linear regions of deep neural networks" (2014); Goodfellow et al., section 6.4.1.
 */
public final class TentMap {
    private TentMap() {
    }

    /** @param x points @param depth L @return {@code t^{o L}(x)} */
    public static INDArray compose(INDArray x, int depth) {
        INDArray h = x.dup();
        for (int l = 0; l < depth; l++) {
            h = Transforms.abs(h.muli(2.0).subi(1.0), false);
        }
        return h;
    }

    /**
     * @param values {@code f} on an increasing grid with constant spacing, {@code [N]}
     * @param tolerance slopes closer than this count as equal
     * @return the number of maximal runs of equal slope between consecutive grid points
     */
    public static int slopePieces(double[] values, double tolerance) {
        int pieces = 1;
        double previous = values[1] - values[0];
        for (int i = 2; i < values.length; i++) {
            double slope = values[i] - values[i - 1];
            if (Math.abs(slope - previous) > tolerance) {
                pieces++;
            }
            previous = slope;
        }
        return pieces;
    }

    /**
     * @param x grid {@code [N, 1]}, increasing
     * @param w input weights {@code [1, k]}
     * @param b biases {@code [1, k]}
     * @return the number of distinct consecutive ReLU activation patterns along the grid: the affine
     *     pieces of the shallow net that the grid sees
     */
    public static int activationRegions(INDArray x, INDArray w, INDArray b) {
        INDArray pre = x.mmul(w).addiRowVector(b);
        int rows = (int) pre.size(0);
        int k = (int) pre.size(1);
        double[] flat = pre.dup('c').data().asDouble();
        int regions = 1;
        for (int i = 1; i < rows; i++) {
            for (int j = 0; j < k; j++) {
                if ((flat[i * k + j] > 0) != (flat[(i - 1) * k + j] > 0)) {
                    regions++;
                    break;
                }
            }
        }
        return regions;
    }
}
