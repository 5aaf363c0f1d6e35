package io.verideck.verifier.formula;

import java.util.Map;

/**
 * A parsed formula of the typed-formula language (see docs/formulas.md), bound to its declared
 * variables. Parse with {@link #parse(String, Variables)}, evaluate with {@link #evaluate(Map)}.
 */
public final class Formula {
    private final String text;
    private final Variables variables;
    private final Expr expr;

    private Formula(String text, Variables variables, Expr expr) {
        this.text = text;
        this.variables = variables;
        this.expr = expr;
    }

    /**
     * Parses {@code text} against the declared variables.
     *
     * @throws FormulaException with the column of the first problem: a syntax error, an unknown name, a
     *                          wrong number of function arguments, or input over the size and nesting limits
     */
    public static Formula parse(String text, Variables variables) {
        return new Formula(text, variables, Parser.parse(text, variables.domains().keySet()));
    }

    /**
     * Evaluates the formula at one point.
     *
     * @param point a value for every declared variable the formula uses
     * @return the value; entries are NaN or infinite where the formula is undefined
     * @throws FormulaException when shapes do not fit (for example {@code W^T x} with a non-square W)
     */
    public Value evaluate(Map<String, Value> point) {
        return Evaluator.evaluate(expr, point);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** The declared variables. */
    public Variables variables() {
        return variables;
    }

    /** The names of the variables the formula uses, in order of first use. */
    public java.util.Set<String> usedVariables() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        collect(expr, names);
        return names;
    }

    private static void collect(Expr e, java.util.Set<String> names) {
        if (e instanceof Expr.Var v) names.add(v.name());
        else if (e instanceof Expr.Neg n) collect(n.operand(), names);
        else if (e instanceof Expr.Transpose t) collect(t.operand(), names);
        else if (e instanceof Expr.Power p) {
            collect(p.base(), names);
            collect(p.exponent(), names);
        } else if (e instanceof Expr.Sum s) s.terms().forEach(t -> collect(t, names));
        else if (e instanceof Expr.Product p) p.factors().forEach(f -> collect(f, names));
        else if (e instanceof Expr.Call c) c.args().forEach(a -> collect(a, names));
    }

    /** How the formula was read, in the plain language with explicit parentheses. */
    public String reading() {
        return ExprText.show(expr);
    }

    @Override
    public String toString() {
        return reading();
    }
}
