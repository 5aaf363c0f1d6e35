package io.verideck.verifier.cli;

import io.verideck.verifier.formula.Verdict;
import java.util.Arrays;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a {@link Verdict} as one JSON object (the {@code check-formula --json} output). */
final class VerdictJson {
    private VerdictJson() {
    }

    static String write(Verdict verdict, String card, String reading) {
        StringJoiner counterexample = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, Object> e : verdict.counterexample().entrySet()) {
            counterexample.add(string(e.getKey()) + ": " + value(e.getValue()));
        }
        return "{\"result\": " + string(verdict.result().name())
                + ", \"card\": " + string(card)
                + ", \"readAs\": " + string(reading)
                + ", \"hint\": " + string(verdict.hint())
                + ", \"counterexample\": " + counterexample
                + ", \"pointsTried\": " + verdict.pointsTried()
                + ", \"pointsSkipped\": " + verdict.pointsSkipped()
                + ", \"error\": " + string(verdict.error()) + "}";
    }

    /** A Double, double[] or double[][] as a JSON number or array. */
    static String value(Object value) {
        if (value instanceof double[] v) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (double x : v) out.add(number(x));
            return out.toString();
        }
        if (value instanceof double[][] m) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            Arrays.stream(m).forEach(row -> out.add(value(row)));
            return out.toString();
        }
        return number(((Number) value).doubleValue());
    }

    private static String number(double x) {
        if (!Double.isFinite(x)) return "null";
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static String string(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
