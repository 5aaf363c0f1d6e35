package io.verideck.numeric.evaluation;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Nearest-neighbour estimates. {@link #average} is the k-NN regression estimate
 * {@code f_hat(x) = Ave(y_i | x_i in N_k(x))} in one dimension, which tends to the regression
 * function {@code E[Y | X = x]} when {@code k -> infinity} and {@code k / n -> 0}.
 * {@link #nearestDistances} gives each point's distance to its nearest other point, from the Gram
 * matrix in one batched computation ({@code ||a - b||^2 = ||a||^2 + ||b||^2 - 2 a^T b}); in high
 * dimension these distances grow (the curse of dimensionality). Reference: James et al. (2013),
 * sections 2.2.3 and 3.5; Hastie, Tibshirani and Friedman (2009), section 2.5.
 */
public final class NearestNeighbours {
    private NearestNeighbours() {
    }

    /**
     * @param xs inputs, sorted ascending
     * @param ys targets matching {@code xs}
     * @param x0 query point
     * @param k neighbours, {@code 1 <= k <= n}
     * @return the mean of the {@code k} targets whose inputs are nearest to {@code x0}
     */
    public static double average(double[] xs, double[] ys, double x0, int k) {
        int right = Arrays.binarySearch(xs, x0);
        if (right < 0) {
            right = -right - 1;
        }
        int left = right - 1;
        double sum = 0;
        for (int taken = 0; taken < k; taken++) {
            boolean takeLeft = right >= xs.length || (left >= 0 && x0 - xs[left] <= xs[right] - x0);
            sum += takeLeft ? ys[left--] : ys[right++];
        }
        return sum / k;
    }

    /**
     * @param points {@code [n, d]}, {@code n >= 2}
     * @return each point's distance to its nearest other point, {@code [n]}
     */
    public static INDArray nearestDistances(INDArray points) {
        INDArray sq = points.mul(points).sum(1);
        INDArray d2 = points.mmul(points.transpose()).muli(-2).addiColumnVector(sq.reshape(sq.length(), 1))
                .addiRowVector(sq.reshape(1, sq.length()));
        long n = points.rows();
        // a point is not its own neighbour
        d2.addi(org.nd4j.linalg.factory.Nd4j.eye(n).castTo(d2.dataType()).muli(Double.MAX_VALUE / 4));
        return Transforms.sqrt(Transforms.max(d2.min(1), 0.0, false), false);
    }
}
