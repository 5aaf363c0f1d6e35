package io.verideck.verifier.formula;

import io.verideck.verifier.formula.Expr.ProductOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of the formula language. Grammar, loosest binding first:
 *
 * <pre>
 * expr    = product (('+' | '-') product)*
 * product = unary (('*' | '/' | '.*') unary | power)*        the bare power is implicit multiplication
 * unary   = ('-' | '+') unary | power
 * power   = postfix ('^' ('T' | '{T}' | exponent))*          exponent = ('-' | '+')? power (right-assoc)
 * postfix = primary "'"*
 * primary = number | variable | constant | function call | '(' expr ')' | '{' expr '}'
 *         | '\frac' group group | '\sqrt' group | '|' expr '|' | '\lfloor' expr '\rfloor' | '\lceil' expr '\rceil'
 * </pre>
 *
 * Names are resolved while parsing against the declared variables: a declared name is a variable (even
 * {@code e} or {@code sigma}), then come functions, then the constants {@code e} and {@code pi}, then a
 * run of declared names written together ({@code Wx} for {@code W x}). Recursion is bounded by
 * {@link #MAX_DEPTH}, so hostile nesting fails with an error instead of a stack overflow.
 */
final class Parser {
    /** Deepest accepted nesting of groups, signs and exponents. */
    static final int MAX_DEPTH = 100;

    private final List<Token> tokens;
    private final Set<String> declared;
    private int index;
    private int depth;
    private int absDepth;

    private Parser(List<Token> tokens, Set<String> declared) {
        this.tokens = tokens;
        this.declared = declared;
    }

    /**
     * Parses {@code text}.
     *
     * @param declared the declared variable names, or null to accept every unknown name as a variable
     */
    static Expr parse(String text, Set<String> declared) {
        Parser parser = new Parser(Lexer.tokenize(text), declared);
        if (parser.peek().kind() == TokenKind.END) throw new FormulaException(1, "expected a formula, found nothing");
        Expr expr = parser.expr();
        Token end = parser.peek();
        if (end.kind() != TokenKind.END) {
            String expected = end.kind() == TokenKind.RPAREN || end.kind() == TokenKind.RBRACE
                    ? "an operator or the end of the formula (unbalanced " + end.found() + ")"
                    : "an operator or the end of the formula";
            throw error(end, expected);
        }
        return expr;
    }

    private Expr expr() {
        enter();
        try {
            int col = peek().column();
            List<Expr> terms = new ArrayList<>();
            List<Boolean> minus = new ArrayList<>();
            terms.add(product());
            minus.add(false);
            while (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
                minus.add(next().kind() == TokenKind.MINUS);
                terms.add(product());
            }
            return terms.size() == 1 ? terms.get(0) : new Expr.Sum(List.copyOf(terms), List.copyOf(minus), col);
        } finally {
            depth--;
        }
    }

    private Expr product() {
        int col = peek().column();
        List<Expr> factors = new ArrayList<>();
        List<ProductOp> ops = new ArrayList<>();
        factors.add(unary());
        while (true) {
            if (at(TokenKind.STAR) || at(TokenKind.SLASH) || at(TokenKind.HADAMARD)) {
                TokenKind op = next().kind();
                ops.add(op == TokenKind.STAR ? ProductOp.TIMES : op == TokenKind.SLASH ? ProductOp.DIVIDE : ProductOp.HADAMARD);
                factors.add(unary());
            } else if (startsImplicitFactor()) {
                ops.add(ProductOp.TIMES);
                factors.add(power());
            } else {
                break;
            }
        }
        return factors.size() == 1 ? factors.get(0) : new Expr.Product(List.copyOf(factors), List.copyOf(ops), col);
    }

    private boolean startsImplicitFactor() {
        return switch (peek().kind()) {
            case NAME, LPAREN, LBRACE, FRAC, SQRT, LFLOOR, LCEIL -> true;
            case BAR -> absDepth == 0;
            default -> false;
        };
    }

    private Expr unary() {
        if (at(TokenKind.MINUS) || at(TokenKind.PLUS)) {
            Token sign = next();
            enter();
            try {
                Expr operand = unary();
                return sign.kind() == TokenKind.MINUS ? new Expr.Neg(operand, sign.column()) : operand;
            } finally {
                depth--;
            }
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        while (at(TokenKind.CARET)) {
            Token caret = next();
            if (isTransposeMark()) {
                base = new Expr.Transpose(base, base.col());
                continue;
            }
            enter();
            try {
                Expr exponent = at(TokenKind.MINUS) || at(TokenKind.PLUS) ? unary() : power();
                base = new Expr.Power(base, exponent, caret.column());
            } finally {
                depth--;
            }
        }
        return base;
    }

    /** Consumes {@code T}, {@code \top} or {@code {T}} after a caret, if that is what follows. */
    private boolean isTransposeMark() {
        if (isT(peek())) {
            next();
            return true;
        }
        if (at(TokenKind.LBRACE) && isT(peek(1)) && peek(2).kind() == TokenKind.RBRACE) {
            index += 3;
            return true;
        }
        return false;
    }

    private boolean isT(Token t) {
        return t.kind() == TokenKind.TRANSPOSE
                || t.kind() == TokenKind.NAME && t.text().equals("T") && (declared == null || !declared.contains("T"));
    }

    private Expr postfix() {
        Expr base = primary();
        while (at(TokenKind.PRIME)) {
            next();
            base = new Expr.Transpose(base, base.col());
        }
        return base;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                next();
                return new Expr.Num(Double.parseDouble(t.text()), t.text(), t.column());
            }
            case NAME -> {
                next();
                return name(t);
            }
            case LPAREN -> {
                return group(TokenKind.LPAREN, TokenKind.RPAREN);
            }
            case LBRACE -> {
                return group(TokenKind.LBRACE, TokenKind.RBRACE);
            }
            case FRAC -> {
                next();
                Expr numerator = texArgument(t);
                Expr denominator = texArgument(t);
                return new Expr.Product(List.of(numerator, denominator), List.of(ProductOp.DIVIDE), t.column());
            }
            case SQRT -> {
                next();
                return new Expr.Call(BuiltinFunction.SQRT, List.of(texArgument(t)), t.column());
            }
            case BAR -> {
                next();
                absDepth++;
                Expr inner = expr();
                absDepth--;
                expect(TokenKind.BAR, "'|' to close the absolute value");
                return new Expr.Call(BuiltinFunction.ABS, List.of(inner), t.column());
            }
            case LFLOOR -> {
                Expr inner = group(TokenKind.LFLOOR, TokenKind.RFLOOR);
                return new Expr.Call(BuiltinFunction.FLOOR, List.of(inner), t.column());
            }
            case LCEIL -> {
                Expr inner = group(TokenKind.LCEIL, TokenKind.RCEIL);
                return new Expr.Call(BuiltinFunction.CEIL, List.of(inner), t.column());
            }
            default -> throw error(t, "a number, a name or '('");
        }
    }

    private Expr group(TokenKind open, TokenKind close) {
        Token opening = next();
        int savedAbs = absDepth;
        absDepth = 0;
        Expr inner = expr();
        absDepth = savedAbs;
        if (!at(close)) {
            throw error(peek(), close.description() + " to close the " + open.description() + " at col " + opening.column());
        }
        next();
        return inner;
    }

    /** The argument of {@code \frac} or {@code \sqrt}: a braced group, or a single primary. */
    private Expr texArgument(Token command) {
        if (at(TokenKind.LBRACE)) return group(TokenKind.LBRACE, TokenKind.RBRACE);
        if (at(TokenKind.END)) throw error(peek(), "an argument for " + command.found());
        return postfix();
    }

    private Expr name(Token t) {
        String name = t.text();
        if (declared == null || declared.contains(name)) {
            if (declared != null || BuiltinFunction.byName(name) == null) return constantOr(t, true);
        }
        BuiltinFunction function = BuiltinFunction.byName(name);
        if (function != null) return call(function, t);
        if (name.equals("e") || name.equals("pi")) return constantOr(t, false);
        List<String> parts = NameSplit.split(name, declared);
        if (parts != null) {
            int offset = parts.get(0).length();
            for (int i = 1; i < parts.size(); i++) {
                tokens.add(index + i - 1, new Token(TokenKind.NAME, parts.get(i), t.column() + offset));
                offset += parts.get(i).length();
            }
            return new Expr.Var(parts.get(0), t.column());
        }
        throw new FormulaException(t.column(), "unknown name '" + name + "' (variables: "
                + (declared.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(declared))) + ")");
    }

    private Expr constantOr(Token t, boolean variableFirst) {
        String name = t.text();
        if (variableFirst && (declared != null || !(name.equals("e") || name.equals("pi")))) {
            return new Expr.Var(name, t.column());
        }
        return new Expr.Num(name.equals("e") ? Math.E : Math.PI, name, t.column());
    }

    private Expr call(BuiltinFunction function, Token nameToken) {
        List<Expr> args = new ArrayList<>();
        if (at(TokenKind.LPAREN)) {
            Token open = next();
            enter();
            try {
                args.add(expr());
                while (at(TokenKind.COMMA)) {
                    next();
                    args.add(expr());
                }
            } finally {
                depth--;
            }
            if (!at(TokenKind.RPAREN)) throw error(peek(), "',' or ')' to close the '(' at col " + open.column());
            next();
        } else if (at(TokenKind.LBRACE)) {
            args.add(group(TokenKind.LBRACE, TokenKind.RBRACE));
        } else if (startsImplicitFactor() || at(TokenKind.NUMBER) || at(TokenKind.MINUS)) {
            enter();
            try {
                args.add(unary());
            } finally {
                depth--;
            }
        } else {
            throw error(peek(), "'(' after " + nameToken.found());
        }
        if (args.size() < function.minArgs() || args.size() > function.maxArgs()) {
            String wanted = function.minArgs() == function.maxArgs() ? Integer.toString(function.minArgs())
                    : function.minArgs() + " or " + function.maxArgs();
            throw new FormulaException(nameToken.column(), function.displayName() + " takes " + wanted
                    + (wanted.equals("1") ? " argument" : " arguments") + ", found " + args.size());
        }
        return new Expr.Call(function, List.copyOf(args), nameToken.column());
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException(peek().column(), "formula nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(TokenKind kind, String what) {
        if (!at(kind)) throw error(peek(), what);
        next();
    }

    private static FormulaException error(Token found, String expected) {
        return new FormulaException(found.column(), "expected " + expected + ", found " + found.found());
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(index++);
    }
}
