package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.attention.DotAttention;
import io.verideck.numeric.attention.Embedding;
import io.verideck.numeric.softmax.Softmax;
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

/** K13 (attention weights and context) and K15 (embedding lookup). */
final class AttentionClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);
    private static final Tolerance EXACT = new Tolerance(0, 0);

    private AttentionClaims() {
    }

    static List<Claim> claims() {
        return List.of(attention(), embedding());
    }

    private record Problem(INDArray h, INDArray s, double tau) {
    }

    private static Problem draw(Trial t) {
        int n = t.draw("n", Gen.integers(1, 6));
        int d = t.draw("d", Gen.integers(1, 4));
        boolean scaled = t.draw("scaled", Gen.oneOf(false, true));
        return new Problem(t.draw("H", TensorGen.dense(-2, 2, n, d)), t.draw("s", TensorGen.dense(-2, 2, d)), scaled ? Math.sqrt(d) : 1);
    }

    private static Claim attention() {
        return new Claim("K13", "attention-context", "e_j=s^Th_j/\\tau,\\ \\alpha=\\operatorname{softmax}(e),\\ c=\\sum_j\\alpha_jh_j",
                "io.verideck.numeric.attention.DotAttention", Set.of("attention", "softmax", "gradient"), List.of(
                forAll("alpha >= 0, sum alpha = 1, and alpha equals ND4J's softmax op on the scores", t -> {
                    Problem p = draw(t);
                    INDArray a = DotAttention.weights(p.h(), p.s(), p.tau());
                    t.require(a.minNumber().doubleValue() >= 0, "negative weight");
                    t.close("sum alpha", a.sumNumber().doubleValue(), 1, Tolerance.IDENTITY);
                    INDArray scores = p.h().mmul(p.s().reshape(p.s().length(), 1)).reshape(1, p.h().rows()).divi(p.tau());
                    t.close("ND4J softmax", a, Softmax.builtIn(scores), Tolerance.IDENTITY);
                }),
                forAll("c lies in the convex hull of the h_j: every coordinate between the min and max over j", t -> {
                    Problem p = draw(t);
                    INDArray c = DotAttention.context(p.h(), p.s(), p.tau());
                    INDArray lo = p.h().min(0);
                    INDArray hi = p.h().max(0);
                    t.require(c.sub(lo).minNumber().doubleValue() >= -1e-12 && hi.sub(c).minNumber().doubleValue() >= -1e-12,
                            "c = " + c + " outside [" + lo + ", " + hi + "]");
                }),
                forAll("permuting the encoder states permutes alpha and leaves c unchanged", t -> {
                    Problem p = draw(t);
                    int n = (int) p.h().rows();
                    int[] perm = new int[n];
                    for (int i = 0; i < n; i++) {
                        perm[i] = i;
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int j = t.draw("swap " + i, Gen.integers(0, i));
                        int tmp = perm[i];
                        perm[i] = perm[j];
                        perm[j] = tmp;
                    }
                    INDArray permuted = Nd4j.pullRows(p.h(), 1, perm);
                    INDArray a = DotAttention.weights(p.h(), p.s(), p.tau());
                    INDArray ap = DotAttention.weights(permuted, p.s(), p.tau());
                    for (int i = 0; i < n; i++) {
                        t.close("alpha'[" + i + "]", ap.getDouble(i), a.getDouble(perm[i]), Tolerance.IDENTITY);
                    }
                    t.close("c", DotAttention.context(permuted, p.s(), p.tau()), DotAttention.context(p.h(), p.s(), p.tau()), Tolerance.IDENTITY);
                }),
                forAll("the Jacobian of c in s and every h_j matches central differences", 10, t -> {
                    Problem p = draw(t);
                    int n = (int) p.h().rows();
                    int d = (int) p.h().columns();
                    ParameterLayout layout = ParameterLayout.of("s", p.s(), "H", p.h());
                    t.gradient("dc/d(s, H)", CHECK, new Differentiable(layout, d, x -> {
                        List<INDArray> q = layout.unpack(x);
                        return DotAttention.contextStacked(q.get(1), q.get(0), p.tau());
                    }, v -> DotAttention.jacobian(v.get(NDArrayIndex.interval(d, d + n * d)).reshape(n, d), v.get(NDArrayIndex.interval(0, d)),
                            p.tau())), layout.pack(p.s(), p.h()));
                }),
                forAll("equal scores (s = 0) give the mean of the h_j", t -> {
                    Problem p = draw(t);
                    t.close("c", DotAttention.context(p.h(), Nd4j.zeros(p.h().columns()), p.tau()), p.h().mean(0), Tolerance.IDENTITY);
                }),
                forAll("scaling the scores by 1000 makes alpha one-hot on the argmax (score gap >= 0.05)", t -> {
                    Problem p = draw(t);
                    INDArray scores = p.h().mmul(p.s().reshape(p.s().length(), 1)).reshape(p.h().rows());
                    double[] e = scores.toDoubleVector();
                    int best = scores.argMax(0).getInt(0);
                    for (int j = 0; j < e.length; j++) {
                        if (j != best && e[best] - e[j] < 0.05) {
                            throw new io.verideck.verifier.gen.Discard("near tie between scores");
                        }
                    }
                    INDArray a = DotAttention.weights(p.h(), p.s(), 1e-3);
                    t.require(a.getDouble(best) > 1 - 1e-15, "alpha at the argmax is " + a.getDouble(best));
                })));
    }

    private static Claim embedding() {
        return new Claim("K15", "embedding-lookup", "E^Te_i=E_{i,:}", "io.verideck.numeric.attention.Embedding", Set.of("embedding", "gradient"), List.of(
                forAll("lookup equals the one-hot matrix product", t -> {
                    int v = t.draw("V", Gen.integers(1, 12));
                    int d = t.draw("d", Gen.integers(1, 5));
                    int len = t.draw("len", Gen.integers(1, 6));
                    Embedding e = new Embedding(t.draw("E", TensorGen.dense(-1, 1, v, d)));
                    int[] ids = drawIds(t, len, v);
                    t.close("lookup", e.lookup(ids), Embedding.oneHot(ids, v).mmul(e.table()), EXACT);
                }),
                forAll("dL/dE (central differences) is nonzero exactly on the looked-up rows, repeated tokens accumulated", t -> {
                    int v = t.draw("V", Gen.integers(2, 8));
                    int d = t.draw("d", Gen.integers(1, 3));
                    int len = t.draw("len", Gen.integers(1, 5));
                    INDArray table = t.draw("E", TensorGen.dense(-1, 1, v, d));
                    Embedding e = new Embedding(table);
                    int[] ids = drawIds(t, len, v);
                    INDArray oneHot = Embedding.oneHot(ids, v);
                    INDArray weights = t.draw("G", TensorGen.dense(-1, 1, len, d));
                    ParameterLayout layout = ParameterLayout.of("E", table);
                    // L = sum_r tanh(E[id_r]) . G_r, so dL/d(lookup) = (1 - tanh^2) * G
                    t.gradient("dL/dE", CHECK, Differentiable.scalar(layout, s -> {
                        INDArray rows = io.verideck.numeric.Stacked.matmul(oneHot, layout.unpack(s).get(0));
                        return io.verideck.numeric.Stacked.sumPerCopy(org.nd4j.linalg.ops.transforms.Transforms.tanh(rows, false)
                                .muli(io.verideck.numeric.Stacked.repeat(weights, s.rows())));
                    }, x -> {
                        Embedding at = new Embedding(x.reshape(v, d));
                        INDArray th = org.nd4j.linalg.ops.transforms.Transforms.tanh(at.lookup(ids), true);
                        return at.gradient(ids, th.mul(th).rsubi(1.0).muli(weights)).reshape(v * d);
                    }), table);
                    INDArray g = e.gradient(ids, Nd4j.ones(len, d));
                    for (int r = 0; r < v; r++) {
                        int count = 0;
                        for (int id : ids) {
                            count += id == r ? 1 : 0;
                        }
                        t.close("row " + r + " of dL/dE for upstream 1", g.getRow(r), Nd4j.ones(d).muli(count), EXACT);
                    }
                }),
                once("vectorize_sequences([[3, 5]], 10000) has ones exactly at 3 and 5", t -> {
                    INDArray m = Embedding.multiHot(new int[][] {{3, 5}}, 10_000);
                    t.close("sum", m.sumNumber().doubleValue(), 2, EXACT);
                    t.close("x[3]", m.getDouble(0, 3), 1, EXACT);
                    t.close("x[5]", m.getDouble(0, 5), 1, EXACT);
                }),
                forAll("a one-hot vector has exactly one 1 and its index round-trips", t -> {
                    int v = t.draw("V", Gen.integers(1, 20));
                    int id = t.draw("id", Gen.integers(0, v - 1));
                    INDArray e = Embedding.oneHot(new int[] {id}, v);
                    t.close("sum", e.sumNumber().doubleValue(), 1, EXACT);
                    t.close("ones", e.eq(1.0).castTo(e.dataType()).sumNumber().doubleValue(), 1, EXACT);
                    t.close("index", Embedding.indexOf(e), id, EXACT);
                })));
    }

    private static int[] drawIds(Trial t, int len, int v) {
        int[] ids = new int[len];
        for (int i = 0; i < len; i++) {
            ids[i] = t.draw("id " + i, Gen.integers(0, v - 1));
        }
        return ids;
    }
}
