package io.verideck.cli.exam;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Judges a typed formula with the verifier's {@code io.verideck.verifier.formula.FormulaJudge}, loaded
 * by name: quiz-cli never has the verifier (or ND4J) on its compile class path. The judge's contract
 * (branch {@code formula}): {@code static Verdict judge(String reference, String variables, String typed,
 * long seed)}, the verdict having {@code result()} (ACCEPTED, REJECTED or INVALID), {@code accepted()},
 * {@code hint()}, {@code counterexample()} (a map) and {@code error()}. A judge with only
 * {@code judge(String, String, String)} is accepted too. When the class is absent, {@link #judge}
 * answers "formula checking unavailable".
 */
public final class FormulaCheck {
    /** The judge's class name. */
    static final String JUDGE = "io.verideck.verifier.formula.FormulaJudge";
    /** Seed of the judge's random points: fixed, so the same typed formula always gets the same verdict. */
    static final long SEED = 7_2026L;

    /**
     * A verdict on a typed formula.
     *
     * @param available false when no judge could be loaded, or it could not read the formula
     * @param accepted  true when the typed formula equals the card's
     * @param message   one line: accepted, or rejected with the hint and the counterexample point
     */
    public record Verdict(boolean available, boolean accepted, String message) {
    }

    private final String className;

    public FormulaCheck() {
        this(JUDGE);
    }

    /** A check that loads the judge class {@code className} (tests pass a stand-in with the same contract). */
    public FormulaCheck(String className) {
        this.className = className;
    }

    /** Judges {@code typed} against a card's formula and variable domains. */
    public Verdict judge(String expected, String variables, String typed) {
        Object r;
        try {
            Class<?> judge = Class.forName(className);
            Method m = find(judge);
            if (m == null) return unavailable("the verifier's FormulaJudge has no judge method this version understands");
            r = m.getParameterCount() == 4 ? m.invoke(null, expected, variables, typed, SEED) : m.invoke(null, expected, variables, typed);
        } catch (ClassNotFoundException | LinkageError e) {
            return unavailable("the verifier is not installed");
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            return unavailable(String.valueOf(c.getMessage()));
        }
        return describe(r);
    }

    private static Method find(Class<?> judge) {
        for (Class<?>[] sig : new Class<?>[][] {{String.class, String.class, String.class, long.class},
            {String.class, String.class, String.class}}) {
            try {
                return judge.getMethod("judge", sig);
            } catch (NoSuchMethodException e) {
                // try the next signature
            }
        }
        return null;
    }

    private static Verdict describe(Object r) {
        String result = String.valueOf(call(r, "result"));
        boolean accepted = Boolean.TRUE.equals(call(r, "accepted"));
        if (accepted) return new Verdict(true, true, "accepted: equal to the card's formula at every point tried");
        if ("INVALID".equals(result)) {
            Object err = call(r, "error");
            return new Verdict(false, false, "could not read the formula: " + (err == null ? r : err));
        }
        Object hint = call(r, "hint");
        Object point = call(r, "counterexample");
        StringBuilder b = new StringBuilder("rejected");
        if (hint != null) b.append(": ").append(hint);
        if (point instanceof Map<?, ?> m && !m.isEmpty()) b.append("; they differ at ").append(pointText(m));
        if (hint == null && !(point instanceof Map<?, ?>)) b.append(": ").append(r);
        return new Verdict(true, false, b.toString());
    }

    private static String pointText(Map<?, ?> m) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (b.length() > 0) b.append(", ");
            Object v = e.getValue();
            String s = v instanceof double[] d ? java.util.Arrays.toString(d)
                    : v instanceof double[][] dd ? java.util.Arrays.deepToString(dd) : String.valueOf(v);
            b.append(e.getKey()).append(" = ").append(s.length() > 80 ? s.substring(0, 80) + "..." : s);
        }
        return b.toString();
    }

    private static Object call(Object o, String method) {
        try {
            return o.getClass().getMethod(method).invoke(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Verdict unavailable(String why) {
        return new Verdict(false, false, "formula checking unavailable (" + why + ")");
    }
}
