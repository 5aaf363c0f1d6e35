package io.verideck.verifier.refuted;

/** The few dense-array operations the searches need (plain doubles). */
final class Dense {
    private Dense() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** @return {@code M v} for {@code M[rows][cols]} */
    static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = dot(m[i], v);
        }
        return out;
    }

    /** @return {@code M^T v} */
    static double[] transposeTimes(double[][] m, double[] v) {
        double[] out = new double[m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += m[i][j] * v[i];
            }
        }
        return out;
    }

    static double[][] matrix(io.verideck.verifier.gen.Source s, int rows, int cols, double a, double b) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = Draw.vector(s, cols, a, b);
        }
        return m;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    static double sumSquares(double[] v) {
        return dot(v, v);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** @return the grid point in {@code [lo, hi]} (step h) where f is smallest */
    static double argmin(java.util.function.DoubleUnaryOperator f, double lo, double hi, double h) {
        double best = lo;
        double bestValue = Double.POSITIVE_INFINITY;
        int steps = (int) Math.round((hi - lo) / h);
        for (int i = 0; i <= steps; i++) {
            double x = lo + i * h;
            double v = f.applyAsDouble(x);
            if (v < bestValue) {
                bestValue = v;
                best = x;
            }
        }
        return best;
    }

    /** @return central difference of f at x */
    static double derivative(java.util.function.DoubleUnaryOperator f, double x) {
        double h = 1e-6 * Math.max(1, Math.abs(x));
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** @return the standard normal upper tail {@code 1 - Phi(z)} (Numerical Recipes erfc, relative error below 1.2e-7) */
    static double upperTail(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
                + t * 0.17087277)))))))));
        return 0.5 * (x >= 0 ? erfc : 2 - erfc);
    }
}
