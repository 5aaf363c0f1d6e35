package io.verideck.verifier.claims;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Large seeded samples for the statistical tests (Monte Carlo with {@code n >= 1e5}), drawn in plain
 * Java and handed to ND4J as one array, so a fixed seed gives the same sample on every run.
 */
final class SeededNoise {
    private SeededNoise() {
    }

    /**
     * @param seed seed
     * @param shape shape
     * @return standard-normal entries (Box-Muller)
     */
    static INDArray gaussian(long seed, long... shape) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[(int) count(shape)];
        for (int i = 0; i < v.length; i += 2) {
            double r = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
            double a = 2 * Math.PI * random.nextDouble();
            v[i] = r * Math.cos(a);
            if (i + 1 < v.length) {
                v[i + 1] = r * Math.sin(a);
            }
        }
        return Nd4j.create(v, shape, 'c');
    }

    /**
     * @param seed seed
     * @param p success probability
     * @param shape shape
     * @return independent 0/1 entries, 1 with probability {@code p}
     */
    static INDArray bernoulli(long seed, double p, long... shape) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[(int) count(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble() < p ? 1 : 0;
        }
        return Nd4j.create(v, shape, 'c');
    }

    /**
     * @param sample values {@code [M]}
     * @return {@code (mean, standard error of the mean)}
     */
    static double[] meanAndError(INDArray sample) {
        double m = sample.meanNumber().doubleValue();
        double sd = sample.stdNumber().doubleValue();
        return new double[] {m, sd / Math.sqrt(sample.length())};
    }

    /**
     * @param sample values {@code [M]}
     * @return {@code (sample variance, its standard error sqrt((m4 - s^4) / M))}
     */
    static double[] varianceAndError(INDArray sample) {
        INDArray d = sample.sub(sample.meanNumber());
        INDArray sq = d.mul(d);
        double s2 = sq.meanNumber().doubleValue();
        double m4 = sq.muli(sq).meanNumber().doubleValue();
        return new double[] {s2 * sample.length() / (sample.length() - 1.0), Math.sqrt((m4 - s2 * s2) / sample.length())};
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
