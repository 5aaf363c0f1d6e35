package io.verideck.verifier.formula;

import io.verideck.verifier.formula.Expr.ProductOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a syntax tree over {@link Value}s. Shapes follow linear algebra: {@code *} and juxtaposition
 * scale when one side is a scalar, multiply matrices when the inner sizes agree, and otherwise work
 * element-wise on equal shapes; {@code + - / .* ^} work element-wise with a scalar broadcast. A shape
 * that fits none of these is a {@link FormulaException} naming the column. Undefined results (log of a
 * negative number, division by zero) are not errors: they come out as NaN or infinite entries.
 */
final class Evaluator {
    /** Most arithmetic operations one evaluation may take (a 100x100 matrix product is 10^6). */
    static final long MAX_WORK = 2_000_000;

    private final Map<String, Value> point;
    private long work;

    private Evaluator(Map<String, Value> point) {
        this.point = point;
    }

    static Value evaluate(Expr expr, Map<String, Value> point) {
        return new Evaluator(point).eval(expr);
    }

    private Value eval(Expr expr) {
        Value value = evalNode(expr);
        charge(value.size(), expr.col());
        return value;
    }

    private void charge(long operations, int col) {
        work += operations;
        if (work > MAX_WORK) {
            throw new FormulaException(col, "formula too costly to evaluate (more than " + MAX_WORK + " arithmetic operations)");
        }
    }

    private Value evalNode(Expr expr) {
        if (expr instanceof Expr.Num n) return Value.scalar(n.value());
        if (expr instanceof Expr.Var v) return variable(v);
        if (expr instanceof Expr.Neg n) return eval(n.operand()).map(x -> -x);
        if (expr instanceof Expr.Transpose t) return eval(t.operand()).transpose();
        if (expr instanceof Expr.Sum s) return sum(s);
        if (expr instanceof Expr.Product p) return product(p);
        if (expr instanceof Expr.Power p) return power(p);
        return call((Expr.Call) expr);
    }

    private Value variable(Expr.Var v) {
        Value value = point.get(v.name());
        if (value == null) throw new FormulaException(v.col(), "no value for variable '" + v.name() + "'");
        return value;
    }

    private Value sum(Expr.Sum s) {
        Value acc = eval(s.terms().get(0));
        for (int i = 1; i < s.terms().size(); i++) {
            Expr term = s.terms().get(i);
            Value right = eval(term);
            requireElementwise(acc, right, term.col(), s.minus().get(i) ? "subtract" : "add");
            acc = s.minus().get(i) ? acc.zip(right, (a, b) -> a - b) : acc.zip(right, Double::sum);
        }
        return acc;
    }

    private Value product(Expr.Product p) {
        Value acc = eval(p.factors().get(0));
        for (int i = 1; i < p.factors().size(); i++) {
            Expr factor = p.factors().get(i);
            Value right = eval(factor);
            ProductOp op = p.ops().get(i - 1);
            acc = switch (op) {
                case TIMES -> times(acc, right, factor.col());
                case DIVIDE -> {
                    requireElementwise(acc, right, factor.col(), "divide");
                    yield acc.zip(right, (a, b) -> a / b);
                }
                case HADAMARD -> {
                    requireElementwise(acc, right, factor.col(), "multiply element-wise");
                    yield acc.zip(right, (a, b) -> a * b);
                }
            };
        }
        return acc;
    }

    private Value times(Value a, Value b, int col) {
        if (a.isScalar() || b.isScalar() || (a.sameShape(b) && a.cols() != a.rows())) {
            return a.zip(b, (x, y) -> x * y);
        }
        if (a.cols() == b.rows()) {
            charge((long) a.rows() * a.cols() * b.cols(), col);
            return a.matmul(b);
        }
        throw new FormulaException(col, "cannot multiply " + a.shape() + " by " + b.shape()
                + " (for a matrix product the inner sizes must agree: " + a.cols() + " vs " + b.rows() + ")");
    }

    private Value power(Expr.Power p) {
        Value base = eval(p.base());
        Value exponent = eval(p.exponent());
        if (!exponent.isScalar() && !base.isScalar() && !exponent.sameShape(base)) {
            throw new FormulaException(p.exponent().col(), "the exponent must be a scalar or have the shape of the base, found " + exponent.shape() + " for " + base.shape());
        }
        return base.zip(exponent, Math::pow);
    }

    private Value call(Expr.Call c) {
        List<Value> args = new ArrayList<>(c.args().size());
        for (Expr arg : c.args()) args.add(eval(arg));
        BuiltinFunction f = c.function();
        if (f.elementwise() != null) return args.get(0).map(f.elementwise());
        Value x = args.get(0);
        return switch (f) {
            case SUM -> Value.scalar(total(x));
            case MEAN -> Value.scalar(total(x) / x.size());
            case NORM -> Value.scalar(Math.sqrt(total(x.map(v -> v * v))));
            case MAX, MIN -> extreme(f == BuiltinFunction.MAX, args, c);
            case DOT -> dot(x, args.get(1), c);
            case SOFTMAX -> softmax(vector(x, c));
            case LOGSUMEXP -> Value.scalar(logSumExp(x));
            default -> throw new IllegalStateException("no rule for " + f);
        };
    }

    private static Value extreme(boolean max, List<Value> args, Expr.Call c) {
        if (args.size() == 1) {
            double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : args.get(0).data()) best = max ? Math.max(best, v) : Math.min(best, v);
            return Value.scalar(best);
        }
        requireElementwise(args.get(0), args.get(1), c.args().get(1).col(), c.function().displayName() + " of");
        return args.get(0).zip(args.get(1), max ? Math::max : Math::min);
    }

    private static Value dot(Value a, Value b, Expr.Call c) {
        if (!a.isVector() || !b.isVector() || a.size() != b.size()) {
            throw new FormulaException(c.col(), "dot needs two vectors of the same length, found " + a.shape() + " and " + b.shape());
        }
        double s = 0;
        for (int i = 0; i < a.size(); i++) s += a.data()[i] * b.data()[i];
        return Value.scalar(s);
    }

    private static Value vector(Value x, Expr.Call c) {
        if (!x.isVector()) throw new FormulaException(c.col(), c.function().displayName() + " needs a vector, found " + x.shape());
        return x;
    }

    private static Value softmax(Value x) {
        double lse = logSumExp(x);
        return x.map(v -> Math.exp(v - lse));
    }

    private static double logSumExp(Value x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x.data()) max = Math.max(max, v);
        if (!Double.isFinite(max)) return max;
        double s = 0;
        for (double v : x.data()) s += Math.exp(v - max);
        return max + Math.log(s);
    }

    private static double total(Value x) {
        double s = 0;
        for (double v : x.data()) s += v;
        return s;
    }

    private static void requireElementwise(Value a, Value b, int col, String verb) {
        if (a.isScalar() || b.isScalar() || a.sameShape(b)) return;
        throw new FormulaException(col, "cannot " + verb + " " + a.shape() + " and " + b.shape() + " (shapes differ)");
    }
}
