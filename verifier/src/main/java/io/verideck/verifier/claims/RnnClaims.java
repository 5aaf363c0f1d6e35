package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.attention.Embedding;
import io.verideck.numeric.lstm.LstmParameters;
import io.verideck.numeric.rnn.ColumnRnn;
import io.verideck.numeric.rnn.ElmanRnn;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.numeric.rnn.OutputRecurrentRnn;
import io.verideck.numeric.rnn.ParameterCounts;
import io.verideck.numeric.rnn.SimpleRnn;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** K1 (unfolding), K2 (forward pass), K5 (parameter counts), K6 (teacher forcing). */
final class RnnClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final Tolerance EXACT = new Tolerance(0, 0);

    private RnnClaims() {
    }

    static List<Claim> claims() {
        return List.of(unfolding(), forward(), parameterCount(), teacherForcing());
    }

    static SimpleRnn drawRnn(Trial t, int d, int u) {
        return new SimpleRnn(t.draw("U", TensorGen.dense(-1, 1, d, u)), t.draw("W", TensorGen.dense(-1, 1, u, u)),
                t.draw("b", TensorGen.dense(-0.5, 0.5, u)));
    }

    private static Claim unfolding() {
        return new Claim("K1", "rnn-unfolding", "h^{(t)}=f(h^{(t-1)},x^{(t)};\\theta)=g^{(t)}(x^{(t)},\\dots,x^{(1)})",
                "io.verideck.numeric.rnn.SimpleRnn", Set.of("rnn", "op-count"), List.of(
                forAll("the recursive definition, the loop and the explicit composition f_T o ... o f_1 agree (T <= 10)", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int steps = t.draw("T", Gen.integers(1, 10));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, d));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 2, u));
                    UnaryOperator<INDArray> composed = h -> h;
                    for (int k = 0; k < steps; k++) {
                        INDArray x = xs.slice(k).dup();
                        UnaryOperator<INDArray> before = composed;
                        composed = h -> rnn.step(before.apply(h), x);
                    }
                    INDArray loop = rnn.run(xs, h0).slice(steps - 1);
                    t.close("recursive vs loop", rnn.stateRecursive(xs, steps, h0), loop, EXACT);
                    t.close("composition vs loop", composed.apply(h0), loop, EXACT);
                }),
                forAll("one shared (U, W, b) at every step: an unrolled graph with a separate copy of the parameters per step reproduces the run and has T times the parameters; the shared count does not depend on T", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int steps = t.draw("T", Gen.integers(1, 10));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, d));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 2, u));
                    INDArray h = h0;
                    long untied = 0;
                    for (int k = 0; k < steps; k++) {
                        SimpleRnn copy = new SimpleRnn(rnn.inputWeights().dup(), rnn.recurrentWeights().dup(), rnn.bias().dup());
                        h = copy.step(h, xs.slice(k));
                        untied += copy.parameterCount();
                    }
                    t.close("unrolled vs shared", h, rnn.last(xs, h0), EXACT);
                    t.close("shared count", rnn.parameterCount(), ParameterCounts.simpleRnn(u, d), EXACT);
                    t.close("untied count", untied, (double) steps * rnn.parameterCount(), EXACT);
                }),
                forAll("variable lengths: one model runs sequences of any length, and a prefix's states are the first states", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int shorter = t.draw("T1", Gen.integers(1, 5));
                    int longer = t.draw("T2", Gen.integers(6, 12));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(longer, 1, d));
                    INDArray h0 = Nd4j.zeros(1, u);
                    INDArray all = rnn.run(xs, h0);
                    INDArray prefix = rnn.run(xs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, shorter)).dup(), h0);
                    t.require(all.size(0) == longer && prefix.size(0) == shorter, "state sequence lengths do not follow the input lengths");
                    t.close("prefix states", prefix, all.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, shorter)), EXACT);
                }),
                forAll("the unrolled graph grows linearly: ND4J op counts for T = 1, 4, 10 are affine in T", 3, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    int[] lengths = {1, 4, 10};
                    long[] ops = new long[3];
                    for (int i = 0; i < 3; i++) {
                        INDArray xs = t.draw("xs" + lengths[i], TensorGen.sequence(lengths[i], 2, d));
                        ops[i] = OpCount.of(() -> rnn.last(xs, Nd4j.zeros(2, u)));
                    }
                    long perStep = (ops[1] - ops[0]) / 3;
                    t.record(ops[2], ops[0] + 9 * perStep);
                    t.require(perStep > 0 && ops[1] - ops[0] == 3 * perStep && ops[2] - ops[1] == 6 * perStep,
                            "op counts " + java.util.Arrays.toString(ops) + " are not affine in T");
                })));
    }

    private static Claim forward() {
        return new Claim("K2", "rnn-forward",
                "a^{(t)}=b+Wh^{(t-1)}+Ux^{(t)},\\ h^{(t)}=\\tanh a^{(t)},\\ \\hat y^{(t)}=\\operatorname{softmax}(c+Vh^{(t)}),\\ L=-\\sum_t\\log\\hat y^{(t)}_{y^{(t)}}",
                "io.verideck.numeric.rnn.ElmanRnn, io.verideck.numeric.rnn.ColumnRnn", Set.of("rnn"), List.of(
                forAll("the 003 form and the CS230 form (W_aa = W^T, W_ax = U^T, W_ya = V^T) give the same outputs and L = sum of per-step CE", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int k = t.draw("K", Gen.integers(2, 4));
                    int steps = t.draw("T", Gen.integers(1, 6));
                    SimpleRnn core = drawRnn(t, d, u);
                    INDArray v = t.draw("V", TensorGen.dense(-1, 1, u, k));
                    INDArray c = t.draw("c", TensorGen.dense(-0.5, 0.5, k));
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 1, d));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(steps, k)).reshape(steps, 1, k);
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 1, u));
                    ElmanRnn rnn = new ElmanRnn(core.inputWeights(), core.recurrentWeights(), core.bias(), v, c);
                    ColumnRnn cs = new ColumnRnn(core.recurrentWeights().transpose().dup(), core.inputWeights().transpose().dup(), core.bias(),
                            v.transpose().dup(), c);
                    INDArray yhat = cs.outputs(xs.reshape(steps, d), h0.reshape(u));
                    INDArray hs = core.run(xs, h0).reshape(steps, u);
                    INDArray rowForm = io.verideck.numeric.softmax.Softmax.probabilities(hs.mmul(v).addiRowVector(c));
                    t.close("softmax outputs", yhat, rowForm, Tolerance.IDENTITY);
                    double sum = 0;
                    for (int s = 0; s < steps; s++) {
                        sum -= Math.log(yhat.getDouble(s, ys.slice(s).argMax(1).getInt(0)));
                    }
                    t.close("L", rnn.loss(Collections.nCopies(steps, core.recurrentWeights()), xs, h0, ys).getDouble(0), sum, Tolerance.IDENTITY);
                }),
                forAll("the hidden state stays in (-1, 1)", t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    INDArray hs = rnn.run(t.draw("xs", TensorGen.dense(-3, 3, 8, 2, d)), t.draw("h0", TensorGen.dense(-1, 1, 2, u)));
                    double max = org.nd4j.linalg.ops.transforms.Transforms.abs(hs).maxNumber().doubleValue();
                    t.require(max < 1, "|h| reached " + max);
                })));
    }

    private static Claim parameterCount() {
        return new Claim("K5", "rnn-param-count", "\\#\\mathrm{SimpleRNN}=ud+u^2+u,\\ \\#\\mathrm{LSTM}=4(ud+u^2+u),\\ \\#\\mathrm{Embedding}=Vd",
                "io.verideck.numeric.rnn.ParameterCounts", Set.of("rnn", "lstm", "embedding"), List.of(
                once("golden: Embedding(10000, 32) = 320,000; SimpleRNN(32) on 32 inputs = 2,080; total 322,080", t -> {
                    t.close("embedding", ParameterCounts.embedding(10_000, 32), 320_000, EXACT);
                    t.close("simple RNN", ParameterCounts.simpleRnn(32, 32), 2_080, EXACT);
                    t.close("total", ParameterCounts.embedding(10_000, 32) + ParameterCounts.simpleRnn(32, 32), 322_080, EXACT);
                }),
                forAll("the formulas equal the entries of the implemented tensors (SimpleRNN, LSTM, GRU with its second bias, Embedding)", t -> {
                    int d = t.draw("d", Gen.integers(1, 8));
                    int u = t.draw("u", Gen.integers(1, 8));
                    int vocab = t.draw("V", Gen.integers(1, 50));
                    SimpleRnn rnn = new SimpleRnn(Nd4j.zeros(d, u), Nd4j.zeros(u, u), Nd4j.zeros(u));
                    t.close("SimpleRNN", rnn.parameterCount(), ParameterCounts.simpleRnn(u, d), EXACT);
                    LstmParameters lstm = new LstmParameters(Nd4j.zeros(u + d, 4 * u), Nd4j.zeros(4 * u));
                    t.close("LSTM", lstm.count(), ParameterCounts.lstm(u, d), EXACT);
                    t.close("GRU (two biases)", GruParameters.count(d, u), ParameterCounts.gru(u, d) + 3L * u, EXACT);
                    t.close("Embedding", new Embedding(Nd4j.zeros(vocab, d)).table().length(), ParameterCounts.embedding(vocab, d), EXACT);
                }),
                forAll("return_sequences: [T, B, u] with it, [B, u] (the last state) without", t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int steps = t.draw("T", Gen.integers(1, 6));
                    int b = t.draw("B", Gen.integers(1, 3));
                    SimpleRnn rnn = drawRnn(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, b, d));
                    INDArray all = rnn.run(xs, Nd4j.zeros(b, u));
                    INDArray last = rnn.last(xs, Nd4j.zeros(b, u));
                    t.require(java.util.Arrays.equals(all.shape(), new long[] {steps, b, u}), "sequence shape " + java.util.Arrays.toString(all.shape()));
                    t.require(java.util.Arrays.equals(last.shape(), new long[] {b, u}), "last shape " + java.util.Arrays.toString(last.shape()));
                    t.close("last = final of the sequence", last, all.slice(steps - 1), EXACT);
                })));
    }

    private static OutputRecurrentRnn drawOutputRnn(Trial t, int d, int u, int k) {
        return new OutputRecurrentRnn(t.draw("U", TensorGen.dense(-1, 1, d, u)), t.draw("W", TensorGen.dense(-1, 1, k, u)),
                t.draw("b", TensorGen.dense(-0.5, 0.5, u)), t.draw("V", TensorGen.dense(-1, 1, u, k)), t.draw("c", TensorGen.dense(-0.5, 0.5, k)));
    }

    private static Claim teacherForcing() {
        return new Claim("K6", "teacher-forcing",
                "\\log p(y^{(1)},y^{(2)}\\mid x)=\\log p(y^{(2)}\\mid y^{(1)},x)+\\log p(y^{(1)}\\mid x)",
                "io.verideck.numeric.rnn.OutputRecurrentRnn", Set.of("rnn", "teacher-forcing", "gradient"), List.of(
                forAll("chain rule on an enumerable joint p(y1, y2 | x1, x2): log p(y1, y2) = log p(y2 | y1) + log p(y1), every cell", t -> {
                    int k = t.draw("K", Gen.integers(2, 4));
                    int xs = t.draw("|X|", Gen.integers(1, 3));
                    INDArray table = t.draw("weights", TensorGen.dense(0.05, 1, xs, xs, k, k));
                    for (int a = 0; a < xs; a++) {
                        for (int b = 0; b < xs; b++) {
                            INDArray joint = table.get(org.nd4j.linalg.indexing.NDArrayIndex.point(a), org.nd4j.linalg.indexing.NDArrayIndex.point(b)).dup();
                            joint.divi(joint.sumNumber());
                            INDArray first = joint.sum(1); // p(y1 | x)
                            for (int y1 = 0; y1 < k; y1++) {
                                for (int y2 = 0; y2 < k; y2++) {
                                    double conditional = joint.getDouble(y1, y2) / first.getDouble(y1);
                                    t.close("log p(" + y1 + ", " + y2 + ")", Math.log(joint.getDouble(y1, y2)),
                                            Math.log(conditional) + Math.log(first.getDouble(y1)), Tolerance.IDENTITY);
                                }
                            }
                        }
                    }
                }),
                forAll("teacher forcing decouples the steps: per-step gradients computed in isolation sum to the full gradient (central differences)", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 3));
                    int k = t.draw("K", Gen.integers(2, 3));
                    int steps = t.draw("T", Gen.integers(1, 5));
                    OutputRecurrentRnn r = drawOutputRnn(t, d, u, k);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, d));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(steps * 2, k)).reshape(steps, 2, k);
                    INDArray y0 = Nd4j.zeros(2, k);
                    ParameterLayout layout = ParameterLayout.of("U", r.inputWeights(), "W", r.outputToHidden(), "b", r.bias(),
                            "V", r.outputWeights(), "c", r.outputBias());
                    int probe = t.draw("t", Gen.integers(0, steps - 1));
                    t.gradient("dL/dtheta (sum of isolated steps)", CHECK, Differentiable.scalar(layout,
                            s -> at(layout, s).teacherForcedLoss(xs, ys, y0), v -> {
                                OutputRecurrentRnn p = atFlat(layout, v);
                                List<INDArray> sum = null;
                                for (int s = 0; s < steps; s++) {
                                    List<INDArray> g = p.stepGradients(xs, ys, y0, s);
                                    if (sum == null) {
                                        sum = new ArrayList<>(g);
                                    } else {
                                        for (int i = 0; i < g.size(); i++) {
                                            sum.get(i).addi(g.get(i));
                                        }
                                    }
                                }
                                return layout.pack(sum.toArray(new INDArray[0]));
                            }), flat(layout, r));
                    t.gradient("dL_t/dtheta for t = " + probe, CHECK, Differentiable.scalar(layout,
                            s -> at(layout, s).stepLoss(xs, ys, y0, probe),
                            v -> layout.pack(atFlat(layout, v).stepGradients(xs, ys, y0, probe).toArray(new INDArray[0]))), flat(layout, r));
                }),
                forAll("exposure bias: free-running and teacher-forced outputs agree at t = 1 and then diverge", t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 3));
                    int k = t.draw("K", Gen.integers(2, 3));
                    OutputRecurrentRnn r = drawOutputRnn(t, d, u, k);
                    INDArray xs = t.draw("xs", TensorGen.sequence(6, 1, d));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(6, k)).reshape(6, 1, k);
                    INDArray y0 = Nd4j.zeros(1, k);
                    INDArray free = r.outputs(xs, y0, null);
                    INDArray forced = r.outputs(xs, y0, ys);
                    t.close("step 1", free.slice(0), forced.slice(0), EXACT);
                    double gap = free.sub(forced).norm2Number().doubleValue();
                    t.require(gap > 1e-6, "free-running and teacher-forced outputs coincide (gap " + gap + ")");
                })));
    }

    private static OutputRecurrentRnn at(ParameterLayout layout, INDArray s) {
        List<INDArray> q = layout.unpack(s);
        return new OutputRecurrentRnn(q.get(0), q.get(1), q.get(2), q.get(3), q.get(4));
    }

    private static OutputRecurrentRnn atFlat(ParameterLayout layout, INDArray v) {
        List<INDArray> q = layout.unpack(v.reshape(1, v.length()));
        List<INDArray> r = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            r.add(q.get(i).reshape(layout.shapes().get(i)));
        }
        return new OutputRecurrentRnn(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
    }

    private static INDArray flat(ParameterLayout layout, OutputRecurrentRnn r) {
        return layout.pack(r.inputWeights(), r.outputToHidden(), r.bias(), r.outputWeights(), r.outputBias());
    }
}
