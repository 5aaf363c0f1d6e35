package io.verideck.verifier.formula;

import java.util.List;

/**
 * The syntax tree of a parsed formula. Sums and products are n-ary so that a long flat expression
 * ({@code x + x + ... + x}) stays one level deep: the depth of the tree is bounded by the nesting of the
 * text, which the parser limits.
 */
sealed interface Expr {
    /** 1-based column where this node starts in the typed text. */
    int col();

    /** A number literal or a named constant ({@code e}, {@code pi}). */
    record Num(double value, String text, int col) implements Expr {
    }

    /** A declared variable. */
    record Var(String name, int col) implements Expr {
    }

    /** A built-in function applied to its arguments. */
    record Call(BuiltinFunction function, List<Expr> args, int col) implements Expr {
    }

    /** Unary minus. */
    record Neg(Expr operand, int col) implements Expr {
    }

    /** {@code t0 ± t1 ± ...}; {@code minus.get(i)} says whether term i is subtracted (term 0 never is). */
    record Sum(List<Expr> terms, List<Boolean> minus, int col) implements Expr {
    }

    /** {@code f0 op1 f1 op2 f2 ...}, evaluated left to right; {@code ops.get(i)} joins f(i) and f(i+1). */
    record Product(List<Expr> factors, List<ProductOp> ops, int col) implements Expr {
    }

    /** Element-wise power with a scalar exponent. */
    record Power(Expr base, Expr exponent, int col) implements Expr {
    }

    /** {@code A^T}. */
    record Transpose(Expr operand, int col) implements Expr {
    }

    /** The operators of a {@link Product}. */
    enum ProductOp {
        /** {@code *}, {@code \cdot} or juxtaposition: scaling, matrix product, or element-wise. */
        TIMES(" "),
        /** {@code /}: division by a scalar, or element-wise. */
        DIVIDE(" / "),
        /** {@code .*}, {@code ⊙}: element-wise product. */
        HADAMARD(" .* ");

        private final String symbol;

        ProductOp(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }
    }
}
