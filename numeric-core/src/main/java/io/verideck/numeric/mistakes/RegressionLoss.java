package io.verideck.numeric.mistakes;

/**
 * Regression losses over residual pairs {@code (y_i, p_i)}, as defined (claims E1, E2, E3, E5) and as
 * source 000-Q29 writes two of them.
 */
public final class RegressionLoss {
    private RegressionLoss() {
    }

    /** @return {@code 1/n sum (y_i - p_i)^2} */
    public static double mse(double[] y, double[] p) {
        return sse(y, p) / y.length;
    }

    /** @return {@code sum (y_i - p_i)^2} */
    public static double sse(double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - p[i]) * (y[i] - p[i]);
        }
        return s;
    }

    /** @return {@code 1/n sum |y_i - p_i|} */
    public static double mae(double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - p[i]);
        }
        return s / y.length;
    }

    /** @return 000-Q29's "MAE": {@code sum |y_i - p_i|^2 / n}, which squares */
    public static double maeAsWritten(double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.pow(Math.abs(y[i] - p[i]), 2);
        }
        return s / y.length;
    }

    /** @return pinball loss of one pair: {@code gamma |r|} if {@code y >= p}, else {@code (1 - gamma)|r|} */
    public static double quantile(double gamma, double y, double p) {
        return y < p ? (1 - gamma) * Math.abs(y - p) : gamma * Math.abs(y - p);
    }

    /** @return 000-Q29's version: {@code (gamma - 1)|r|} for {@code y < p} */
    public static double quantileAsWritten(double gamma, double y, double p) {
        return y < p ? (gamma - 1) * Math.abs(y - p) : gamma * Math.abs(y - p);
    }

    /** @return Huber loss of residual r: {@code r^2/2} if {@code |r| <= delta}, else {@code delta(|r| - delta/2)} */
    public static double huber(double delta, double r) {
        double a = Math.abs(r);
        return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    }
}
