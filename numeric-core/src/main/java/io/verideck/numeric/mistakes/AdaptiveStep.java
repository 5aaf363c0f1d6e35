package io.verideck.numeric.mistakes;

/**
 * One-parameter AdaGrad and RMSProp (claims J6, J7) driven by a given gradient sequence, returning
 * the update of the last step; and the versions the sources describe in words.
 * AdaGrad: {@code r <- r + g^2}, {@code dtheta = -eps g/(delta + sqrt r)}.
 * RMSProp: {@code r <- rho r + (1 - rho) g^2}, {@code dtheta = -eps g/sqrt(delta + r)}.
 */
public final class AdaptiveStep {
    private AdaptiveStep() {
    }

    /** @return AdaGrad's last update */
    public static double adagrad(double[] g, double eps, double delta) {
        double r = 0;
        for (double v : g) {
            r += v * v;
        }
        double last = g[g.length - 1];
        return -eps * last / (delta + Math.sqrt(r));
    }

    /** @return AdaGrad's accumulator after the sequence */
    public static double adagradAccumulator(double[] g) {
        double r = 0;
        for (double v : g) {
            r += v * v;
        }
        return r;
    }

    /** @return 002-Q07: divided by the square root of the sum of the historical gradients (not squared) */
    public static double adagradAsWritten(double[] g, double eps, double delta) {
        double r = 0;
        for (double v : g) {
            r += v;
        }
        return -eps * g[g.length - 1] / (delta + Math.sqrt(r));
    }

    /** @return RMSProp's last update */
    public static double rmsprop(double[] g, double eps, double rho, double delta) {
        double r = 0;
        for (double v : g) {
            r = rho * r + (1 - rho) * v * v;
        }
        return -eps * g[g.length - 1] / Math.sqrt(delta + r);
    }

    /** @return 001-C62: divided by the square root of the decaying average of the gradients (not squared) */
    public static double rmspropSqrtOfGradients(double[] g, double eps, double rho, double delta) {
        double r = 0;
        for (double v : g) {
            r = rho * r + (1 - rho) * v;
        }
        return -eps * g[g.length - 1] / Math.sqrt(delta + r);
    }

    /** @return 001-C61: divided by a weighted average of recent derivatives (no square, no root) */
    public static double rmspropAverageOfGradients(double[] g, double eps, double rho, double delta) {
        double r = 0;
        for (double v : g) {
            r = rho * r + (1 - rho) * v;
        }
        return -eps * g[g.length - 1] / (delta + r);
    }

    /** @return the heavy-ball velocity after steps with the given gradients: {@code v <- alpha v - eps g} */
    public static double momentumVelocity(double[] g, double eps, double alpha) {
        double v = 0;
        for (double x : g) {
            v = alpha * v - eps * x;
        }
        return v;
    }
}
