package io.verideck.numeric.sampling;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Estimating pi by the fraction of uniform points inside a circle: {@code pi ~ 4 #{x^2 + y^2 <= 1} / N}
 * for {@code (x, y) ~ U[-1, 1]^2}, or equivalently the radius-1/2 circle centred in the unit square
 * for {@code (x, y) ~ U[0, 1]^2}. The hit indicator is Bernoulli({@code pi/4}), so the standard error is
 * {@code 4 sqrt(p (1 - p) / N)}, {@code p = pi/4}. Shapes: points {@code [N, 2]}.
 */
public final class MonteCarloPi {
    private MonteCarloPi() {
    }

    /**
     * @param points {@code [N, 2]} in {@code [-1, 1]^2}
     * @return the hit indicators {@code [N]}
     */
    public static INDArray hitsCentredSquare(INDArray points) {
        INDArray r2 = points.mul(points).sum(1);
        return Transforms.lessThanOrEqual(r2, r2.dup().assign(1.0)).castTo(points.dataType());
    }

    /**
     * @param points {@code [N, 2]} in {@code [0, 1]^2}
     * @return the hit indicators of the circle of radius 1/2 centred at (1/2, 1/2), {@code [N]}
     */
    public static INDArray hitsUnitSquare(INDArray points) {
        INDArray c = points.sub(0.5);
        INDArray r2 = c.mul(c).sum(1);
        return Transforms.lessThanOrEqual(r2, r2.dup().assign(0.25)).castTo(points.dataType());
    }

    /**
     * @param hits indicators
     * @return {@code 4 * mean(hits)}
     */
    public static double estimate(INDArray hits) {
        return 4 * hits.meanNumber().doubleValue();
    }

    /**
     * @param k hits
     * @param n points
     * @return {@code 4 k / n}
     */
    public static double estimate(double k, double n) {
        return 4 * k / n;
    }

    /**
     * @param n points
     * @return {@code 4 sqrt(p (1 - p) / n)} with {@code p = pi / 4}
     */
    public static double standardError(long n) {
        double p = Math.PI / 4;
        return 4 * Math.sqrt(p * (1 - p) / n);
    }
}
