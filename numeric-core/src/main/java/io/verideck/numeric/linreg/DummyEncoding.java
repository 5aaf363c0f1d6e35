package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dummy (indicator) coding of a qualitative predictor with {@code k} levels (claim C4): level 0 is the
 * baseline and levels {@code 1..k-1} get one indicator column each, so a design with an intercept
 * keeps full column rank; coding all {@code k} levels next to an intercept makes the columns sum to
 * the intercept column (the "dummy variable trap"). Shapes: levels {@code [n]} (integers), designs
 * {@code [n, columns]}. Reference: James et al., <i>An Introduction to Statistical Learning</i>
 * (2013), section 3.3.1.
 */
public final class DummyEncoding {
    private DummyEncoding() {
    }

    /**
     * @param levels level of each observation, in {@code [0, k)}
     * @param k number of levels
     * @param withBaseline whether level 0 gets a column too (the rank-deficient coding)
     * @return an intercept column followed by the indicator columns
     */
    public static INDArray design(int[] levels, int k, boolean withBaseline) {
        int first = withBaseline ? 0 : 1;
        INDArray x = Nd4j.zeros(levels.length, 1 + k - first);
        for (int i = 0; i < levels.length; i++) {
            x.putScalar(i, 0, 1.0);
            if (levels[i] >= first) {
                x.putScalar(i, 1 + levels[i] - first, 1.0);
            }
        }
        return x;
    }

    /**
     * The numerical rank: eigenvalues of {@code X^T X} above {@code 1e-10} times the largest.
     *
     * @param x design {@code [n, p]}
     * @return its column rank
     */
    public static int rank(INDArray x) {
        INDArray eig = Eigen.symmetricGeneralizedEigenvalues(x.transpose().mmul(x).dup());
        double largest = eig.amaxNumber().doubleValue();
        int rank = 0;
        for (double v : eig.toDoubleVector()) {
            if (v > 1e-10 * largest) {
                rank++;
            }
        }
        return rank;
    }
}
