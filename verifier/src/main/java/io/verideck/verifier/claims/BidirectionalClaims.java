package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;

import io.verideck.numeric.rnn.BidirectionalRnn;
import io.verideck.numeric.rnn.SimpleRnn;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** K12: causal (unidirectional) versus non-causal (bidirectional) RNNs. */
final class BidirectionalClaims {
    private static final Tolerance EXACT = new Tolerance(0, 0);

    private BidirectionalClaims() {
    }

    static List<Claim> claims() {
        return List.of(causality());
    }

    private static Claim causality() {
        return new Claim("K12", "birnn-causality", "o^{(t)}=g(x^{(1)},\\dots,x^{(t)})\\ \\text{(causal)};\\ o^{(t)}_{\\mathrm{Bi}}=V[h_f^{(t)};h_b^{(t)}]+c",
                "io.verideck.numeric.rnn.BidirectionalRnn", Set.of("rnn", "birnn"), List.of(
                forAll("perturbing x^(t+1..T) leaves a unidirectional RNN's o^(1..t) exactly unchanged but changes the BiRNN's", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 3));
                    int k = t.draw("K", Gen.integers(1, 3));
                    int steps = t.draw("T", Gen.integers(2, 7));
                    int cut = t.draw("t", Gen.integers(1, steps - 1));
                    BidirectionalRnn bi = new BidirectionalRnn(RnnClaims.drawRnn(t, d, u), RnnClaims.drawRnn(t, d, u),
                            t.draw("V", TensorGen.dense(-1, 1, 2 * u, k)), t.draw("c", TensorGen.dense(-0.5, 0.5, k)));
                    INDArray v = t.draw("V_uni", TensorGen.dense(-1, 1, u, k));
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, 2, d));
                    INDArray changed = xs.dup();
                    changed.get(NDArrayIndex.interval(cut, steps)).addi(t.draw("delta", TensorGen.dense(0.5, 1, steps - cut, 2, d)));
                    INDArray h0 = Nd4j.zeros(2, u);
                    INDArray past = prefix(BidirectionalRnn.unidirectionalOutputs(bi.forward(), v, bi.outputBias(), xs, h0), cut);
                    INDArray pastChanged = prefix(BidirectionalRnn.unidirectionalOutputs(bi.forward(), v, bi.outputBias(), changed, h0), cut);
                    t.close("unidirectional o^(1.." + cut + ")", pastChanged, past, EXACT);
                    double moved = prefix(bi.outputs(changed, h0), cut).sub(prefix(bi.outputs(xs, h0), cut))
                            .norm2Number().doubleValue();
                    t.require(moved > 1e-9, "the BiRNN's past outputs did not react to future inputs (" + moved + ")");
                }),
                forAll("the BiRNN output at t is the dense layer on [h_f^(t); h_b^(t)]: shapes [T, B, 2u] -> [T, B, K], halves are the two runs", 10, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    int u = t.draw("u", Gen.integers(1, 3));
                    int k = t.draw("K", Gen.integers(1, 3));
                    int steps = t.draw("T", Gen.integers(1, 6));
                    int b = t.draw("B", Gen.integers(1, 3));
                    SimpleRnn f = RnnClaims.drawRnn(t, d, u);
                    SimpleRnn back = RnnClaims.drawRnn(t, d, u);
                    INDArray v = t.draw("V", TensorGen.dense(-1, 1, 2 * u, k));
                    INDArray c = t.draw("c", TensorGen.dense(-0.5, 0.5, k));
                    BidirectionalRnn bi = new BidirectionalRnn(f, back, v, c);
                    INDArray xs = t.draw("xs", TensorGen.sequence(steps, b, d));
                    INDArray h0 = Nd4j.zeros(b, u);
                    INDArray states = bi.states(xs, h0);
                    INDArray out = bi.outputs(xs, h0);
                    t.require(java.util.Arrays.equals(states.shape(), new long[] {steps, b, 2 * u}), "state shape " + java.util.Arrays.toString(states.shape()));
                    t.require(java.util.Arrays.equals(out.shape(), new long[] {steps, b, k}), "output shape " + java.util.Arrays.toString(out.shape()));
                    INDArray forward = f.run(xs, h0);
                    INDArray reversed = Nd4j.create(xs.shape());
                    for (int s = 0; s < steps; s++) {
                        reversed.slice(s).assign(xs.slice(steps - 1 - s));
                    }
                    INDArray backward = back.run(reversed, h0);
                    for (int s = 0; s < steps; s++) {
                        INDArray concat = Nd4j.hstack(forward.slice(s), backward.slice(steps - 1 - s));
                        t.close("[h_f; h_b] at " + s, states.slice(s), concat, EXACT);
                        t.close("o at " + s, out.slice(s), concat.mmul(v).addiRowVector(c), Tolerance.IDENTITY);
                    }
                })));
    }

    /** The first {@code steps} steps of a {@code [T, B, K]} array. */
    private static INDArray prefix(INDArray a, int steps) {
        return a.get(NDArrayIndex.interval(0, steps)).dup();
    }
}
