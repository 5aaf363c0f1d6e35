package io.verideck.numeric.linreg;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two-predictor model with an interaction term (claim C4):
 * {@code y = beta0 + beta1 a + beta2 b + beta3 a b}, so {@code dy/da = beta1 + beta3 b} and
 * {@code dy/db = beta2 + beta3 a}: the effect of one predictor depends on the other. Shapes:
 * {@code beta [4]}; stacked inputs {@code [S, 2]} as rows {@code (a, b)}. Reference: James et al.,
 * <i>An Introduction to Statistical Learning</i> (2013), section 3.3.2 (sales on TV and radio).
 */
public final class InteractionModel {
    private InteractionModel() {
    }

    /**
     * @param beta {@code (beta0, beta1, beta2, beta3)}
     * @param points rows {@code (a, b)}, {@code [S, 2]}
     * @return predictions {@code [S]}
     */
    public static INDArray predictStacked(INDArray beta, INDArray points) {
        INDArray a = points.getColumn(0);
        INDArray b = points.getColumn(1);
        return a.mul(beta.getDouble(1)).addi(b.mul(beta.getDouble(2))).addi(a.mul(b).muli(beta.getDouble(3)))
                .addi(beta.getDouble(0)).reshape(points.size(0));
    }

    /**
     * @param beta coefficients
     * @param a first predictor
     * @param b second predictor
     * @return {@code (dy/da, dy/db) = (beta1 + beta3 b, beta2 + beta3 a)}
     */
    public static INDArray partials(INDArray beta, double a, double b) {
        return Nd4j.createFromArray(beta.getDouble(1) + beta.getDouble(3) * b, beta.getDouble(2) + beta.getDouble(3) * a);
    }
}
