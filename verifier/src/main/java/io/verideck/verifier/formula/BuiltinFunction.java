package io.verideck.verifier.formula;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The functions of the formula language. Element-wise functions map every entry; reductions turn a
 * vector or matrix into a scalar; {@code max} and {@code min} reduce with one argument and work
 * element-wise (with broadcasting of a scalar) with two. {@code floor}, {@code ceil} and {@code round}
 * (halves up) treat a value within {@link #INTEGER_SNAP} of a whole number as that number.
 */
enum BuiltinFunction {
    EXP(Math::exp),
    LOG(Math::log, "ln"),
    SQRT(Math::sqrt),
    ABS(Math::abs),
    SIGMOID(BuiltinFunction::sigmoid, "sigma", "logistic"),
    TANH(Math::tanh),
    RELU(x -> Math.max(0, x)),
    SOFTPLUS(x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)))),
    SIN(Math::sin),
    COS(Math::cos),
    TAN(Math::tan),
    SINH(Math::sinh),
    COSH(Math::cosh),
    SIGN(Math::signum, "sgn"),
    LOG1P(Math::log1p),
    FLOOR(BuiltinFunction::floor),
    CEIL(BuiltinFunction::ceil),
    ROUND(x -> floor(x + 0.5)),
    SOFTMAX(1, 1),
    LOGSUMEXP(1, 1),
    SUM(1, 1),
    MEAN(1, 1),
    MAX(1, 2),
    MIN(1, 2),
    DOT(2, 2),
    NORM(1, 1);

    private static final Map<String, BuiltinFunction> BY_NAME = new TreeMap<>();

    static {
        for (BuiltinFunction f : values()) {
            BY_NAME.put(f.name().toLowerCase(Locale.ROOT), f);
            for (String alias : f.aliases) BY_NAME.put(alias, f);
        }
    }

    private final DoubleUnaryOperator elementwise;
    private final int minArgs;
    private final int maxArgs;
    private final List<String> aliases;

    BuiltinFunction(DoubleUnaryOperator elementwise, String... aliases) {
        this.elementwise = elementwise;
        this.minArgs = 1;
        this.maxArgs = 1;
        this.aliases = List.of(aliases);
    }

    BuiltinFunction(int minArgs, int maxArgs) {
        this.elementwise = null;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.aliases = List.of();
    }

    /** The function called {@code name} (or an alias such as {@code ln}, {@code sigma}), or null. */
    static BuiltinFunction byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every accepted function name, sorted. */
    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The name a formula shows. */
    String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    int minArgs() {
        return minArgs;
    }

    int maxArgs() {
        return maxArgs;
    }

    /** The element-wise scalar function, or null for reductions and vector functions. */
    DoubleUnaryOperator elementwise() {
        return elementwise;
    }

    /**
     * How close to a whole number a value must be to count as that number in {@code floor} and
     * {@code ceil}: {@code 1e-9} relative (absolute below 1), so that {@code floor(0.1 * 30)} is 3 even
     * though the product rounds to 2.9999999999999996.
     */
    static final double INTEGER_SNAP = 1e-9;

    /** The largest whole number not above {@code x}, with values within {@link #INTEGER_SNAP} of one snapped to it. */
    static double floor(double x) {
        double nearest = Math.rint(x);
        return Math.abs(x - nearest) <= INTEGER_SNAP * Math.max(1, Math.abs(x)) ? nearest : Math.floor(x);
    }

    /** The smallest whole number not below {@code x}, with values within {@link #INTEGER_SNAP} of one snapped to it. */
    static double ceil(double x) {
        double nearest = Math.rint(x);
        return Math.abs(x - nearest) <= INTEGER_SNAP * Math.max(1, Math.abs(x)) ? nearest : Math.ceil(x);
    }

    private static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
