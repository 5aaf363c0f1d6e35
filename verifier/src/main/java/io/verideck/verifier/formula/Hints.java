package io.verideck.verifier.formula;

import java.util.List;
import java.util.Locale;

/**
 * Explains a rejection from the values of both formulas at the sampled points: the typed formula may be
 * the answer times a constant factor (-1 being a sign error), or the answer plus a constant.
 */
final class Hints {
    private Hints() {
    }

    /** A hint for {@code typed} against {@code answer} (same shapes, finite), or null when none applies. */
    static String describe(List<Value> answer, List<Value> typed, FormulaJudge.Options tol) {
        Double factor = commonFactor(answer, typed, tol);
        if (factor != null) {
            if (Math.abs(factor) < 1e-12) return "yours is always 0";
            if (Math.abs(factor + 1) < 1e-9) return "differs in sign: yours is minus the answer";
            return "off by a factor of " + number(factor) + ": yours = " + number(factor) + " × the answer";
        }
        double[] offset = commonOffset(answer, typed, tol);
        if (offset != null) {
            boolean uniform = true;
            for (double d : offset) uniform &= Math.abs(d - offset[0]) <= tol.absoluteTolerance() + tol.relativeTolerance() * Math.abs(d);
            return uniform ? "off by a constant: yours = the answer " + (offset[0] < 0 ? "- " : "+ ") + number(Math.abs(offset[0]))
                    : "off by a constant vector: yours - the answer is always " + new Value(answer.get(0).rows(), answer.get(0).cols(), offset);
        }
        return null;
    }

    private static Double commonFactor(List<Value> answer, List<Value> typed, FormulaJudge.Options tol) {
        Double k = null;
        for (int j = 0; j < answer.size() && k == null; j++) {
            double[] a = answer.get(j).data();
            double[] t = typed.get(j).data();
            for (int i = 0; i < a.length && k == null; i++) {
                if (Math.abs(a[i]) > 1e-6) k = t[i] / a[i];
            }
        }
        if (k == null || Math.abs(k - 1) < 1e-9) return null;
        for (int j = 0; j < answer.size(); j++) {
            double[] a = answer.get(j).data();
            double[] t = typed.get(j).data();
            for (int i = 0; i < a.length; i++) {
                if (!tol.close(t[i], k * a[i])) return null;
            }
        }
        return k;
    }

    private static double[] commonOffset(List<Value> answer, List<Value> typed, FormulaJudge.Options tol) {
        double[] offset = difference(answer.get(0), typed.get(0));
        boolean nonzero = false;
        for (double d : offset) nonzero |= !tol.close(d, 0);
        if (!nonzero || answer.size() < 2) return null;
        for (int j = 1; j < answer.size(); j++) {
            double[] d = difference(answer.get(j), typed.get(j));
            double[] a = answer.get(j).data();
            for (int i = 0; i < d.length; i++) {
                double scale = Math.max(Math.abs(a[i]), Math.abs(offset[i]));
                if (Math.abs(d[i] - offset[i]) > tol.absoluteTolerance() + tol.relativeTolerance() * scale * 10) return null;
            }
        }
        return offset;
    }

    private static double[] difference(Value answer, Value typed) {
        double[] d = new double[answer.size()];
        for (int i = 0; i < d.length; i++) d[i] = typed.data()[i] - answer.data()[i];
        return d;
    }

    /** A factor or constant as a person would write it: {@code 2}, {@code 1/2}, {@code -3/4}, {@code 0.3183}. */
    static String number(double x) {
        for (int q = 1; q <= 12; q++) {
            double p = x * q;
            if (Math.abs(p - Math.rint(p)) < 1e-6 * Math.max(1, Math.abs(p))) {
                long n = Math.round(p);
                return q == 1 ? Long.toString(n) : n + "/" + q;
            }
        }
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
