package io.verideck.cli.exam;

import java.lang.reflect.Method;

/**
 * Judges a typed formula with the verifier's {@code io.verideck.verifier.formula.FormulaJudge}, loaded
 * by name: quiz-cli never has the verifier (or ND4J) on its compile class path. The expected contract
 * is a public static method {@code judge(String expected, String variables, String typed)} whose
 * result's {@code toString()} is a one-line verdict and which has a boolean {@code accepted()}. When the
 * class or method is absent, {@link #judge} answers "formula checking unavailable".
 */
public final class FormulaCheck {
    /** The judge's class name. */
    static final String JUDGE = "io.verideck.verifier.formula.FormulaJudge";

    /**
     * A verdict on a typed formula.
     *
     * @param available false when no judge could be loaded
     * @param accepted  true when the typed formula equals the card's
     * @param message   the judge's one-line verdict (counterexample point, "off by a factor" hints)
     */
    public record Verdict(boolean available, boolean accepted, String message) {
    }

    private final String className;

    public FormulaCheck() {
        this(JUDGE);
    }

    FormulaCheck(String className) {
        this.className = className;
    }

    /** Judges {@code typed} against a card's formula and variable domains. */
    public Verdict judge(String expected, String variables, String typed) {
        Method m;
        try {
            m = Class.forName(className).getMethod("judge", String.class, String.class, String.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return new Verdict(false, false, "formula checking unavailable (the verifier is not installed)");
        }
        try {
            Object r = m.invoke(null, expected, variables, typed);
            boolean ok = false;
            try {
                ok = Boolean.TRUE.equals(r.getClass().getMethod("accepted").invoke(r));
            } catch (NoSuchMethodException e) {
                ok = false;
            }
            return new Verdict(true, ok, String.valueOf(r));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            return new Verdict(false, false, "formula checking unavailable: " + c.getMessage());
        }
    }
}
