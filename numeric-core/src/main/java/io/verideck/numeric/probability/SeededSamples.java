package io.verideck.numeric.probability;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reproducible samples as float64 arrays: the numbers come from a {@link SplittableRandom} seeded by
 * the caller (portable and exact across platforms), then go to ND4J in one copy so the statistics on
 * them are single vectorised ops.
 */
public final class SeededSamples {
    private SeededSamples() {
    }

    /**
     * @param seed seed
     * @param lo lower end
     * @param hi upper end
     * @param shape shape
     * @return i.i.d. {@code U[lo, hi)} entries
     */
    public static INDArray uniform(long seed, double lo, double hi, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[(int) count(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        return Nd4j.create(v, shape, 'c');
    }

    /**
     * @param seed seed
     * @param mean mean
     * @param sd standard deviation
     * @param shape shape
     * @return i.i.d. {@code N(mean, sd^2)} entries
     */
    public static INDArray normal(long seed, double mean, double sd, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[(int) count(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = mean + sd * r.nextGaussian();
        }
        return Nd4j.create(v, shape, 'c');
    }

    private static long count(long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
