package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Composite Simpson quadrature on each piece between consecutive breakpoints, every node of every
 * piece evaluated in one vectorised call: {@code integral ~ (h/3)(f_0 + 4 f_1 + 2 f_2 + ... + f_m)}.
 * The error on a smooth piece is {@code O(h^4)}. Reference: Press et al., Numerical Recipes (3rd ed.),
 * section 4.1.
 */
public final class Quadrature {
    private Quadrature() {
    }

    /**
     * @param density the density
     * @param intervals Simpson intervals per piece (even)
     * @return {@code integral p} over the breakpoints' range
     */
    public static double integrate(Density density, int intervals) {
        return integrate(density::density, density.breakpoints(), intervals);
    }

    /**
     * @param f elementwise function of an array of nodes
     * @param breakpoints increasing piece ends
     * @param intervals Simpson intervals per piece (even)
     * @return the integral
     */
    public static double integrate(java.util.function.UnaryOperator<INDArray> f, double[] breakpoints, int intervals) {
        if (intervals % 2 != 0) {
            throw new IllegalArgumentException("Simpson needs an even number of intervals: " + intervals);
        }
        int pieces = breakpoints.length - 1;
        int nodes = intervals + 1;
        double[] x = new double[pieces * nodes];
        double[] w = new double[pieces * nodes];
        for (int p = 0; p < pieces; p++) {
            double h = (breakpoints[p + 1] - breakpoints[p]) / intervals;
            for (int i = 0; i <= intervals; i++) {
                x[p * nodes + i] = breakpoints[p] + i * h;
                double c = (i == 0 || i == intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
                w[p * nodes + i] = c * h / 3;
            }
            // nodes on a breakpoint take the one-sided value of their own piece
            x[p * nodes] = Math.nextUp(x[p * nodes]);
            x[p * nodes + intervals] = Math.nextDown(breakpoints[p + 1]);
        }
        return f.apply(Nd4j.createFromArray(x)).mul(Nd4j.createFromArray(w)).sumNumber().doubleValue();
    }
}
