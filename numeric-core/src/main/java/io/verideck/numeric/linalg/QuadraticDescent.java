package io.verideck.numeric.linalg;

/**
 * Gradient descent, optionally with heavy-ball momentum, on {@code f(x) = (1/2) x^T H x} (minimum at
 * 0), and the condition number {@code kappa(H) = max |lambda| / min |lambda|} that governs it. With
 * {@code v <- beta v - rate H x}, {@code x <- x + v} ({@code beta = 0}: plain descent) and the step
 * {@code 2 / (lambda_max + lambda_min)}, plain descent shrinks the error by {@code (kappa - 1) /
 * (kappa + 1)} per step. The iteration runs on {@code double[]} because the matrices are tiny and an
 * ND4J call per step would cost more than the arithmetic. Reference: Goodfellow et al. (2016),
 * sections 4.3 and 8.3.2; Polyak (1964).
 *
 * @param h symmetric positive definite Hessian, {@code n x n}
 * @param rate step size
 * @param momentum heavy-ball coefficient {@code beta} in {@code [0, 1)}
 */
public record QuadraticDescent(double[][] h, double rate, double momentum) {

    /**
     * @param h Hessian
     * @param rate rate
     * @param momentum momentum
     */
    public QuadraticDescent {
        h = h.clone();
    }

    /**
     * @param h symmetric matrix
     * @return {@code max |lambda| / min |lambda|} (infinite for a singular matrix)
     */
    public static double conditionNumber(org.nd4j.linalg.api.ndarray.INDArray h) {
        double[] values = SymmetricEigen.of(h).values().toDoubleVector();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
            min = Math.min(min, Math.abs(v));
        }
        return max / min;
    }

    /**
     * @param x0 start
     * @param steps number of steps
     * @return the iterate after {@code steps} steps
     */
    public double[] run(double[] x0, int steps) {
        double[] x = x0.clone();
        double[] v = new double[x.length];
        for (int s = 0; s < steps; s++) {
            step(x, v);
        }
        return x;
    }

    /**
     * @param x0 start
     * @param tol target distance to the minimum, {@code ||x_t||_2 <= tol}
     * @param maxSteps give up after this many steps
     * @return steps needed, or {@code -1} when not reached
     */
    public int stepsToReach(double[] x0, double tol, int maxSteps) {
        double[] x = x0.clone();
        double[] v = new double[x.length];
        for (int s = 0; s <= maxSteps; s++) {
            if (norm(x) <= tol) {
                return s;
            }
            step(x, v);
        }
        return -1;
    }

    private void step(double[] x, double[] v) {
        int n = x.length;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g[i] += h[i][j] * x[j];
            }
        }
        for (int i = 0; i < n; i++) {
            v[i] = momentum * v[i] - rate * g[i];
            x[i] += v[i];
        }
    }

    /**
     * @param x vector
     * @return its Euclidean norm
     */
    public static double norm(double[] x) {
        double s = 0;
        for (double e : x) {
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
