package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.lstm.LstmCell;
import io.verideck.numeric.lstm.LstmParameters;
import io.verideck.numeric.lstm.LstmSequence;
import io.verideck.numeric.rnn.GradientFlow;
import io.verideck.numeric.rnn.ParameterCounts;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/** K4 (concatenated weights) and K10 (the LSTM cell). */
final class LstmClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final Tolerance EXACT = new Tolerance(0, 0);

    private LstmClaims() {
    }

    static List<Claim> claims() {
        return List.of(concatWeights(), lstmCell());
    }

    static LstmParameters drawLstm(Trial t, int d, int u) {
        return new LstmParameters(t.draw("W", TensorGen.dense(-1, 1, u + d, 4 * u)), t.draw("b", TensorGen.dense(-0.5, 0.5, 4 * u)));
    }

    private static Claim concatWeights() {
        return new Claim("K4", "rnn-concat-weights", "W_xx+W_ss=[W_x\\ W_s]\\begin{bmatrix}x\\\\s\\end{bmatrix}",
                "io.verideck.numeric.lstm.LstmCell", Set.of("rnn", "lstm"), List.of(
                forAll("W_x x + W_s s = [W_x W_s] [x; s] for random shapes", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    int k = t.draw("k", Gen.integers(1, 6));
                    INDArray wx = t.draw("W_x", TensorGen.dense(-1, 1, m, n));
                    INDArray ws = t.draw("W_s", TensorGen.dense(-1, 1, m, k));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, n, 1));
                    INDArray s = t.draw("s", TensorGen.dense(-1, 1, k, 1));
                    t.close("product", Nd4j.hstack(wx, ws).mmul(Nd4j.vstack(x, s)), wx.mmul(x).addi(ws.mmul(s)), Tolerance.IDENTITY);
                }),
                forAll("LSTM gates from one matrix on [h, x] equal the four per-gate matrices", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int b = t.draw("B", Gen.integers(1, 3));
                    LstmParameters p = drawLstm(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, b, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, b, u));
                    INDArray c = t.draw("C", TensorGen.dense(-1, 1, b, u));
                    LstmCell.Step one = LstmCell.forward(p, x, h, c);
                    LstmCell.Step split = LstmCell.forwardSplit(p, x, h, c);
                    t.close("f", one.forget(), split.forget(), Tolerance.IDENTITY);
                    t.close("i", one.input(), split.input(), Tolerance.IDENTITY);
                    t.close("C~", one.candidate(), split.candidate(), Tolerance.IDENTITY);
                    t.close("o", one.output(), split.output(), Tolerance.IDENTITY);
                    t.close("h", one.hidden(), split.hidden(), Tolerance.IDENTITY);
                })));
    }

    private static Claim lstmCell() {
        return new Claim("K10", "lstm-cell",
                "C_t=f\\odot C_{t-1}+i\\odot\\tilde C,\\ h_t=o\\odot\\tanh C_t,\\ f,i,o=\\sigma(W_\\cdot[h_{t-1},x_t]+b_\\cdot),\\ \\tilde C=\\tanh(W_C[h_{t-1},x_t]+b_C)",
                "io.verideck.numeric.lstm.LstmCell, io.verideck.numeric.lstm.LstmSequence", Set.of("rnn", "lstm", "gradient"), List.of(
                forAll("BPTT gradients of W, b, h0, C0 over T = 5 steps match central differences", 5, t -> {
                    int d = t.draw("d", Gen.integers(1, 2));
                    int u = t.draw("u", Gen.integers(1, 3));
                    LstmParameters p = drawLstm(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(5, 2, d));
                    INDArray ys = t.draw("ys", TensorGen.sequence(5, 2, u));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 2, u));
                    INDArray c0 = t.draw("C0", TensorGen.dense(-1, 1, 2, u));
                    ParameterLayout layout = ParameterLayout.of("W", p.weights(), "b", p.bias(), "h0", h0, "C0", c0);
                    t.gradient("dL/d(W, b, h0, C0)", CHECK, Differentiable.scalar(layout, s -> {
                        List<INDArray> q = layout.unpack(s);
                        return stackedLoss(new LstmParameters(q.get(0), q.get(1)), xs, q.get(2), q.get(3), ys);
                    }, v -> {
                        List<INDArray> q = layout.unpack(v.reshape(1, v.length()));
                        LstmParameters at = new LstmParameters(q.get(0).reshape(u + d, 4 * u), q.get(1).reshape(4 * u));
                        LstmSequence.Gradients g = LstmSequence.gradients(at, xs, q.get(2).reshape(2, u), q.get(3).reshape(2, u), ys);
                        return layout.pack(g.weights(), g.bias(), g.initialHidden(), g.initialCell());
                    }), layout.pack(p.weights(), p.bias(), h0, c0));
                }),
                forAll("gates in (0, 1), candidate in (-1, 1), |h| < 1; three blocks are sigmoid (ND4J's op), one is tanh", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int u = t.draw("u", Gen.integers(1, 4));
                    LstmParameters p = drawLstm(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 3, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, 3, u));
                    INDArray c = t.draw("C", TensorGen.dense(-3, 3, 3, u));
                    LstmCell.Step s = LstmCell.forward(p, x, h, c);
                    for (INDArray gate : List.of(s.forget(), s.input(), s.output())) {
                        t.require(gate.minNumber().doubleValue() > 0 && gate.maxNumber().doubleValue() < 1, "a gate left (0, 1): " + gate);
                    }
                    t.require(Transforms.abs(s.candidate()).maxNumber().doubleValue() < 1, "candidate left (-1, 1)");
                    t.require(Transforms.abs(s.hidden()).maxNumber().doubleValue() < 1, "|h| >= 1");
                    INDArray pre = Nd4j.hstack(h, x).mmul(p.weights()).addiRowVector(p.bias());
                    List<INDArray> outputs = List.of(s.forget(), s.input(), s.candidate(), s.output());
                    int sigmoids = 0;
                    int tanhs = 0;
                    for (int g = 0; g < 4; g++) {
                        INDArray block = pre.get(NDArrayIndex.all(), NDArrayIndex.interval(g * u, (g + 1) * u));
                        boolean sig = outputs.get(g).equalsWithEps(Transforms.sigmoid(block, true), 1e-12);
                        boolean tan = outputs.get(g).equalsWithEps(Transforms.tanh(block, true), 1e-12);
                        sigmoids += sig ? 1 : 0;
                        tanhs += tan ? 1 : 0;
                    }
                    t.require(sigmoids == 3 && tanhs == 1, sigmoids + " sigmoid blocks and " + tanhs + " tanh blocks, expected 3 and 1");
                }),
                forAll("constant error carousel: dC_t/dC_(t-1) = diag(f) (central differences)", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    LstmParameters p = drawLstm(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 1, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, 1, u));
                    INDArray c = t.draw("C", TensorGen.dense(-1, 1, u));
                    ParameterLayout layout = ParameterLayout.of("C", c);
                    t.gradient("dC_t/dC_(t-1)", CHECK, new Differentiable(layout, u, s -> {
                        INDArray out = Nd4j.create(s.rows(), u);
                        for (int r = 0; r < s.rows(); r++) {
                            out.getRow(r).assign(LstmCell.forward(p, x, h, s.getRow(r).reshape(1, u)).cell().reshape(u));
                        }
                        return out;
                    }, v -> Nd4j.diag(LstmCell.forward(p, x, h, v.reshape(1, u)).forget().reshape(u))), c);
                }),
                once("b_f = +10: the cell path keeps prod f = sigma(10)^100 ~ 0.9955 over 100 steps; a tanh RNN with rho = 0.9 vanishes", t -> {
                    int d = t.draw("d", Gen.integers(1, 2));
                    int u = t.draw("u", Gen.integers(1, 3));
                    LstmParameters p = drawLstm(t, d, u);
                    p.weights().get(NDArrayIndex.all(), NDArrayIndex.interval(0, u)).assign(0);
                    p.bias().get(NDArrayIndex.interval(0, u)).assign(10);
                    INDArray xs = t.draw("xs", TensorGen.sequence(100, 1, d));
                    INDArray h = Nd4j.zeros(1, u);
                    INDArray c = Nd4j.zeros(1, u);
                    INDArray path = Nd4j.ones(1, u);
                    for (int s = 0; s < 100; s++) {
                        LstmCell.Step st = LstmCell.forward(p, xs.slice(s), h, c);
                        path.muli(st.forget());
                        h = st.hidden();
                        c = st.cell();
                    }
                    double expected = Math.pow(1 / (1 + Math.exp(-10)), 100);
                    t.close("cell-path gradient", path, Nd4j.ones(1, u).muli(expected), Tolerance.IDENTITY);
                    t.require(expected > 0.995, "sigma(10)^100 = " + expected);
                    INDArray w = RecurrenceClaims.withSpectralRadius(t, u, 0.9);
                    INDArray states = GradientFlow.tanhStates(w, t.draw("U", TensorGen.dense(-1, 1, u, d)), Nd4j.zeros(u), xs.reshape(100, d),
                            Nd4j.zeros(u));
                    double rnn = GradientFlow.tanhJacobian(w, states).norm2Number().doubleValue();
                    t.require(rnn < 1e-3, "vanilla RNN gradient over 100 steps " + rnn + " did not vanish");
                }),
                forAll("f = 1, i = 0 keeps C_t = C_(t-1) exactly (perfect memory)", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    LstmParameters p = drawLstm(t, d, u);
                    p.weights().get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2 * u)).assign(0);
                    p.bias().get(NDArrayIndex.interval(0, u)).assign(1000);
                    p.bias().get(NDArrayIndex.interval(u, 2 * u)).assign(-1000);
                    INDArray c = t.draw("C", TensorGen.dense(-3, 3, 2, u));
                    LstmCell.Step s = LstmCell.forward(p, t.draw("x", TensorGen.dense(-1, 1, 2, d)), t.draw("h", TensorGen.dense(-1, 1, 2, u)), c);
                    t.close("C_t", s.cell(), c, EXACT);
                }),
                forAll("parameter count 4(u(u + d) + u) equals the entries of W and b", t -> {
                    int d = t.draw("d", Gen.integers(1, 10));
                    int u = t.draw("u", Gen.integers(1, 10));
                    LstmParameters p = new LstmParameters(Nd4j.zeros(u + d, 4 * u), Nd4j.zeros(4 * u));
                    t.close("count", p.count(), 4L * (u * (u + d) + u), EXACT);
                    t.close("Keras count", p.count(), ParameterCounts.lstm(u, d), EXACT);
                })));
    }

    private static INDArray stackedLoss(LstmParameters p, INDArray xs, INDArray h0s, INDArray c0s, INDArray ys) {
        return LstmSequence.loss(p, xs, h0s, c0s, ys);
    }
}
