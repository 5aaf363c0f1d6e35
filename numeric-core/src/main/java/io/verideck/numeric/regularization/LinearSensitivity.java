package io.verideck.numeric.regularization;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The linear explanation of adversarial examples: {@code max_{||eta||_inf <= eps} w^T eta = eps ||w||_1},
 * attained at {@code eta = eps sign(w)}; for n entries of size m this is {@code eps m n}, linear in the
 * dimension. The L2 budget analogue {@code eps ||w||_2} is smaller as soon as w has two nonzero entries.
 * Shapes: {@code w [n]}. Reference: Goodfellow, Shlens and Szegedy (2015), section 3.
 */
public final class LinearSensitivity {
    private LinearSensitivity() {
    }

    /** @param w weights @param eps budget @return {@code eps sign(w)} */
    public static INDArray worstPerturbation(INDArray w, double eps) {
        return Transforms.sign(w, true).muli(eps);
    }

    /** @param w weights @param eps budget @return {@code eps ||w||_1} */
    public static double maxChange(INDArray w, double eps) {
        return eps * w.norm1Number().doubleValue();
    }

    /** @param w weights @param eps budget @return {@code eps ||w||_2}, the maximum over the L2 ball */
    public static double maxChangeL2(INDArray w, double eps) {
        return eps * w.norm2Number().doubleValue();
    }
}
