package io.verideck.numeric.linalg;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The angle between two vectors from {@code x^T y = ||x||_2 ||y||_2 cos(theta)}. Vectors are
 * {@code [n]}, neither zero. Reference: Goodfellow et al. (2016), section 2.5.
 */
public final class VectorAngle {
    private VectorAngle() {
    }

    /**
     * @param x {@code [n]}
     * @param y {@code [n]}
     * @return {@code x^T y / (||x|| ||y||)}, in {@code [-1, 1]} up to rounding
     */
    public static double cosine(INDArray x, INDArray y) {
        double xy = x.mul(y).sumNumber().doubleValue();
        return xy / (Math.sqrt(x.mul(x).sumNumber().doubleValue()) * Math.sqrt(y.mul(y).sumNumber().doubleValue()));
    }

    /**
     * @param x {@code [n]}
     * @param y {@code [n]}
     * @return {@code theta} in radians, {@code [0, pi]}
     */
    public static double angle(INDArray x, INDArray y) {
        return Math.acos(Math.max(-1, Math.min(1, cosine(x, y))));
    }
}
