package io.verideck.verifier.claims;

import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** An elementwise map {@code R^n -> R^n} as a {@link Differentiable}: its Jacobian is {@code diag(f'(x))}. */
final class Elementwise {
    private Elementwise() {
    }

    /**
     * @param name the input's name in failure reports
     * @param x the point {@code [n]}
     * @param f the map, applied to a stack {@code [m, n]}
     * @param derivative {@code f'}, elementwise
     * @return the differentiable view
     */
    static Differentiable of(String name, INDArray x, UnaryOperator<INDArray> f, UnaryOperator<INDArray> derivative) {
        ParameterLayout layout = ParameterLayout.of(name, x);
        return new Differentiable(layout, x.length(), f, v -> Nd4j.diag(derivative.apply(v.reshape(v.length()))));
    }
}
