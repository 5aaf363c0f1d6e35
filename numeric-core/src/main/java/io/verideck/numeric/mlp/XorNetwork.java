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
    /**
     * The same 2-2-1 ReLU architecture with weights drawn uniformly from {@code [-1, 1]} and biases
     * from {@code [0, 0.1]}, reproducibly from {@code seed}.
     *
     * @param seed the source
     * @return a random starting network
     */
    public static Mlp randomStart(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Layer hidden = new Layer(uniform(random, -1, 1, 2, 2), uniform(random, 0, 0.1, 2), Activation.RELU);
        Layer out = new Layer(uniform(random, -1, 1, 2, 1), uniform(random, 0, 0.1, 1), Activation.IDENTITY);
        return new Mlp(List.of(hidden, out));
    }

    /**
     * Full-batch gradient descent on the half mean squared error over the four XOR points, using
     * {@link Backpropagation} for the gradients. Stops early once the mean squared error is below
     * {@code goal} (looked at every 10 steps).
     *
     * @param start the initial network (not modified)
     * @param rate step size
     * @param steps maximum number of steps
     * @param goal mean squared error at which to stop
     * @return the trained network
     */
    public static Mlp train(Mlp start, double rate, int steps, double goal) {
        Mlp mlp = start;
        INDArray x = inputs();
        INDArray y = targets();
        for (int step = 0; step < steps && (step % 10 != 0 || meanSquaredError(mlp) >= goal); step++) {
            Backpropagation.Gradients g = Backpropagation.gradients(mlp, MlpLoss.MSE, x, y);
            List<Layer> next = new java.util.ArrayList<>();
            for (int l = 0; l < mlp.layers().size(); l++) {
                Layer layer = mlp.layers().get(l);
                next.add(new Layer(layer.weights().sub(g.weights().get(l).mul(rate)),
                        layer.bias().sub(g.biases().get(l).reshape(layer.bias().shape()).mul(rate)), layer.activation()));
            }
            mlp = new Mlp(next);
        }
        return mlp;
    }

    /**
     * @param mlp a network with one output
     * @return {@code 1/4 sum (f(x_i) - y_i)^2} over the four XOR points
     */
    public static double meanSquaredError(Mlp mlp) {
        INDArray d = mlp.forward(inputs()).sub(targets());
        return d.mul(d).meanNumber().doubleValue();
    }

    private static INDArray uniform(java.util.SplittableRandom random, double lo, double hi, long... shape) {
        INDArray a = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) {
            a.putScalar(i, lo + (hi - lo) * random.nextDouble());
        }
        return a;
    }
}
