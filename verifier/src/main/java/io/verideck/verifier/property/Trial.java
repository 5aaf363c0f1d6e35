package io.verideck.verifier.property;

import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.Source;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientCheckResult;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One try of one property: draws named inputs and checks closeness, remembering the largest errors
 * and everything drawn (for the failure report).
 */
public final class Trial {
    private final Source source;
    private final long seed;
    /** Drawn inputs by name: rendered text, or a {@link Render.Snapshot} rendered only when a report asks. */
    private final Map<String, Object> inputs = new LinkedHashMap<>();
    private double maxAbsError;
    private double maxRelError;

    /**
     * @param source choices
     * @param seed the try's seed (for checkers that need their own random stream)
     */
    public Trial(Source source, long seed) {
        this.source = source;
        this.seed = seed;
    }

    /**
     * @param name name shown in a failure report
     * @param gen generator
     * @param <T> value type
     * @return the drawn value
     */
    public <T> T draw(String name, Gen<T> gen) {
        T value = gen.generate(source);
        // Arrays are copied now (a property may change them in place) but formatted only for a failure report.
        inputs.put(name, value instanceof INDArray a ? Render.Snapshot.of(a) : Render.value(value));
        return value;
    }

    /** @return the try's seed */
    public long seed() {
        return seed;
    }

    /**
     * @param label what is compared
     * @param actual the value under test
     * @param expected the reference
     * @param tolerance criterion
     */
    public void close(String label, double actual, double expected, Tolerance tolerance) {
        record(actual, expected);
        if (!tolerance.accepts(actual, expected) || Double.isNaN(actual) != Double.isNaN(expected)) {
            throw new PropertyViolation(String.format("%s: got %.15g, expected %.15g (|diff| %.3g)", label, actual,
                    expected, Math.abs(actual - expected)));
        }
    }

    /**
     * Elementwise closeness of two arrays of the same length.
     *
     * @param label what is compared
     * @param actual under test
     * @param expected reference
     * @param tolerance criterion
     */
    public void close(String label, INDArray actual, INDArray expected, Tolerance tolerance) {
        if (actual.length() != expected.length()) {
            throw new PropertyViolation(label + ": length " + actual.length() + " but expected " + expected.length());
        }
        double[] a = Render.entries(actual);
        double[] e = Render.entries(expected);
        for (int i = 0; i < a.length; i++) {
            record(a[i], e[i]);
            if (!tolerance.accepts(a[i], e[i]) || Double.isNaN(a[i]) != Double.isNaN(e[i])) {
                throw new PropertyViolation(String.format("%s: got %.15g, expected %.15g (|diff| %.3g)", label + " entry " + i,
                        a[i], e[i], Math.abs(a[i] - e[i])));
            }
        }
    }

    /**
     * @param condition must hold
     * @param message shown when it does not
     */
    public void require(boolean condition, String message) {
        if (!condition) {
            throw new PropertyViolation(message);
        }
    }

    /**
     * Runs a gradient check and fails the property if it fails.
     *
     * @param label what is checked
     * @param checker the checker
     * @param f function
     * @param x point
     */
    public void gradient(String label, GradientChecker checker, Differentiable f, INDArray x) {
        GradientCheckResult r = checker.check(f, x, seed);
        maxAbsError = Math.max(maxAbsError, r.maxAbsError());
        maxRelError = Math.max(maxRelError, r.maxRelError());
        if (!r.passed()) {
            throw new PropertyViolation(label + ": " + r.mismatch().describe());
        }
    }

    /**
     * Records the errors of a comparison made by the caller.
     *
     * @param actual value
     * @param expected reference
     */
    public void record(double actual, double expected) {
        double abs = Math.abs(actual - expected);
        if (Double.isNaN(abs)) {
            abs = Double.isNaN(actual) && Double.isNaN(expected) ? 0 : Double.POSITIVE_INFINITY;
        }
        maxAbsError = Math.max(maxAbsError, abs);
        maxRelError = Math.max(maxRelError, abs == 0 ? 0 : Tolerance.relativeError(actual, expected));
    }

    /** @return the choices made */
    public long[] choices() {
        return source.choices();
    }

    /** @return drawn inputs by name, rendered */
    public Map<String, String> inputs() {
        Map<String, String> rendered = new LinkedHashMap<>();
        inputs.forEach((name, value) -> rendered.put(name, value.toString()));
        return java.util.Collections.unmodifiableMap(rendered);
    }

    /** @return the largest absolute error recorded */
    public double maxAbsError() {
        return maxAbsError;
    }

    /** @return the largest relative error recorded */
    public double maxRelError() {
        return maxRelError;
    }

    /** Short text forms of drawn values. */
    static final class Render {
        private Render() {
        }

        static String value(Object v) {
            if (v instanceof INDArray a) {
                return Snapshot.of(a).toString();
            }
            return String.valueOf(v);
        }

        /** The entries in row-major order; no ND4J op when the array already is contiguous row-major. */
        static double[] entries(INDArray a) {
            if (a.ordering() == 'c' && !a.isView() && a.data().length() == a.length()) {
                return a.data().asDouble();
            }
            return a.dup('c').reshape(a.length()).toDoubleVector();
        }

        /**
         * A drawn array's shape and (first) entries, formatted on demand.
         *
         * @param shape shape
         * @param length number of entries
         * @param head the entries, or the first 8 when there are more than 64
         */
        record Snapshot(long[] shape, long length, double[] head) {
            static Snapshot of(INDArray a) {
                double[] all = entries(a);
                return new Snapshot(a.shape(), a.length(), a.length() > 64 ? java.util.Arrays.copyOf(all, 8) : all);
            }

            @Override
            public String toString() {
                String s = java.util.Arrays.toString(shape);
                if (length > 64) {
                    return "array " + s + " (" + length + " entries, first: " + java.util.Arrays.toString(head) + ")";
                }
                return s + " " + java.util.Arrays.toString(head);
            }
        }
    }
}
