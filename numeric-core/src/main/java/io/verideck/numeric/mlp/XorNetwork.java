package io.verideck.numeric.mlp;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The hand-built two-layer ReLU network that computes XOR.
 *
 * <p>{@code f(x) = w^T max(0, W^T x + c) + b} with {@code W = [[1, 1], [1, 1]]}, {@code c = (0, -1)},
 * {@code w = (1, -2)}, {@code b = 0}; on the inputs {@code (0,0), (0,1), (1,0), (1,1)} it returns
 * {@code 0, 1, 1, 0}. Reference: Goodfellow et al. (2016), section 6.1.
 */
public final class XorNetwork {
    private XorNetwork() {
    }

    /** @return the network above as an {@link Mlp} */
    public static Mlp solution() {
        Layer hidden = new Layer(Nd4j.ones(2, 2), Nd4j.createFromArray(0.0, -1.0), Activation.RELU);
        Layer out = new Layer(Nd4j.createFromArray(new double[][] {{1}, {-2}}), Nd4j.zeros(1), Activation.IDENTITY);
        return new Mlp(List.of(hidden, out));
    }

    /** @return the four inputs as rows {@code [4, 2]} */
    public static INDArray inputs() {
        return Nd4j.createFromArray(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    }

    /** @return the XOR targets {@code [4, 1]} */
    public static INDArray targets() {
        return Nd4j.createFromArray(new double[][] {{0}, {1}, {1}, {0}});
    }
}
