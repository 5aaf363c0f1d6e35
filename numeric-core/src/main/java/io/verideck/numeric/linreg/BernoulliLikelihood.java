package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Bernoulli likelihood of {@code n} coin flips with {@code k} ones (claims C7 and C8).
 *
 * <p>{@code L(phi) = prod_i phi^{x_i} (1 - phi)^{1 - x_i}}, {@code log L(phi) = k log phi + (n - k)
 * log(1 - phi)}; log is strictly increasing, so both have the same argmax, the MLE {@code phi_hat =
 * k / n} (the sample mean), with Fisher information {@code I(phi) = 1 / (phi (1 - phi))} per flip.
 * The product of many probabilities underflows in float64 while the log-sum stays finite. Shapes:
 * flips {@code [n]} of 0/1, grids {@code [G]}, stacked data sets {@code [R, n]}. Reference:
 * Goodfellow et al., <i>Deep Learning</i> (2016), sections 5.5 and 5.5.2.
 */
public final class BernoulliLikelihood {
    private BernoulliLikelihood() {
    }

    /**
     * The likelihood as a product, evaluated left to right in float64 as written.
     *
     * @param probabilities {@code p(x_i; phi)} of each observation
     * @return {@code prod_i p_i}
     */
    public static double product(double[] probabilities) {
        double prod = 1;
        for (double p : probabilities) {
            prod *= p;
        }
        return prod;
    }

    /**
     * @param probabilities {@code p(x_i; phi)} of each observation
     * @return {@code sum_i log p_i}
     */
    public static double logSum(double[] probabilities) {
        return Transforms.log(Nd4j.createFromArray(probabilities), false).sumNumber().doubleValue();
    }

    /**
     * @param flips observations {@code [n]} in {0, 1}
     * @param grid parameter values {@code [G]} in (0, 1)
     * @return {@code L(phi)} at every grid point, {@code [G]}
     */
    public static INDArray likelihood(INDArray flips, INDArray grid) {
        double k = flips.sumNumber().doubleValue();
        double n = flips.length();
        return Transforms.pow(grid, k, true).muli(Transforms.pow(grid.rsub(1.0), n - k, false));
    }

    /**
     * @param flips observations {@code [n]} in {0, 1}
     * @param grid parameter values {@code [G]} in (0, 1)
     * @return {@code log L(phi)} at every grid point, {@code [G]}
     */
    public static INDArray logLikelihood(INDArray flips, INDArray grid) {
        double k = flips.sumNumber().doubleValue();
        double n = flips.length();
        return Transforms.log(grid, true).muli(k).addi(Transforms.log(grid.rsub(1.0), false).muli(n - k));
    }

    /**
     * @param flips data sets as rows {@code [R, n]} of 0/1
     * @return the MLE {@code phi_hat = mean} of each row, {@code [R]}
     */
    public static INDArray estimates(INDArray flips) {
        return flips.mean(1);
    }

    /**
     * @param phi success probability
     * @return the Fisher information of one flip, {@code 1 / (phi (1 - phi))}
     */
    public static double fisherInformation(double phi) {
        return 1 / (phi * (1 - phi));
    }
}
