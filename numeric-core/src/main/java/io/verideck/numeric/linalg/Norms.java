package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Vector and matrix norms and the gradients of three of them.
 *
 * <p>{@code ||x||_p = (sum_i |x_i|^p)^(1/p)}, {@code ||x||_inf = max_i |x_i|},
 * {@code ||A||_F = (sum_ij A_ij^2)^(1/2)}; gradients (away from 0) {@code grad ||x||_2 = x / ||x||_2},
 * {@code grad ||x||_1 = sign(x)}, {@code grad (1/2)||x||_2^2 = x}. The {@code p}-norm is computed as
 * {@code m (sum |x_i / m|^p)^(1/p)} with {@code m = ||x||_inf} so that {@code p = 400} neither
 * overflows nor underflows. Vectors are {@code [n]}; the stacked forms take one vector per row,
 * {@code [S, n] -> [S]}. Reference: Goodfellow et al. (2016), section 2.5.
 */
public final class Norms {
    private Norms() {
    }

    /**
     * @param x {@code [n]}
     * @param p {@code p >= 1}
     * @return {@code ||x||_p}
     */
    public static double lp(INDArray x, double p) {
        return lpStacked(x.reshape(1, x.length()), p).getDouble(0);
    }

    /**
     * @param rows {@code [S, n]}
     * @param p {@code p >= 1}
     * @return {@code [S]}
     */
    public static INDArray lpStacked(INDArray rows, double p) {
        if (p < 1) {
            throw new IllegalArgumentException("p must be at least 1: " + p);
        }
        INDArray abs = Transforms.abs(rows, true);
        INDArray max = abs.max(1);
        INDArray safe = max.dup();
        safe.replaceWhere(org.nd4j.linalg.factory.Nd4j.onesLike(safe), new org.nd4j.linalg.indexing.conditions.EqualsCondition(0));
        INDArray scaled = abs.diviColumnVector(safe.reshape(safe.length(), 1));
        return Transforms.pow(Transforms.pow(scaled, p, false).sum(1), 1.0 / p, false).muli(max);
    }

    /**
     * @param x {@code [n]}
     * @return {@code max_i |x_i|}
     */
    public static double max(INDArray x) {
        return Transforms.abs(x, true).maxNumber().doubleValue();
    }

    /**
     * @param a any shape
     * @return {@code sqrt(sum a_ij^2)}
     */
    public static double frobenius(INDArray a) {
        return Math.sqrt(a.mul(a).sumNumber().doubleValue());
    }

    /**
     * @param x {@code [n]}, not 0
     * @return {@code x / ||x||_2}
     */
    public static INDArray l2Gradient(INDArray x) {
        return x.div(lp(x, 2));
    }

    /**
     * @param x {@code [n]}, no zero entry
     * @return {@code sign(x)}
     */
    public static INDArray l1Gradient(INDArray x) {
        return Transforms.sign(x, true);
    }

    /**
     * @param rows {@code [S, n]}
     * @return {@code (1/2)||x||_2^2} per row, {@code [S]}
     */
    public static INDArray halfSquaredStacked(INDArray rows) {
        return rows.mul(rows).sum(1).muli(0.5);
    }

    /**
     * @param x {@code [n]}
     * @return {@code x}, the gradient of {@code (1/2)||x||_2^2}
     */
    public static INDArray halfSquaredGradient(INDArray x) {
        return x.dup();
    }
}
