package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.rnn.ElmanRnn;
import io.verideck.numeric.rnn.GruCell;
import io.verideck.numeric.rnn.GruConvention;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.numeric.rnn.GruSequence;
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
import org.nd4j.linalg.ops.transforms.Transforms;

/** K11 (GRU cell) and K3 (backpropagation through time, here through a GRU). */
public final class GruClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final GradientChecker DIRECTION = GradientChecker.of(GradientChecker.Mode.RANDOM_DIRECTION, Tolerance.NETWORK);

    private GruClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(bptt(), cell());
    }

    /**
     * @param d input size
     * @param u units
     * @return a layout naming {@code U, W, b_i, b_h}
     */
    public static ParameterLayout layout(long d, long u) {
        return new ParameterLayout(List.of("U", "W", "b_i", "b_h"),
                List.of(new long[] {d, 3 * u}, new long[] {u, 3 * u}, new long[] {3 * u}, new long[] {3 * u}));
    }

    /**
     * The new state {@code h'} of one GRU step as a function of all the cell's parameters: the full
     * Jacobian has {@code B u} rows.
     *
     * @param convention reset-gate convention
     * @param x input {@code [B, d]}
     * @param h state {@code [B, u]}
     * @return the function
     */
    public static Differentiable cellOutput(GruConvention convention, INDArray x, INDArray h) {
        long d = x.columns();
        long u = h.columns();
        long b = x.rows();
        ParameterLayout layout = layout(d, u);
        GruCell cell = new GruCell(convention);
        return new Differentiable(layout, b * u, s -> {
            List<INDArray> p = layout.unpack(s);
            INDArray next = cell.forward(new GruParameters(p.get(0), p.get(1), p.get(2), p.get(3)), x, h).next();
            return next.reshape('c', s.size(0), b * u);
        }, v -> {
            GruParameters p = unpack(layout, v);
            GruCell.Step step = cell.forward(p, x, h);
            INDArray cotangents = Nd4j.eye(b * u).reshape('c', b * u, b, u);
            GruParameters g = cell.backward(p, step, cotangents).parameters();
            return layout.packRows(g.inputWeights(), g.hiddenWeights(), g.inputBias(), g.hiddenBias());
        });
    }

    static GruParameters unpack(ParameterLayout layout, INDArray flat) {
        List<INDArray> p = layout.unpack(flat.reshape(1, flat.length()));
        return new GruParameters(p.get(0).reshape(layout.shapes().get(0)), p.get(1).reshape(layout.shapes().get(1)),
                p.get(2).reshape(layout.shapes().get(2)), p.get(3).reshape(layout.shapes().get(3)));
    }

    static GruParameters drawParameters(Trial t, int d, int u) {
        return new GruParameters(t.draw("U", TensorGen.dense(-1, 1, d, 3 * u)), t.draw("W", TensorGen.dense(-1, 1, u, 3 * u)),
                t.draw("b_i", TensorGen.dense(-0.5, 0.5, 3 * u)), t.draw("b_h", TensorGen.dense(-0.5, 0.5, 3 * u)));
    }

    private static INDArray flat(GruParameters p) {
        return layout(p.inputSize(), p.units()).pack(p.inputWeights(), p.hiddenWeights(), p.inputBias(), p.hiddenBias());
    }

    private static Claim cell() {
        return new Claim("K11", "gru-cell",
                "h^{(t)}=z\\odot h^{(t-1)}+(1-z)\\odot\\tanh(Ux^{(t)}+W(r\\odot h^{(t-1)}))",
                "io.verideck.numeric.rnn.GruCell", Set.of("rnn", "gru", "gradient"), List.of(
                forAll("z = 1 keeps the state; z = 0, r = 0 gives tanh(Ux); z = 0, r = 1 is a vanilla RNN step", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int u = t.draw("u", Gen.integers(1, 4));
                    GruConvention c = t.draw("convention", Gen.oneOf(GruConvention.values()));
                    GruParameters p = drawParameters(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 2, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, 2, u));
                    GruCell cell = new GruCell(c);
                    t.close("z = 1", cell.forward(forceGates(p, 1000, 0), x, h).next(), h, new Tolerance(0, 0));
                    INDArray un = x.mmul(block(p.inputWeights(), 2, u)).addiRowVector(block(p.inputBias(), 2, u));
                    GruParameters closed = forceGates(p, -1000, -1000);
                    INDArray expectedClosed = c == GruConvention.RESET_AFTER_PRODUCT ? un
                            : un.addRowVector(block(p.hiddenBias(), 2, u));
                    t.close("z = 0, r = 0", cell.forward(closed, x, h).next(), Transforms.tanh(expectedClosed), Tolerance.IDENTITY);
                    INDArray rnn = un.add(h.mmul(block(p.hiddenWeights(), 2, u))).addiRowVector(block(p.hiddenBias(), 2, u));
                    t.close("z = 0, r = 1", cell.forward(forceGates(p, -1000, 1000), x, h).next(), Transforms.tanh(rnn),
                            Tolerance.IDENTITY);
                }),
                forAll("gates lie in (0, 1) and h' lies between h and the candidate", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int u = t.draw("u", Gen.integers(1, 4));
                    GruParameters p = drawParameters(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 3, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, 3, u));
                    GruCell.Step s = new GruCell(GruConvention.RESET_BEFORE_PRODUCT).forward(p, x, h);
                    t.require(s.z().minNumber().doubleValue() > 0 && s.z().maxNumber().doubleValue() < 1, "z outside (0, 1)");
                    t.require(s.r().minNumber().doubleValue() > 0 && s.r().maxNumber().doubleValue() < 1, "r outside (0, 1)");
                    INDArray lo = Transforms.min(h, s.n());
                    INDArray hi = Transforms.max(h, s.n());
                    t.require(s.next().sub(lo).minNumber().doubleValue() >= -1e-15 && hi.sub(s.next()).minNumber().doubleValue() >= -1e-15,
                            "h' is not between h and n");
                }),
                forAll("the full Jacobian of h' in every parameter matches central differences (both conventions)", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    int u = t.draw("u", Gen.integers(1, 4));
                    int b = t.draw("B", Gen.integers(1, 3));
                    GruConvention c = t.draw("convention", Gen.oneOf(GruConvention.values()));
                    GruParameters p = drawParameters(t, d, u);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, b, d));
                    INDArray h = t.draw("h", TensorGen.dense(-1, 1, b, u));
                    t.gradient("dh'/dtheta", CHECK, cellOutput(c, x, h), flat(p));
                }),
                once("parameter count 3(du + u^2 + 2u); 1,248 for 8 -> 16; the GRU has fewer than the LSTM", t -> {
                    t.close("count", GruParameters.count(8, 16), 1248, new Tolerance(0, 0));
                    long merged = 3 * (16 * (16 + 8) + 16);
                    long lstm = 4 * (16 * (16 + 8) + 16);
                    t.require(merged < lstm, "GRU " + merged + " >= LSTM " + lstm);
                })));
    }

    private static Claim bptt() {
        return new Claim("K3", "rnn-bptt",
                "\\frac{\\partial L}{\\partial W}=\\sum_{t=1}^{T}\\frac{\\partial L}{\\partial W}\\Big|_{(t)}",
                "io.verideck.numeric.rnn.ElmanRnn, io.verideck.numeric.rnn.GruSequence", Set.of("rnn", "gru", "bptt", "gradient", "op-count"), List.of(
                forAll("tanh RNN with softmax outputs: BPTT gradients of U, W, b, V, c match central differences, T in {1, 5, 20}", t -> {
                    Rnn r = drawRnn(t);
                    int steps = t.draw("T", Gen.oneOf(1, 5, 20));
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, (int) r.rnn().inputWeights().rows()));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(steps * 2, r.k()).map(y -> y.reshape(steps, 2, r.k())));
                    ParameterLayout layout = r.layout();
                    Differentiable f = Differentiable.scalar(layout, s -> {
                        List<INDArray> q = layout.unpack(s);
                        ElmanRnn stacked = new ElmanRnn(q.get(0), q.get(1), q.get(2), q.get(3), q.get(4));
                        return stacked.loss(java.util.Collections.nCopies(steps, q.get(1)), xs, r.h0(), ys);
                    }, v -> {
                        ElmanRnn single = r.at(v);
                        ElmanRnn.Gradients g = single.gradients(xs, r.h0(), ys);
                        return layout.pack(g.inputWeights(), g.recurrentWeights(), g.bias(), g.outputWeights(), g.outputBias());
                    });
                    t.gradient("dL/d(U, W, b, V, c)", CHECK, f, r.point());
                }),
                forAll("SameDiff oracle: autodiff gradients of U, W, b, V, c and h0 through the unrolled tanh RNN equal the BPTT ones", 3, t -> {
                    Rnn r = drawRnn(t);
                    int steps = t.draw("T", Gen.integers(1, 6));
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, (int) r.rnn().inputWeights().rows()));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(steps * 2, r.k()).map(y -> y.reshape(steps, 2, r.k())));
                    ElmanRnn.Gradients mine = r.rnn().gradients(xs, r.h0(), ys);
                    ElmanRnn.Gradients oracle = io.verideck.numeric.rnn.ElmanRnnSameDiff.gradients(r.rnn(), xs, r.h0(), ys);
                    Tolerance tol = new Tolerance(1e-12, 1e-9);
                    t.close("dL/dU", mine.inputWeights(), oracle.inputWeights(), tol);
                    t.close("dL/dW", mine.recurrentWeights(), oracle.recurrentWeights(), tol);
                    t.close("dL/db", mine.bias(), oracle.bias(), tol);
                    t.close("dL/dV", mine.outputWeights(), oracle.outputWeights(), tol);
                    t.close("dL/dc", mine.outputBias(), oracle.outputBias(), tol);
                    t.close("dL/dh0", mine.initialState(), oracle.initialState(), tol);
                }),
                forAll("BPTT is linear in T: the ND4J op count of loss and gradients grows by the same amount per step (T = 1, 5, 20)", 5, t -> {
                    Rnn r = drawRnn(t);
                    long[] ops = new long[3];
                    int[] lengths = {1, 5, 20};
                    for (int i = 0; i < lengths.length; i++) {
                        int steps = lengths[i];
                        INDArray xs = t.draw("xs" + steps, TensorGen.sequence(steps, 2, (int) r.rnn().inputWeights().rows()));
                        INDArray ys = t.draw("ys" + steps, TensorGen.oneHot(steps * 2, r.k()).map(y -> y.reshape(steps, 2, r.k())));
                        ops[i] = OpCount.of(() -> r.rnn().gradients(xs, r.h0(), ys));
                    }
                    long perStep = (ops[1] - ops[0]) / 4;
                    t.record(ops[2], ops[0] + 19 * perStep);
                    t.require(perStep > 0 && (ops[1] - ops[0]) == 4 * perStep && ops[2] - ops[1] == 15 * perStep,
                            "op counts " + java.util.Arrays.toString(ops) + " for T = 1, 5, 20 are not affine in T");
                }),
                forAll("dL/dW is the sum over steps of the gradients of per-step copies W_t", t -> {
                    Rnn r = drawRnn(t);
                    int steps = t.draw("T", Gen.integers(1, 5));
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, (int) r.rnn().inputWeights().rows()));
                    INDArray ys = t.draw("ys", TensorGen.oneHot(steps * 2, r.k()).map(y -> y.reshape(steps, 2, r.k())));
                    ElmanRnn.Gradients g = r.rnn().gradients(xs, r.h0(), ys);
                    INDArray w = r.rnn().recurrentWeights();
                    long u = w.rows();
                    ParameterLayout copies = new ParameterLayout(java.util.Collections.nCopies(steps, "W_t"),
                            java.util.Collections.nCopies(steps, new long[] {u, u}));
                    Differentiable untied = Differentiable.scalar(copies, s -> r.rnn().withStack(s.size(0))
                            .loss(copies.unpack(s), xs, r.h0(), ys), v -> copies.pack(g.recurrentPerStep().toArray(new INDArray[0])));
                    t.gradient("dL/dW_t", CHECK, untied, copies.pack(java.util.Collections.nCopies(steps, w).toArray(new INDArray[0])));
                    INDArray sum = Nd4j.zerosLike(w);
                    g.recurrentPerStep().forEach(sum::addi);
                    t.close("sum of per-step terms", sum, g.recurrentWeights(), Tolerance.IDENTITY);
                }),
                forAll("GRU: BPTT gradients of all parameters, inputs and h0 match central differences, T in {1, 5}", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 3));
                    int steps = t.draw("T", Gen.oneOf(1, 5));
                    GruConvention c = t.draw("convention", Gen.oneOf(GruConvention.values()));
                    GruParameters p = drawParameters(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, d));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 2, u));
                    INDArray ys = t.draw("ys", TensorGen.sequence(steps, 2, u));
                    t.gradient("dL/d(theta, xs, h0)", CHECK, sequenceLoss(c, p, xs, h0, ys), packAll(p, xs, h0));
                }),
                forAll("GRU, T = 20: directional derivative of the BPTT gradient matches central differences", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 4));
                    GruConvention c = t.draw("convention", Gen.oneOf(GruConvention.values()));
                    GruParameters p = drawParameters(t, d, u);
                    INDArray xs = t.draw("xs", TensorGen.sequence(20, 2, d));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, 2, u));
                    INDArray ys = t.draw("ys", TensorGen.sequence(20, 2, u));
                    t.gradient("dL/dtheta . v", DIRECTION, sequenceLoss(c, p, xs, h0, ys), packAll(p, xs, h0));
                })));
    }

    /**
     * The GRU sequence loss as a function of the parameters, the inputs and the initial state.
     *
     * @param c convention
     * @param p parameters (for the shapes)
     * @param xs inputs {@code [T, B, d]}
     * @param h0 initial state {@code [B, u]}
     * @param ys targets {@code [T, B, u]}
     * @return the function; layout {@code U, W, b_i, b_h, xs, h0}
     */
    public static Differentiable sequenceLoss(GruConvention c, GruParameters p, INDArray xs, INDArray h0, INDArray ys) {
        ParameterLayout layout = ParameterLayout.of("U", p.inputWeights(), "W", p.hiddenWeights(), "b_i", p.inputBias(),
                "b_h", p.hiddenBias(), "xs", xs, "h0", h0);
        GruSequence seq = new GruSequence(new GruCell(c));
        return Differentiable.scalar(layout, s -> {
            List<INDArray> q = layout.unpack(s);
            INDArray stackedXs = q.get(4).permute(1, 0, 2, 3).dup('c'); // [T, S, B, d]
            GruParameters sp = new GruParameters(q.get(0), q.get(1), q.get(2), q.get(3));
            return lossStacked(seq, sp, stackedXs, q.get(5), ys);
        }, v -> {
            List<INDArray> q = layout.unpack(v.reshape(1, v.length()));
            GruParameters vp = new GruParameters(q.get(0).reshape(p.inputWeights().shape()), q.get(1).reshape(p.hiddenWeights().shape()),
                    q.get(2).reshape(p.inputBias().shape()), q.get(3).reshape(p.hiddenBias().shape()));
            GruSequence.Gradients g = seq.gradients(vp, q.get(4).reshape(xs.shape()), q.get(5).reshape(h0.shape()), ys);
            return layout.pack(g.parameters().inputWeights(), g.parameters().hiddenWeights(), g.parameters().inputBias(),
                    g.parameters().hiddenBias(), g.inputs(), g.initialState());
        });
    }

    /** A drawn RNN with its initial state. */
    record Rnn(ElmanRnn rnn, INDArray h0, int k) {
        ParameterLayout layout() {
            return ParameterLayout.of("U", rnn.inputWeights(), "W", rnn.recurrentWeights(), "b", rnn.bias(), "V", rnn.outputWeights(),
                    "c", rnn.outputBias());
        }

        INDArray point() {
            return layout().pack(rnn.inputWeights(), rnn.recurrentWeights(), rnn.bias(), rnn.outputWeights(), rnn.outputBias());
        }

        ElmanRnn at(INDArray v) {
            List<INDArray> q = layout().unpack(v.reshape(1, v.length()));
            return new ElmanRnn(q.get(0).reshape(rnn.inputWeights().shape()), q.get(1).reshape(rnn.recurrentWeights().shape()),
                    q.get(2).reshape(rnn.bias().shape()), q.get(3).reshape(rnn.outputWeights().shape()),
                    q.get(4).reshape(rnn.outputBias().shape()));
        }
    }

    static Rnn drawRnn(Trial t) {
        int d = t.draw("d", Gen.integers(1, 3));
        int u = t.draw("u", Gen.integers(1, 3));
        int k = t.draw("K", Gen.integers(2, 3));
        ElmanRnn rnn = new ElmanRnn(t.draw("U", TensorGen.dense(-1, 1, d, u)), t.draw("W", TensorGen.dense(-1, 1, u, u)),
                t.draw("b", TensorGen.dense(-0.5, 0.5, u)), t.draw("V", TensorGen.dense(-1, 1, u, k)),
                t.draw("c", TensorGen.dense(-0.5, 0.5, k)));
        return new Rnn(rnn, t.draw("h0", TensorGen.dense(-1, 1, 2, u)), k);
    }

    private static INDArray lossStacked(GruSequence seq, GruParameters p, INDArray xs, INDArray h0, INDArray ys) {
        INDArray h = h0;
        INDArray total = null;
        long batch = ys.size(1);
        for (int t = 0; t < xs.size(0); t++) {
            h = seq.cell().forward(p, xs.slice(t), h).next();
            INDArray diff = h.sub(ys.slice(t));
            INDArray term = io.verideck.numeric.Stacked.sumPerCopy(diff.muli(diff));
            total = total == null ? term : total.addi(term);
        }
        return total.divi(2.0 * batch);
    }

    private static INDArray packAll(GruParameters p, INDArray xs, INDArray h0) {
        return ParameterLayout.of("U", p.inputWeights(), "W", p.hiddenWeights(), "b_i", p.inputBias(), "b_h", p.hiddenBias(),
                "xs", xs, "h0", h0).pack(p.inputWeights(), p.hiddenWeights(), p.inputBias(), p.hiddenBias(), xs, h0);
    }

    private static GruParameters forceGates(GruParameters p, double zBias, double rBias) {
        long u = p.units();
        INDArray bi = p.inputBias().dup();
        bi.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, u)).assign(zBias);
        bi.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(u, 2 * u)).assign(rBias);
        INDArray bh = p.hiddenBias().dup();
        bh.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2 * u)).assign(0);
        INDArray w = p.hiddenWeights().dup();
        INDArray uw = p.inputWeights().dup();
        // Zero the gate weights so the bias alone decides the gate, whatever x and h are.
        w.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2 * u)).assign(0);
        uw.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2 * u)).assign(0);
        return new GruParameters(uw, w, bi, bh);
    }

    private static INDArray block(INDArray a, int k, long u) {
        if (a.rank() == 1) {
            return a.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(k * u, (k + 1) * u)).dup();
        }
        return a.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(k * u, (k + 1) * u)).dup();
    }
}
