package io.verideck.verifier.formula;

import java.util.StringJoiner;

/**
 * Writes a syntax tree back in the plain typed language, with explicit parentheses where the reading
 * matters, so a student can see how the input was understood ({@code \frac{1}{1+e^{-x}}} is shown as
 * {@code 1 / (1 + e^(-x))}).
 */
final class ExprText {
    private ExprText() {
    }

    static String show(Expr expr) {
        if (expr instanceof Expr.Num n) return n.text();
        if (expr instanceof Expr.Var v) return v.name();
        if (expr instanceof Expr.Neg n) return "-" + wrapIfCompound(n.operand());
        if (expr instanceof Expr.Transpose t) return wrapUnless(t.operand()) + "^T";
        if (expr instanceof Expr.Power p) return wrapUnless(p.base()) + "^" + wrapUnless(p.exponent());
        if (expr instanceof Expr.Sum s) {
            StringBuilder out = new StringBuilder(show(s.terms().get(0)));
            for (int i = 1; i < s.terms().size(); i++) {
                out.append(s.minus().get(i) ? " - " : " + ").append(s.minus().get(i) ? wrapIfSum(s.terms().get(i)) : show(s.terms().get(i)));
            }
            return out.toString();
        }
        if (expr instanceof Expr.Product p) {
            // after a division, later factors are shown with an explicit '*' so a/b c is not read as a/(b c)
            boolean explicit = p.ops().contains(Expr.ProductOp.DIVIDE);
            Expr first = p.factors().get(0);
            boolean wrapFirst = first instanceof Expr.Product q && q.ops().contains(Expr.ProductOp.DIVIDE);
            StringBuilder out = new StringBuilder(wrapFirst ? "(" + show(first) + ")" : wrapIfSum(first));
            for (int i = 1; i < p.factors().size(); i++) {
                Expr f = p.factors().get(i);
                Expr.ProductOp op = p.ops().get(i - 1);
                boolean strict = op != Expr.ProductOp.TIMES || f instanceof Expr.Product;
                boolean star = op == Expr.ProductOp.TIMES && (explicit || f instanceof Expr.Num n && Character.isDigit(n.text().charAt(0)));
                out.append(star ? " * " : op.symbol())
                        .append(strict ? wrapIfCompound(f) : wrapIfSum(f));
            }
            return out.toString();
        }
        Expr.Call c = (Expr.Call) expr;
        StringJoiner args = new StringJoiner(", ", c.function().displayName() + "(", ")");
        for (Expr a : c.args()) args.add(show(a));
        return args.toString();
    }

    private static String wrapUnless(Expr e) {
        boolean atomic = e instanceof Expr.Num n && n.value() >= 0 || e instanceof Expr.Var || e instanceof Expr.Call;
        return atomic ? show(e) : "(" + show(e) + ")";
    }

    private static String wrapIfSum(Expr e) {
        return e instanceof Expr.Sum ? "(" + show(e) + ")" : show(e);
    }

    private static String wrapIfCompound(Expr e) {
        return e instanceof Expr.Sum || e instanceof Expr.Product || e instanceof Expr.Neg ? "(" + show(e) + ")" : show(e);
    }
}
