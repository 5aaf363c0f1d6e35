package io.verideck.verifier.formula;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The domain of one variable, as declared in a card's {@code variables} field ({@code z vector[4]},
 * {@code n integer[1,10]}, {@code x binary[8]}, {@code z vector[4] in (0,1)}).
 *
 * @param kind what kind of value
 * @param rows rows of the value (1 for scalars)
 * @param cols columns of the value (1 for scalars and vectors)
 * @param range the interval entries are drawn from: the declared {@code in (a,b)} of a bounded scalar,
 *     vector or matrix, or the inclusive bounds of an {@code integer[a,b]}; null for the kind's default
 */
public record Domain(Kind kind, int rows, int cols, Interval range) {

    /** The declared kinds, with the ranges random points are drawn from. */
    public enum Kind {
        /** A real number, uniform in [-3, 3] (or in the declared interval). */
        SCALAR,
        /** A positive number, log-uniform in [0.1, 5]. */
        POSITIVE,
        /** A number in (0, 1), uniform in [0.02, 0.98]. */
        UNIT,
        /** 0 or 1, each with probability 1/2 (a binary label or outcome); with a size, a vector of them. */
        BINARY,
        /** An integer, uniform over the inclusive range of {@code integer[a,b]}. */
        INTEGER,
        /** A real column vector, entries uniform in [-3, 3] (or in the declared interval). */
        VECTOR,
        /** A real matrix, entries uniform in [-2, 2] (or in the declared interval). */
        MATRIX,
        /** A probability vector: positive entries summing to 1 (flat Dirichlet, entries at least 1e-3). */
        PROB,
        /** A one-hot vector with the 1 at a uniformly chosen index. */
        ONEHOT,
        /** A symmetric positive-definite matrix A A^T / n + I with A uniform in [-1, 1]. */
        SPD
    }

    /**
     * An interval of the real line. Points are drawn uniformly from it; an open end keeps them 2% of the
     * width away from that end, as {@code unit} does for (0, 1).
     *
     * @param lower lower end
     * @param upper upper end, greater than {@code lower}
     * @param lowerOpen whether {@code lower} is excluded
     * @param upperOpen whether {@code upper} is excluded
     */
    public record Interval(double lower, double upper, boolean lowerOpen, boolean upperOpen) {
        /** Fraction of the width kept clear of an open end. */
        static final double MARGIN = 0.02;

        /** A uniform random number in the interval (away from its open ends). */
        double sample(RandomGenerator random) {
            double width = upper - lower;
            double lo = lowerOpen ? lower + MARGIN * width : lower;
            double hi = upperOpen ? upper - MARGIN * width : upper;
            return lo + (hi - lo) * random.nextDouble();
        }

        @Override
        public String toString() {
            return (lowerOpen ? "(" : "[") + number(lower) + "," + number(upper) + (upperOpen ? ")" : "]");
        }
    }

    /** A domain with the kind's default range. */
    public Domain(Kind kind, int rows, int cols) {
        this(kind, rows, cols, null);
    }

    /** A random value in this domain. */
    public Value sample(RandomGenerator random) {
        return switch (kind) {
            case SCALAR -> range == null ? Value.scalar(random.nextDouble(-3, 3)) : Value.scalar(range.sample(random));
            case POSITIVE -> Value.scalar(Math.exp(random.nextDouble(Math.log(0.1), Math.log(5))));
            case UNIT -> Value.scalar(random.nextDouble(0.02, 0.98));
            case BINARY -> {
                double[] bits = new double[rows * cols];
                for (int i = 0; i < bits.length; i++) bits[i] = random.nextInt(2);
                yield new Value(rows, cols, bits);
            }
            case INTEGER -> Value.scalar((long) range.lower() + random.nextLong((long) range.upper() - (long) range.lower() + 1));
            case VECTOR -> uniform(random, 3);
            case MATRIX -> uniform(random, 2);
            case PROB -> probability(random);
            case ONEHOT -> {
                double[] e = new double[rows];
                e[random.nextInt(rows)] = 1;
                yield new Value(rows, 1, e);
            }
            case SPD -> spd(random);
        };
    }

    /** Whether every value of this domain is a whole number (integers, binary values, one-hot vectors). */
    public boolean integral() {
        return kind == Kind.INTEGER || kind == Kind.BINARY || kind == Kind.ONEHOT;
    }

    private Value uniform(RandomGenerator random, double bound) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) data[i] = range == null ? random.nextDouble(-bound, bound) : range.sample(random);
        return new Value(rows, cols, data);
    }

    private Value probability(RandomGenerator random) {
        double[] p = new double[rows];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            p[i] = 1e-3 - Math.log(1 - random.nextDouble());
            total += p[i];
        }
        for (int i = 0; i < rows; i++) p[i] /= total;
        return new Value(rows, 1, p);
    }

    private Value spd(RandomGenerator random) {
        Value a = uniform(random, 1);
        Value aat = a.matmul(a.transpose());
        double[] data = aat.data().clone();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < rows; c++) data[r * rows + c] = data[r * rows + c] / rows + (r == c ? 1 : 0);
        }
        return new Value(rows, rows, data);
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        String base = switch (kind) {
            case SCALAR, POSITIVE, UNIT -> name;
            case BINARY -> rows == 1 ? name : name + "[" + rows + "]";
            case INTEGER -> name + "[" + number(range.lower()) + "," + number(range.upper()) + "]";
            case MATRIX -> name + "[" + rows + "," + cols + "]";
            default -> name + "[" + rows + "]";
        };
        return range == null || kind == Kind.INTEGER ? base : base + " in " + range;
    }
}
