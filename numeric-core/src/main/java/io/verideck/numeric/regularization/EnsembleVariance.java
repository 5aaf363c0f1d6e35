package io.verideck.numeric.regularization;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The squared error of an average of k models whose errors have variance v and pairwise covariance c:
 * {@code E[(1/k sum_i e_i)^2] = v/k + (k-1)/k c}. Independent errors (c = 0) shrink it as 1/k;
 * identical errors (c = v) give no gain. Correlated Gaussian errors are drawn as
 * {@code e_i = sqrt(c) z_0 + sqrt(v - c) z_i}. Also bootstrap resampling: N indices drawn with
 * replacement from N. Reference: Goodfellow et al., <i>Deep Learning</i>, section 7.11, eq. 7.50.
 */
public final class EnsembleVariance {
    private EnsembleVariance() {
    }

    /** @param v error variance @param c pairwise covariance @param k models @return {@code v/k + (k-1)/k c} */
    public static double expectedSquaredError(double v, double c, int k) {
        return v / k + (k - 1.0) / k * c;
    }

    /**
     * @param v variance
     * @param c covariance, {@code 0 <= c <= v}
     * @param k models
     * @param samples draws
     * @param seed seed
     * @return errors {@code [samples, k]}
     */
    public static INDArray correlatedErrors(double v, double c, int k, long samples, long seed) {
        org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        INDArray z = rng.nextGaussian(new long[] {samples, k + 1}).castTo(DataType.DOUBLE);
        INDArray shared = z.getColumn(0).reshape(samples, 1).mul(Math.sqrt(c));
        return z.getColumns(java.util.stream.IntStream.rangeClosed(1, k).toArray()).muli(Math.sqrt(v - c)).addiColumnVector(shared);
    }

    /**
     * @param n dataset size
     * @param seed seed
     * @return a bootstrap sample: n indices in [0, n) drawn with replacement
     */
    public static int[] bootstrapIndices(int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }
}
