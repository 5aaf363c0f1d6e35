package io.verideck.verifier.refuted;

import java.util.Locale;

/**
 * One asserted relation between two computed numbers, e.g. {@code MAE as written = mean |r|}.
 *
 * @param left what the left side is (TeX or words)
 * @param leftValue its value
 * @param relation the asserted relation
 * @param right what the right side is
 * @param rightValue its value
 * @param tolerance for {@code EQ}: allowed {@code |l - r| / max(1, |l|, |r|)}; for {@code LE}/{@code GE}: slack
 */
public record Comparison(String left, double leftValue, Relation relation, String right, double rightValue, double tolerance) {
    /** Default identity tolerance. */
    public static final double TIGHT = 1e-9;

    /** The asserted relation. */
    public enum Relation {
        /** equal within the tolerance */
        EQ("="),
        /** different beyond the tolerance */
        NE("≠"),
        /** less than or equal, with slack */
        LE("≤"),
        /** strictly less */
        LT("<"),
        /** greater than or equal, with slack */
        GE("≥"),
        /** strictly greater */
        GT(">");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** @return the symbol */
        public String symbol() {
            return symbol;
        }
    }

    /** @return an equality with the default tolerance */
    public static Comparison eq(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.EQ, right, r, TIGHT);
    }

    /** @return an equality within {@code tol} (relative to {@code max(1, |l|, |r|)}) */
    public static Comparison approx(String left, double l, String right, double r, double tol) {
        return new Comparison(left, l, Relation.EQ, right, r, tol);
    }

    /** @return an equality within an absolute tolerance {@code abs} (e.g. 5 standard errors) */
    public static Comparison within(String left, double l, String right, double r, double abs) {
        return new Comparison(left, l, Relation.EQ, right, r, abs / Math.max(1, Math.max(Math.abs(l), Math.abs(r))));
    }

    /** @return an inequality {@code l ≠ r} beyond the default tolerance */
    public static Comparison ne(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.NE, right, r, TIGHT);
    }

    /** @return {@code l ≤ r} with a tiny slack */
    public static Comparison le(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.LE, right, r, TIGHT);
    }

    /** @return {@code l ≥ r} with a tiny slack */
    public static Comparison ge(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.GE, right, r, TIGHT);
    }

    /** @return {@code l < r} */
    public static Comparison lt(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.LT, right, r, 0);
    }

    /** @return {@code l > r} */
    public static Comparison gt(String left, double l, String right, double r) {
        return new Comparison(left, l, Relation.GT, right, r, 0);
    }

    /** @return whether the relation holds (NaN on either side: it does not) */
    public boolean holds() {
        double l = leftValue;
        double r = rightValue;
        if (Double.isNaN(l) || Double.isNaN(r)) {
            return false;
        }
        double scale = Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
        return switch (relation) {
            case EQ -> Math.abs(l - r) <= tolerance * scale;
            case NE -> Math.abs(l - r) > tolerance * scale;
            case LE -> l <= r + tolerance * scale;
            case GE -> l + tolerance * scale >= r;
            case LT -> l < r;
            case GT -> l > r;
        };
    }

    /** @return e.g. {@code MAE as written: 2.25  =  mean |r|: 1.5  (fails)} */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s  %s  %s: %s  (%s)", left, num(leftValue), relation.symbol(), right,
                num(rightValue), holds() ? "holds" : "fails");
    }

    /** @return a number as the report prints it */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.10g", v).replaceAll("0+(e|$)", "$1").replaceAll("\\.(e|$)", "$1");
    }
}
