package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.mlp.Activation;
import io.verideck.numeric.mlp.Backpropagation;
import io.verideck.numeric.mlp.Layer;
import io.verideck.numeric.mlp.Mlp;
import io.verideck.numeric.mlp.MlpLoss;
import io.verideck.numeric.mlp.PerturbedLoss;
import io.verideck.numeric.mlp.XorNetwork;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.CoordinatePerturbations;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** G1, G2, G3: MLP forward pass, the XOR solution, backpropagation. */
public final class MlpClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);

    private MlpClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(forward(), xor(), backprop());
    }

    /**
     * The loss of {@code mlp} on {@code (x, y)} as a function of all its weights and biases.
     *
     * @param mlp the network (its parameters are the point)
     * @param loss the loss
     * @param x inputs
     * @param y targets
     * @return the function, layout {@code W1, b1, W2, b2, ...}
     */
    public static Differentiable lossOfParameters(Mlp mlp, MlpLoss loss, INDArray x, INDArray y) {
        List<Object> named = new ArrayList<>();
        for (int l = 0; l < mlp.layers().size(); l++) {
            named.add("W" + (l + 1));
            named.add(mlp.layers().get(l).weights());
            named.add("b" + (l + 1));
            named.add(mlp.layers().get(l).bias());
        }
        ParameterLayout layout = ParameterLayout.of(named.toArray());
        long n = layout.size();
        return new Differentiable(layout, 1, new StackedLoss(mlp, loss, x, y, layout), v -> {
            Mlp at = PerturbedLoss.withParameters(mlp, v.toDoubleVector());
            Backpropagation.Gradients g = Backpropagation.gradients(at, loss, x, y);
            List<INDArray> parts = new ArrayList<>();
            for (int l = 0; l < at.layers().size(); l++) {
                parts.add(g.weights().get(l));
                parts.add(g.biases().get(l));
            }
            // One op: every gradient flattened row-major and concatenated, in layout order.
            return Nd4j.toFlattened('c', parts.toArray(new INDArray[0])).reshape(1, n);
        });
    }

    /**
     * The loss at stacked parameter vectors; for the one-coordinate moves of a full-Jacobian check it
     * computes the layers below the moved weight once ({@link PerturbedLoss}).
     */
    private record StackedLoss(Mlp mlp, MlpLoss loss, INDArray x, INDArray y, ParameterLayout layout)
            implements Function<INDArray, INDArray>, CoordinatePerturbations {
        @Override
        public INDArray apply(INDArray s) {
            List<INDArray> p = layout.unpack(s);
            List<INDArray> w = new ArrayList<>();
            List<INDArray> b = new ArrayList<>();
            for (int l = 0; l < p.size(); l += 2) {
                w.add(p.get(l));
                b.add(p.get(l + 1));
            }
            return loss.valueStacked(mlp.forwardStacked(x, w, b), y).reshape(s.size(0), 1);
        }

        @Override
        public INDArray perturbed(double[] point, int start, double[] plus, double[] minus) {
            double[] values = PerturbedLoss.losses(PerturbedLoss.withParameters(mlp, point), loss, x, y, start, plus, minus);
            return Nd4j.create(values, new long[] {values.length, 1}, 'c');
        }
    }

    /**
     * @param t trial
     * @param activations activations to choose from
     * @param inputs input size
     * @param outputs output size
     * @return a random MLP of depth 1 to 4
     */
    static Mlp drawMlp(Trial t, Activation[] activations, int inputs, int outputs) {
        return drawMlp(t, activations, inputs, outputs, 1);
    }

    static Mlp drawMlp(Trial t, Activation[] activations, int inputs, int outputs, int minWidth) {
        int depth = t.draw("depth", Gen.integers(1, 4));
        List<Layer> layers = new ArrayList<>();
        int in = inputs;
        for (int l = 0; l < depth; l++) {
            int out = l == depth - 1 ? outputs : t.draw("width" + (l + 1), Gen.integers(minWidth, 5));
            Activation g = l == depth - 1 ? Activation.IDENTITY : t.draw("g" + (l + 1), Gen.oneOf(activations));
            layers.add(new Layer(t.draw("W" + (l + 1), TensorGen.dense(-1.5, 1.5, in, out)),
                    t.draw("b" + (l + 1), TensorGen.dense(-0.5, 0.5, out)), g));
            in = out;
        }
        return new Mlp(layers);
    }

    private static Claim forward() {
        return new Claim("G1", "mlp-forward", "h^{(l)}=g^{(l)}(W^{(l)T}h^{(l-1)}+b^{(l)})",
                "io.verideck.numeric.mlp.Mlp", Set.of("mlp"), List.of(
                forAll("index loops equal the matrix implementation; output shape is (B, K)", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    int k = t.draw("K", Gen.integers(1, 4));
                    int b = t.draw("B", Gen.integers(1, 4));
                    Mlp mlp = drawMlp(t, new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.RELU}, d, k);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, b, d));
                    INDArray out = mlp.forward(x);
                    t.require(out.rows() == b && out.columns() == k, "output shape " + java.util.Arrays.toString(out.shape()));
                    t.close("loops vs matrices", out, loops(mlp, x), Tolerance.IDENTITY);
                }),
                forAll("bias absorption: [W b][x; 1] = W x + b", t -> {
                    int n = t.draw("N", Gen.integers(1, 5));
                    int m = t.draw("M", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, m, n));
                    INDArray b = t.draw("b", TensorGen.dense(-2, 2, m, 1));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n, 1));
                    INDArray augmented = Nd4j.hstack(w, b).mmul(Nd4j.vstack(x, Nd4j.ones(1, 1)));
                    t.close("augmented", augmented, w.mmul(x).addi(b), Tolerance.IDENTITY);
                }),
                forAll("composition order matters", t -> {
                    int n = t.draw("n", Gen.integers(2, 5));
                    Layer f1 = new Layer(t.draw("W1", TensorGen.dense(-2, 2, n, n)), Nd4j.zeros(n), Activation.TANH);
                    Layer f2 = new Layer(t.draw("W2", TensorGen.dense(-2, 2, n, n)), Nd4j.ones(n), Activation.RELU);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 3, n));
                    double diff = new Mlp(List.of(f1, f2)).forward(x).sub(new Mlp(List.of(f2, f1)).forward(x)).norm2Number().doubleValue();
                    if (diff == 0) {
                        throw new Discard("degenerate draw: both orders agree");
                    }
                    t.require(diff > 0, "f2 o f1 equals f1 o f2");
                })));
    }

    private static Claim xor() {
        return new Claim("G2", "mlp-xor-solution", "f(x)=w^T\\max\\{0,W^Tx+c\\}+b,\\ W=\\mathbf 1,\\ c=(0,-1),\\ w=(1,-2),\\ b=0",
                "io.verideck.numeric.mlp.XorNetwork", Set.of("mlp", "worked-example"), List.of(
                once("outputs on (0,0), (0,1), (1,0), (1,1) are exactly 0, 1, 1, 0", t -> {
                    INDArray out = XorNetwork.solution().forward(XorNetwork.inputs());
                    t.close("XOR", out, XorNetwork.targets(), new Tolerance(0, 0));
                }),
                once("intermediates XW + c and the collapse of (0,1) and (1,0) in h-space", t -> {
                    Mlp.Trace trace = XorNetwork.solution().trace(XorNetwork.inputs());
                    t.close("XW + c", trace.preActivations().get(0),
                            Nd4j.createFromArray(new double[][] {{0, -1}, {1, 0}, {1, 0}, {2, 1}}), new Tolerance(0, 0));
                    INDArray h = trace.activations().get(1);
                    t.close("h(0,1) = h(1,0) = (1,0)", Nd4j.vstack(h.getRow(1, true), h.getRow(2, true)),
                            Nd4j.createFromArray(new double[][] {{1, 0}, {1, 0}}), new Tolerance(0, 0));
                }),
                once("gradient descent from a random start learns XOR (MSE < 1e-3) for at least 1 of 10 seeds; a linear model cannot", t -> {
                    int reached = 0;
                    double best = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < 10 && reached == 0; i++) {
                        Mlp trained = XorNetwork.train(XorNetwork.randomStart(t.seed() + i), 0.5, 400, 1e-4);
                        double mse = XorNetwork.meanSquaredError(trained);
                        best = Math.min(best, mse);
                        if (mse < 1e-3) {
                            reached++;
                            INDArray rounded = org.nd4j.linalg.ops.transforms.Transforms.round(trained.forward(XorNetwork.inputs()));
                            t.close("rounded outputs", rounded, XorNetwork.targets(), new Tolerance(0, 0));
                        }
                    }
                    t.record(best, 0);
                    t.require(reached > 0, "no seed of 10 reached MSE < 1e-3 (best " + best + ", base seed " + t.seed() + ")");
                    INDArray design = Nd4j.hstack(XorNetwork.inputs(), Nd4j.ones(4, 1));
                    INDArray linear = design.mmul(LeastSquares.normalEquation(design, XorNetwork.targets()));
                    INDArray d = linear.sub(XorNetwork.targets());
                    t.close("best linear MSE", d.mul(d).meanNumber().doubleValue(), 0.25, new Tolerance(1e-12, 0));
                })));
    }

    private static Claim backprop() {
        return new Claim("G3", "mlp-backprop-gradcheck",
                "\\delta^{(l)}=(W^{(l+1)}\\delta^{(l+1)})\\odot g'(a^{(l)}),\\quad \\nabla_{W^{(l)}}=h^{(l-1)}\\delta^{(l)T}",
                "io.verideck.numeric.mlp.Backpropagation", Set.of("mlp", "backprop", "gradient", "op-count"), List.of(
                forAll("every parameter gradient matches central differences (depth 1-4, sigmoid/tanh/softplus/leaky ReLU, MSE/CE)", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int k = t.draw("K", Gen.integers(2, 4));
                    int b = t.draw("B", Gen.integers(1, 4));
                    Mlp mlp = drawMlp(t, new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.SOFTPLUS,
                        Activation.LEAKY_RELU}, d, k);
                    MlpLoss loss = t.draw("loss", Gen.oneOf(MlpLoss.MSE, MlpLoss.SOFTMAX_CROSS_ENTROPY));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, b, d));
                    INDArray y = loss == MlpLoss.MSE ? t.draw("y", TensorGen.dense(-1, 1, b, k)) : t.draw("y", TensorGen.oneHot(b, k));
                    awayFromKinks(mlp, x);
                    Differentiable f = lossOfParameters(mlp, loss, x, y);
                    t.gradient("dL/dtheta", CHECK, f, pack(mlp));
                }),
                forAll("backprop costs O(forward): fewer than 5x the forward ND4J ops, and a layer adds fewer than 5x as many backward ops as forward ops", 5, t -> {
                    int k = t.draw("K", Gen.integers(2, 4));
                    int b = t.draw("B", Gen.integers(1, 4));
                    Mlp mlp = drawMlp(t, new Activation[] {Activation.SIGMOID, Activation.TANH}, 3, k);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, b, 3));
                    INDArray y = t.draw("y", TensorGen.dense(-1, 1, b, k));
                    long[] forward = new long[2];
                    long[] backward = new long[2];
                    for (int extra = 0; extra < 2; extra++) {
                        List<Layer> layers = new ArrayList<>(mlp.layers());
                        if (extra == 1) {
                            layers.add(new Layer(Nd4j.eye(k), Nd4j.zeros(k), Activation.TANH));
                        }
                        Mlp net = new Mlp(layers);
                        Mlp.Trace[] trace = new Mlp.Trace[1];
                        forward[extra] = OpCount.of(() -> trace[0] = net.trace(x));
                        backward[extra] = OpCount.of(() -> Backpropagation.backward(net, trace[0], MlpLoss.MSE.gradient(trace[0].output(), y)));
                    }
                    t.require(forward[0] > 0 && backward[0] < 5 * forward[0], "backward ops " + backward[0] + " vs forward " + forward[0]);
                    long perLayerForward = forward[1] - forward[0];
                    long perLayerBackward = backward[1] - backward[0];
                    t.require(perLayerForward > 0, "one more layer adds no forward op");
                    t.require(perLayerBackward < 5 * perLayerForward, "one more layer adds " + perLayerBackward
                            + " backward ops but only " + perLayerForward + " forward ops");
                }),
                forAll("backprop gradients equal SameDiff autodiff (sigmoid, tanh, softplus)", 5, t -> {
                    // SameDiff 1.0.0-M2.1 fails in matmul backward when a matrix has a dimension of 1, so the
                    // oracle comparison uses sizes of at least 2.
                    int d = t.draw("d", Gen.integers(2, 4));
                    int k = t.draw("K", Gen.integers(2, 4));
                    int b = t.draw("B", Gen.integers(2, 4));
                    Mlp mlp = drawMlp(t, new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.SOFTPLUS}, d, k, 2);
                    MlpLoss loss = t.draw("loss", Gen.oneOf(MlpLoss.MSE, MlpLoss.SOFTMAX_CROSS_ENTROPY));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, b, d));
                    INDArray y = loss == MlpLoss.MSE ? t.draw("y", TensorGen.dense(-1, 1, b, k)) : t.draw("y", TensorGen.oneHot(b, k));
                    awayFromKinks(mlp, x);
                    Backpropagation.Gradients mine = Backpropagation.gradients(mlp, loss, x, y);
                    Backpropagation.Gradients oracle = io.verideck.numeric.mlp.SameDiffGradients.gradients(mlp, loss, x, y);
                    // Leaky ReLU is left out: SameDiff stores its slope as a float (0.01f), which differs
                    // from 0.01 by 2e-8 relative and more after cancellation.
                    Tolerance tol = new Tolerance(1e-12, 1e-9);
                    for (int l = 0; l < mlp.layers().size(); l++) {
                        t.close("dL/dW" + (l + 1), mine.weights().get(l), oracle.weights().get(l), tol);
                        t.close("dL/db" + (l + 1), mine.biases().get(l), oracle.biases().get(l), tol);
                    }
                }),
                forAll("the batch gradient is the mean of per-example gradients", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int b = t.draw("B", Gen.integers(1, 4));
                    Mlp mlp = drawMlp(t, new Activation[] {Activation.TANH, Activation.SOFTPLUS}, d, 2);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, b, d));
                    INDArray y = t.draw("y", TensorGen.dense(-1, 1, b, 2));
                    INDArray batch = Backpropagation.gradients(mlp, MlpLoss.MSE, x, y).weights().get(0);
                    INDArray sum = batch.like();
                    for (int i = 0; i < b; i++) {
                        sum.addi(Backpropagation.gradients(mlp, MlpLoss.MSE, x.getRow(i, true), y.getRow(i, true)).weights().get(0));
                    }
                    t.close("mean of per-example", batch, sum.divi(b), Tolerance.IDENTITY);
                })));
    }

    static INDArray pack(Mlp mlp) {
        List<INDArray> all = new ArrayList<>();
        for (Layer l : mlp.layers()) {
            all.add(l.weights());
            all.add(l.bias());
        }
        INDArray[] flat = all.stream().map(a -> a.dup('c').reshape(1, a.length())).toArray(INDArray[]::new);
        return Nd4j.hstack(flat).reshape(mlp.parameterCount());
    }

    /** Redraws (discards) when a kinked unit's pre-activation is within 1e-3 of 0. */
    private static void awayFromKinks(Mlp mlp, INDArray x) {
        Mlp.Trace trace = mlp.trace(x);
        for (int l = 0; l < mlp.layers().size(); l++) {
            if (mlp.layers().get(l).activation().hasKinkAtZero()
                    && org.nd4j.linalg.ops.transforms.Transforms.abs(trace.preActivations().get(l)).minNumber().doubleValue() < 1e-3) {
                throw new Discard("pre-activation within 1e-3 of the ReLU kink");
            }
        }
    }

    private static INDArray loops(Mlp mlp, INDArray x) {
        double[][] h = x.toDoubleMatrix();
        for (Layer layer : mlp.layers()) {
            double[][] w = layer.weights().toDoubleMatrix();
            double[] b = layer.bias().toDoubleVector();
            double[][] next = new double[h.length][b.length];
            for (int r = 0; r < h.length; r++) {
                for (int j = 0; j < b.length; j++) {
                    double a = b[j];
                    for (int i = 0; i < w.length; i++) {
                        a += h[r][i] * w[i][j];
                    }
                    next[r][j] = a;
                }
            }
            h = layer.activation().apply(Nd4j.createFromArray(next)).toDoubleMatrix();
        }
        return Nd4j.createFromArray(h);
    }
}
