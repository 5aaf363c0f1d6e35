package io.verideck.verifier.gradcheck;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares a hand-written Jacobian with central differences (see the package documentation).
 *
 * @param mode full Jacobian or one random direction
 * @param tolerance the criterion
 * @param relativeStep {@code h_i = relativeStep * max(1, |x_i|)}; default {@code 1e-6}
 * @param maxBatchEntries upper bound on the entries of one stacked input batch (memory)
 */
public record GradientChecker(Mode mode, Tolerance tolerance, double relativeStep, long maxBatchEntries) {

    /** Which derivative is compared. */
    public enum Mode {
        /** Every entry of the Jacobian; {@code 2n} evaluations, batched. */
        FULL_JACOBIAN,
        /** The directional derivative along one seeded random unit vector; 2 evaluations. */
        RANDOM_DIRECTION
    }

    /**
     * @param mode mode
     * @param tolerance criterion
     * @return a checker with the default step 1e-6 and batches of at most 4M entries
     */
    public static GradientChecker of(Mode mode, Tolerance tolerance) {
        return new GradientChecker(mode, tolerance, 1e-6, 4_000_000L);
    }

    /**
     * @param f the function
     * @param x the point {@code [n]}
     * @param seed seed of the random direction (ignored in the full mode)
     * @return the result
     */
    public GradientCheckResult check(Differentiable f, INDArray x, long seed) {
        double[] point = x.dup('c').reshape(x.length()).toDoubleVector();
        return mode == Mode.FULL_JACOBIAN ? full(f, point) : direction(f, point, seed);
    }

    private GradientCheckResult full(Differentiable f, double[] x) {
        int n = x.length;
        long k = f.outputs();
        double[] analytic = entries(f.jacobian().apply(Nd4j.createFromArray(x)));
        Comparison cmp = new Comparison(tolerance);
        int chunk = (int) Math.max(1, Math.min(n, maxBatchEntries / (2L * n)));
        for (int start = 0; start < n; start += chunk) {
            int c = Math.min(chunk, n - start);
            double[] steps = new double[c];
            double[] plus = new double[c];
            double[] minus = new double[c];
            for (int j = 0; j < c; j++) {
                int i = start + j;
                steps[j] = relativeStep * Math.max(1.0, Math.abs(x[i]));
                plus[j] = x[i] + steps[j];
                minus[j] = x[i] - steps[j];
            }
            double[] out = entries(evaluate(f, x, start, plus, minus));
            for (int j = 0; j < c; j++) {
                for (int o = 0; o < k; o++) {
                    double numeric = (out[(int) (j * k + o)] - out[(int) ((c + j) * k + o)]) / (2 * steps[j]);
                    double a = analytic[(int) (o * n + start + j)];
                    cmp.add(o, start + j, f.layout(), a, numeric);
                }
            }
        }
        return cmp.result(2L * n);
    }

    /** The entries in row-major order, without an ND4J copy when the array already is contiguous row-major. */
    private static double[] entries(INDArray a) {
        if (a.ordering() == 'c' && !a.isView() && a.data().length() == a.length()) {
            return a.data().asDouble();
        }
        return a.dup('c').reshape(a.length()).toDoubleVector();
    }

    /** Rows {@code j}: x with coordinate {@code start + j} set to {@code plus[j]}; rows {@code c + j}: to {@code minus[j]}. */
    private static INDArray evaluate(Differentiable f, double[] x, int start, double[] plus, double[] minus) {
        if (f.stacked() instanceof CoordinatePerturbations structured) {
            return structured.perturbed(x, start, plus, minus);
        }
        int n = x.length;
        int c = plus.length;
        double[] rows = new double[2 * c * n];
        for (int j = 0; j < c; j++) {
            System.arraycopy(x, 0, rows, j * n, n);
            System.arraycopy(x, 0, rows, (c + j) * n, n);
            rows[j * n + start + j] = plus[j];
            rows[(c + j) * n + start + j] = minus[j];
        }
        return f.stacked().apply(Nd4j.create(rows, new long[] {2L * c, n}, 'c'));
    }

    private GradientCheckResult direction(Differentiable f, double[] x, long seed) {
        int n = x.length;
        long k = f.outputs();
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        double norm = 0;
        double scale = 1;
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
            norm += v[i] * v[i];
            scale = Math.max(scale, Math.abs(x[i]));
        }
        norm = Math.sqrt(norm);
        double h = relativeStep * scale;
        double[] rows = new double[2 * n];
        for (int i = 0; i < n; i++) {
            v[i] /= norm;
            rows[i] = x[i] + h * v[i];
            rows[n + i] = x[i] - h * v[i];
        }
        double[] out = f.stacked().apply(Nd4j.create(rows, new long[] {2, n}, 'c')).dup('c').reshape(2 * k).toDoubleVector();
        INDArray jv = f.jacobian().apply(Nd4j.createFromArray(x)).mmul(Nd4j.createFromArray(v).reshape(n, 1));
        double[] analytic = jv.dup('c').reshape(k).toDoubleVector();
        Comparison cmp = new Comparison(tolerance);
        for (int o = 0; o < k; o++) {
            cmp.add(o, -1, "random direction (seed " + seed + ")", analytic[o], (out[o] - out[(int) (k + o)]) / (2 * h));
        }
        return cmp.result(2);
    }

    /** Accumulates errors and remembers the worst failing entry. */
    private static final class Comparison {
        private final Tolerance tolerance;
        private double maxAbs;
        private double maxRel;
        private long compared;
        private GradientCheckResult.Mismatch worst;
        private double worstExcess = Double.NEGATIVE_INFINITY;

        Comparison(Tolerance tolerance) {
            this.tolerance = tolerance;
        }

        /** Entry of an input named by the layout; the name is built only for a new worst mismatch. */
        void add(long output, long input, ParameterLayout layout, double analytic, double numeric) {
            if (!Double.isNaN(analytic) && !Double.isNaN(numeric) && tolerance.accepts(analytic, numeric)) {
                compared++;
                double abs = Math.abs(analytic - numeric);
                maxAbs = Math.max(maxAbs, abs);
                maxRel = Math.max(maxRel, Tolerance.relativeError(analytic, numeric));
                return;
            }
            add(output, input, layout.describe(input), analytic, numeric);
        }

        void add(long output, long input, String name, double analytic, double numeric) {
            compared++;
            double abs = Math.abs(analytic - numeric);
            boolean bad = !tolerance.accepts(analytic, numeric) || Double.isNaN(analytic) || Double.isNaN(numeric);
            maxAbs = Math.max(maxAbs, Double.isNaN(abs) ? Double.POSITIVE_INFINITY : abs);
            maxRel = Math.max(maxRel, Double.isNaN(abs) ? Double.POSITIVE_INFINITY : Tolerance.relativeError(analytic, numeric));
            double excess = Double.isNaN(abs) ? Double.POSITIVE_INFINITY
                    : abs - (tolerance.atol() + tolerance.rtol() * Math.abs(numeric));
            if (bad && excess > worstExcess) {
                worstExcess = excess;
                worst = new GradientCheckResult.Mismatch(output, input, name, analytic, numeric);
            }
        }

        GradientCheckResult result(long evaluations) {
            return new GradientCheckResult(worst == null, maxAbs, maxRel, compared, evaluations, worst);
        }
    }
}
