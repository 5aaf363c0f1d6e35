package io.verideck.verifier.gradcheck;

import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A function {@code R^n -> R^k} in the form the checker needs: a stacked evaluation (many inputs as
 * rows, one call) and the analytic Jacobian under test.
 *
 * @param layout names the {@code n} inputs
 * @param outputs {@code k}
 * @param stacked {@code [m, n] -> [m, k]}
 * @param jacobian {@code x [n] -> J [k, n]}, the hand-written derivative
 */
public record Differentiable(ParameterLayout layout, long outputs, Function<INDArray, INDArray> stacked,
        Function<INDArray, INDArray> jacobian) {

    /**
     * A scalar-valued function.
     *
     * @param layout input layout
     * @param stacked {@code [m, n] -> [m]} or {@code [m, 1]}
     * @param gradient {@code x [n] -> grad [n]}
     * @return the function
     */
    public static Differentiable scalar(ParameterLayout layout, Function<INDArray, INDArray> stacked,
            Function<INDArray, INDArray> gradient) {
        return new Differentiable(layout, 1, x -> stacked.apply(x).reshape(x.size(0), 1),
                x -> gradient.apply(x).reshape(1, layout.size()));
    }
}
