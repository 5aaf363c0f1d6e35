package io.verideck.verifier.claims;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Large seeded samples for the statistical properties, drawn in one ND4J op from a private generator
 * (so they do not depend on, or disturb, ND4J's shared generator).
 */
final class SeededArrays {
    private SeededArrays() {
    }

    /**
     * @param seed seed
     * @param shape shape
     * @return iid standard normal entries
     */
    static INDArray normal(long seed, long... shape) {
        try (Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed)) {
            return Nd4j.randn(random, shape).castTo(DataType.DOUBLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param seed seed
     * @param shape shape
     * @return iid {@code U(0, 1)} entries
     */
    static INDArray uniform(long seed, long... shape) {
        try (Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed)) {
            return Nd4j.rand(random, shape).castTo(DataType.DOUBLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param values samples
     * @return {@code [mean, standard error of the mean]}
     */
    static double[] meanAndError(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (values.length - 1) / values.length)};
    }

    /**
     * @param x abscissae
     * @param y ordinates
     * @return the least-squares slope of {@code y} on {@code x}
     */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
