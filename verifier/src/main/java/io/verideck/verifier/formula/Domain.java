package io.verideck.verifier.formula;

import java.util.random.RandomGenerator;

/**
 * The domain of one variable, as declared in a card's {@code variables} field ({@code z vector[4]}).
 *
 * @param kind what kind of value
 * @param rows rows of the value (1 for scalars)
 * @param cols columns of the value (1 for scalars and vectors)
 */
public record Domain(Kind kind, int rows, int cols) {

    /** The declared kinds, with the ranges random points are drawn from. */
    public enum Kind {
        /** A real number, uniform in [-3, 3]. */
        SCALAR,
        /** A positive number, log-uniform in [0.1, 5]. */
        POSITIVE,
        /** A number in (0, 1), uniform in [0.02, 0.98]. */
        UNIT,
        /** 0 or 1, each with probability 1/2 (a binary label or outcome). */
        BINARY,
        /** A real column vector, entries uniform in [-3, 3]. */
        VECTOR,
        /** A real matrix, entries uniform in [-2, 2]. */
        MATRIX,
        /** A probability vector: positive entries summing to 1 (flat Dirichlet, entries at least 1e-3). */
        PROB,
        /** A one-hot vector with the 1 at a uniformly chosen index. */
        ONEHOT,
        /** A symmetric positive-definite matrix A A^T / n + I with A uniform in [-1, 1]. */
        SPD
    }

    /** A random value in this domain. */
    public Value sample(RandomGenerator random) {
        return switch (kind) {
            case SCALAR -> Value.scalar(random.nextDouble(-3, 3));
            case POSITIVE -> Value.scalar(Math.exp(random.nextDouble(Math.log(0.1), Math.log(5))));
            case UNIT -> Value.scalar(random.nextDouble(0.02, 0.98));
            case BINARY -> Value.scalar(random.nextInt(2));
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

    private Value uniform(RandomGenerator random, double bound) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) data[i] = random.nextDouble(-bound, bound);
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

    @Override
    public String toString() {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case SCALAR, POSITIVE, UNIT, BINARY -> name;
            case MATRIX -> name + "[" + rows + "," + cols + "]";
            default -> name + "[" + rows + "]";
        };
    }
}
