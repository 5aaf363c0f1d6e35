package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.init.Initializers;
import io.verideck.numeric.init.TwoLayerNet;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** J10, J11: symmetry of identical initial weights, and the scale of initial weights and biases. */
final class InitializationClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);

    private InitializationClaims() {
    }

    static List<Claim> claims() {
        return List.of(symmetry(), scale());
    }

    /** Inputs {@code [n, d]} and targets {@code [n, k]}. */
    private record Data(INDArray x, INDArray y) {
    }

    private static Data data(Trial t, int d, int k) {
        int n = t.draw("n", Gen.integers(2, 8));
        return new Data(t.draw("X", TensorGen.dense(-2, 2, n, d)), t.draw("Y", TensorGen.dense(-2, 2, n, k)));
    }

    private static double rowSpread(INDArray w) {
        return w.subRowVector(w.getRow(0)).norm2Number().doubleValue();
    }

    private static Claim symmetry() {
        return new Claim("J10", "init-symmetry",
                "W^{(1)}_{j,:}=W^{(1)}_{k,:}\\Rightarrow\\nabla W^{(1)}_{j,:}=\\nabla W^{(1)}_{k,:}",
                "io.verideck.numeric.init.TwoLayerNet", Set.of("optimization", "initialization", "gradient"), List.of(
                forAll("the hand-written backward pass matches central differences (tanh units)", 2, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int h = t.draw("h", Gen.integers(1, 4));
                    Data data = data(t, d, 2);
                    INDArray w1 = t.draw("W1", TensorGen.dense(-1, 1, h, d));
                    INDArray b1 = t.draw("b1", TensorGen.dense(-1, 1, 1, h));
                    INDArray w2 = t.draw("W2", TensorGen.dense(-1, 1, 2, h));
                    INDArray b2 = t.draw("b2", TensorGen.dense(-1, 1, 1, 2));
                    ParameterLayout layout = ParameterLayout.of("W1", w1, "b1", b1, "W2", w2, "b2", b2);
                    INDArray packed = layout.pack(w1, b1, w2, b2);
                    t.gradient("grad L", CHECK, Differentiable.scalar(layout, s -> {
                        double[] out = new double[(int) s.rows()];
                        for (int r = 0; r < out.length; r++) {
                            List<INDArray> p = layout.unpack(s.getRow(r).reshape(1, s.columns()));
                            out[r] = new TwoLayerNet(p.get(0).reshape(h, d), p.get(1).reshape(1, h), p.get(2).reshape(2, h),
                                    p.get(3).reshape(1, 2), false).loss(data.x(), data.y());
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> {
                        List<INDArray> p = layout.unpack(v.reshape(1, v.length()));
                        TwoLayerNet.Gradients g = new TwoLayerNet(p.get(0).reshape(h, d), p.get(1).reshape(1, h),
                                p.get(2).reshape(2, h), p.get(3).reshape(1, 2), false).gradients(data.x(), data.y());
                        return layout.pack(g.w1(), g.b1(), g.w2(), g.b2());
                    }), packed);
                }),
                forAll("constant init: after 100 SGD steps the rows of W1 are still identical (1e-12)", 1, t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int h = t.draw("h", Gen.integers(2, 5));
                    Data data = data(t, d, 2);
                    INDArray row = t.draw("w (every row of W1)", TensorGen.dense(-1, 1, 1, d));
                    double bias = t.draw("b1 (every unit)", Gen.doubles(-1, 1));
                    INDArray w2col = t.draw("W2 column (every unit)", TensorGen.dense(-1, 1, 2, 1));
                    TwoLayerNet net = new TwoLayerNet(Nd4j.ones(h, 1).mmul(row), Nd4j.ones(1, h).muli(bias),
                            w2col.mmul(Nd4j.ones(1, h)), Nd4j.zeros(1, 2), false);
                    double before = net.loss(data.x(), data.y());
                    for (int s = 0; s < 100; s++) {
                        net = net.step(data.x(), data.y(), 0.05);
                    }
                    t.close("spread of the rows of W1", rowSpread(net.w1()), 0, new Tolerance(1e-12, 0));
                    t.close("spread of the columns of W2", rowSpread(net.w2().transpose()), 0, new Tolerance(1e-12, 0));
                    t.require(net.loss(data.x(), data.y()) < before, "training did not change anything");
                }),
                forAll("zero init with ReLU (g'(0) = 0): grad W1 = grad W2 = grad b1 = 0, only the output bias learns", 4, t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int h = t.draw("h", Gen.integers(1, 5));
                    Data data = data(t, d, 2);
                    TwoLayerNet net = new TwoLayerNet(Nd4j.zeros(h, d), Nd4j.zeros(1, h), Nd4j.zeros(2, h), Nd4j.zeros(1, 2), true);
                    for (int s = 0; s < 3; s++) {
                        TwoLayerNet.Gradients g = net.gradients(data.x(), data.y());
                        t.close("grad W1", g.w1(), Nd4j.zeros(h, d), new Tolerance(0, 0));
                        t.close("grad b1", g.b1(), Nd4j.zeros(1, h), new Tolerance(0, 0));
                        t.close("grad W2", g.w2(), Nd4j.zeros(2, h), new Tolerance(0, 0));
                        t.close("grad b2 = mean(y^ - y)", g.b2(), net.forward(data.x()).subi(data.y()).mean(true, 0), Tolerance.IDENTITY);
                        net = net.step(data.x(), data.y(), 0.1);
                    }
                    t.require(net.b2().norm2Number().doubleValue() > 0, "the output bias did not learn");
                }),
                forAll("random init breaks the symmetry: the rows of W1 are different and stay different", 1, t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int h = t.draw("h", Gen.integers(2, 5));
                    Data data = data(t, d, 2);
                    TwoLayerNet net = new TwoLayerNet(t.draw("W1", TensorGen.dense(-1, 1, h, d)), Nd4j.zeros(1, h),
                            t.draw("W2", TensorGen.dense(-1, 1, 2, h)), Nd4j.zeros(1, 2), false);
                    for (int s = 0; s < 100; s++) {
                        net = net.step(data.x(), data.y(), 0.05);
                    }
                    INDArray w = net.w1();
                    double closest = Double.POSITIVE_INFINITY;
                    for (int a = 0; a < h; a++) {
                        for (int b = a + 1; b < h; b++) {
                            closest = Math.min(closest, w.getRow(a).sub(w.getRow(b)).norm2Number().doubleValue());
                        }
                    }
                    t.record(closest, 0);
                    t.require(closest > 1e-6, "two hidden units became identical: distance " + closest);
                })));
    }

    private static Claim scale() {
        return new Claim("J11", "init-scale",
                "\\operatorname{Var}U(-\\tfrac1{\\sqrt N},\\tfrac1{\\sqrt N})=\\tfrac1{3N},\\quad r=\\sqrt{\\tfrac6{N+M}}\\Rightarrow\\operatorname{Var}=\\tfrac2{N+M},\\quad b=\\sigma^{-1}(\\bar y)",
                "io.verideck.numeric.init.Initializers", Set.of("optimization", "initialization", "statistical"), List.of(
                once("ST: the sample variances of U(-1/sqrt N, 1/sqrt N) and of Glorot's U(-r, r) are 1/(3N) and 2/(N+M) within 5 SE", t -> {
                    int samples = 200_000;
                    INDArray u = SeededArrays.uniform(t.seed(), samples);
                    int fanIn = 50;
                    int fanOut = 70;
                    double[][] cases = {{Initializers.fanInRange(fanIn), 1.0 / (3 * fanIn)},
                        {Initializers.glorotRange(fanIn, fanOut), 2.0 / (fanIn + fanOut)}};
                    for (double[] c : cases) {
                        INDArray w = Initializers.uniform(u, c[0]);
                        double variance = w.mul(w).meanNumber().doubleValue() - Math.pow(w.meanNumber().doubleValue(), 2);
                        double se = Math.sqrt((Initializers.uniformFourthMoment(c[0]) - c[1] * c[1]) / samples);
                        t.close("r^2/3 closed form", Initializers.uniformVariance(c[0]), c[1], Tolerance.IDENTITY);
                        t.close("sample variance for r = " + c[0], variance, c[1], new Tolerance(5 * se, 0));
                    }
                }),
                once("deep linear net (width 256, 20 layers): Glorot keeps the activation variance within a factor 2, N(0,1) multiplies it by about 256 per layer", t -> {
                    int width = 256;
                    int layers = 20;
                    INDArray input = SeededArrays.normal(t.seed(), width, 32);
                    List<INDArray> glorot = new ArrayList<>();
                    List<INDArray> gaussian = new ArrayList<>();
                    double r = Initializers.glorotRange(width, width);
                    for (int l = 0; l < layers; l++) {
                        glorot.add(Initializers.uniform(SeededArrays.uniform(t.seed() + 1 + l, width, width), r));
                        gaussian.add(SeededArrays.normal(t.seed() + 100 + l, width, width));
                    }
                    double[] g = Initializers.activationVariances(glorot, input);
                    double[] n = Initializers.activationVariances(gaussian, input);
                    for (int l = 1; l <= layers; l++) {
                        double ratio = g[l] / g[0];
                        t.require(ratio > 0.5 && ratio < 2, "Glorot: Var(h_" + l + ")/Var(h_0) = " + ratio);
                        double growth = n[l] / n[l - 1];
                        t.require(growth > width / 2.0 && growth < 2.0 * width, "N(0,1): Var(h_" + l + ")/Var(h_" + (l - 1) + ") = " + growth);
                    }
                    t.record(g[layers] / g[0], 1);
                }),
                forAll("b = logit(y_bar) with W ~ 0 makes the initial output the training-set marginal (sigmoid and softmax)", t -> {
                    int n = t.draw("n", Gen.integers(2, 40));
                    int d = t.draw("d", Gen.integers(1, 5));
                    int positives = t.draw("positives", Gen.integers(1, n - 1));
                    double marginal = (double) positives / n;
                    INDArray x = t.draw("X", TensorGen.dense(-3, 3, n, d));
                    INDArray w = t.draw("W (tiny)", TensorGen.dense(-1e-9, 1e-9, d, 1));
                    double b = Initializers.marginalBias(marginal);
                    INDArray out = Transforms.sigmoid(x.mmul(w).addi(b), false);
                    t.close("sigma(W x + b) for every example", out, Nd4j.ones(n, 1).muli(marginal), new Tolerance(1e-8, 0));
                    t.close("sigma(b) exactly", 1 / (1 + Math.exp(-b)), marginal, Tolerance.IDENTITY);
                    int k = t.draw("classes", Gen.integers(2, 6));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.2)).reshape(1, k);
                    t.close("softmax(log p)", Transforms.softmax(Initializers.marginalBias(p), true), p, Tolerance.IDENTITY);
                })));
    }
}
