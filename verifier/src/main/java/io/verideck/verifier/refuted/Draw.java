package io.verideck.verifier.refuted;

import io.verideck.verifier.gen.Source;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Drawing and describing the inputs of a search from a {@link Source}. */
final class Draw {
    private static final double UNIT = 1.0 / (1L << 53);

    private Draw() {
    }

    /** @return uniform in [a, b) */
    static double uniform(Source s, double a, double b) {
        return a + (b - a) * s.draw(1L << 53) * UNIT;
    }

    /** @return uniform integer in [lo, hi] */
    static int integer(Source s, int lo, int hi) {
        return lo + (int) s.draw(hi - lo + 1L);
    }

    /** @return n uniform values in [a, b) */
    static double[] vector(Source s, int n, double a, double b) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = uniform(s, a, b);
        }
        return v;
    }

    /** @return a seeded generator for Monte Carlo loops, itself drawn from the source */
    static SplittableRandom generator(Source s) {
        return new SplittableRandom(s.draw(Long.MAX_VALUE));
    }

    /** @return inputs from alternating names and values (arrays printed in full) */
    static Map<String, String> inputs(Object... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], text(nameValue[i + 1]));
        }
        return m;
    }

    static String text(Object v) {
        if (v instanceof Double d) {
            return Comparison.num(d);
        }
        if (v instanceof double[] a) {
            return Arrays.stream(a).mapToObj(Comparison::num).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof io.verideck.numeric.mistakes.Matrix2 m) {
            return text(new double[][] {{m.a(), m.b()}, {m.c(), m.d()}});
        }
        if (v instanceof double[][] a) {
            return Arrays.stream(a).map(Draw::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }
}
