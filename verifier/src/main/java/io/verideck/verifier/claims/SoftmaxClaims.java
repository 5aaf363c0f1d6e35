package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.Stacked;
import io.verideck.numeric.softmax.BinaryCrossEntropy;
import io.verideck.numeric.softmax.CategoricalCrossEntropy;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** D6, D7, D8, E8, E9: softmax, log-sum-exp, softmax cross-entropy, binary and categorical CE. */
public final class SoftmaxClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private SoftmaxClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(softmaxProperties(), logSoftmax(), softmaxCeGradient(), bce(), categoricalCe());
    }

    /**
     * A differentiable view of the softmax cross-entropy of logits {@code [b, k]} against fixed
     * targets, for the gradient checker and the benchmark.
     *
     * @param targets {@code [b, k]}
     * @return the function of the flattened logits
     */
    public static Differentiable softmaxCrossEntropy(INDArray targets) {
        long b = targets.size(0);
        long k = targets.size(1);
        ParameterLayout layout = ParameterLayout.of("z", targets);
        return Differentiable.scalar(layout, s -> SoftmaxCrossEntropy.lossStacked(s.reshape('c', s.size(0), b, k), targets),
                v -> SoftmaxCrossEntropy.gradient(v.reshape('c', b, k), targets));
    }

    private static Claim softmaxProperties() {
        return new Claim("D6", "softmax-properties",
                "\\operatorname{softmax}(z)_i=\\frac{e^{z_i}}{\\sum_j e^{z_j}},\\quad \\frac{\\partial s_i}{\\partial z_j}=s_i(\\delta_{ij}-s_j)",
                "io.verideck.numeric.softmax.Softmax", Set.of("softmax", "activations", "gradient"), List.of(
                forAll("outputs are positive and sum to 1; ND4J's softmax agrees", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 3, k));
                    INDArray s = Softmax.probabilities(z);
                    t.close("row sums", s.sum(1), Nd4j.ones(3), new Tolerance(1e-12, 0));
                    t.require(s.minNumber().doubleValue() > 0, "an entry is not positive: " + s);
                    t.close("built-in", s, Softmax.builtIn(z), new Tolerance(1e-14, 1e-12));
                }),
                forAll("shift invariance softmax(z + c) = softmax(z), argmax unchanged", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-10, 10, k));
                    double c = t.draw("c", Gen.doubles(-100, 100));
                    INDArray s = Softmax.probabilities(z);
                    t.close("shifted", Softmax.probabilities(z.add(c)), s, new Tolerance(1e-13, 1e-10));
                    t.require(s.argMax().getInt(0) == z.argMax().getInt(0), "argmax changed");
                }),
                forAll("Jacobian matches central differences, is symmetric, rows sum to 0", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, k));
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("softmax Jacobian", CHECK, new Differentiable(layout, k, Softmax::probabilities, Softmax::jacobian), z);
                    INDArray j = Softmax.jacobian(z);
                    t.close("symmetry", j, j.transpose(), new Tolerance(1e-15, 0));
                    t.close("row sums", j.sum(1), Nd4j.zeros(k), new Tolerance(1e-15, 0));
                }),
                forAll("temperature to 0 gives one-hot(argmax)", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, k).filter(v -> gap(v) > 1e-2));
                    INDArray s = Softmax.probabilities(z.div(1e-4));
                    t.close("limit", s.getDouble(z.argMax().getLong(0)), 1.0, new Tolerance(1e-12, 0));
                }),
                forAll("one-vs-rest sigmoids do not sum to 1 in general (unlike softmax)", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, k));
                    double sigmoids = org.nd4j.linalg.ops.transforms.Transforms.sigmoid(z).sumNumber().doubleValue();
                    if (Math.abs(sigmoids - 1) < 1e-3) {
                        throw new io.verideck.verifier.gen.Discard("sigmoids happen to sum to about 1");
                    }
                    t.require(Math.abs(sigmoids - 1) >= 1e-3, "sigmoids sum to 1");
                    t.close("softmax sum", Softmax.probabilities(z).sumNumber().doubleValue(), 1.0, new Tolerance(1e-12, 0));
                }),
                once("stable at z = (1000, 0); the unshifted formula overflows", t -> {
                    INDArray z = Nd4j.createFromArray(1000.0, 0.0);
                    INDArray s = Softmax.probabilities(z);
                    t.close("p1", s.getDouble(0), 1.0, Tolerance.IDENTITY);
                    t.require(Double.isNaN(Softmax.probabilitiesUnshifted(z).getDouble(0)), "unshifted softmax did not overflow");
                })));
    }

    private static Claim logSoftmax() {
        return new Claim("D7", "log-softmax-lse",
                "\\log\\operatorname{softmax}(z)_i=z_i-\\operatorname{LSE}(z),\\quad \\max_j z_j\\le\\operatorname{LSE}(z)\\le\\max_j z_j+\\log K",
                "io.verideck.numeric.softmax.Softmax", Set.of("softmax", "numerics", "gradient"), List.of(
                forAll("log softmax = z - LSE = log of softmax", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-20, 20, k));
                    t.close("identity", Softmax.logProbabilities(z),
                            org.nd4j.linalg.ops.transforms.Transforms.log(Softmax.probabilities(z)), Tolerance.IDENTITY);
                }),
                forAll("max z <= LSE(z) <= max z + log K", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-50, 50, k));
                    double lse = Softmax.logSumExp(z).getDouble(0);
                    double max = z.maxNumber().doubleValue();
                    t.require(max <= lse + 1e-12 && lse <= max + Math.log(k) + 1e-12, "LSE " + lse + " outside [" + max + ", max + log K]");
                }),
                forAll("LSE - max z vanishes when the top logit leads by 40 or more", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray rest = t.draw("rest", TensorGen.dense(-20, 20, k));
                    double top = rest.maxNumber().doubleValue() + 40 + t.draw("extra", Gen.doubles(0, 10));
                    INDArray z = Nd4j.concat(0, Nd4j.createFromArray(top), rest);
                    t.close("LSE - max", Softmax.logSumExp(z).getDouble(0) - top, 0.0, new Tolerance(k * Math.exp(-40) * 1.01 + 4 * Math.ulp(top), 0));
                }),
                forAll("grad LSE = softmax (central differences)", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-10, 10, k));
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("grad LSE", CHECK, Differentiable.scalar(layout, Softmax::logSumExp, Softmax::probabilities), z);
                }),
                once("no NaN or Inf at |z| = 1000; a big margin gives about zero loss", t -> {
                    INDArray z = Nd4j.createFromArray(1000.0, -1000.0, 999.0);
                    INDArray logp = Softmax.logProbabilities(z);
                    t.require(!logp.isInfinite().any() && !logp.isNaN().any(), "log softmax not finite: " + logp);
                    t.close("LSE", Softmax.logSumExp(z).getDouble(0), 1000 + Math.log1p(Math.exp(-1)), Tolerance.IDENTITY);
                    t.close("margin 40 loss", -Softmax.logProbabilities(Nd4j.createFromArray(40.0, 0.0, 0.0)).getDouble(0), 0.0,
                            new Tolerance(1e-16, 0));
                })));
    }

    private static Claim softmaxCeGradient() {
        return new Claim("D8", "softmax-ce-gradient",
                "L(z,y)=\\operatorname{LSE}(z)-z_y,\\quad \\nabla_z L=\\operatorname{softmax}(z)-e_y",
                "io.verideck.numeric.softmax.SoftmaxCrossEntropy", Set.of("softmax", "loss", "gradient"), List.of(
                forAll("gradient matches central differences, logits up to 50", t -> {
                    int b = t.draw("B", Gen.integers(1, 5));
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-50, 50, b, k));
                    INDArray y = t.draw("y", TensorGen.oneHot(b, k));
                    t.gradient("dL/dz", GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, new Tolerance(1e-7, 1e-6)),
                            softmaxCrossEntropy(y), z);
                }),
                forAll("gradient entries of each row sum to 0; soft targets give softmax - t", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-10, 10, 1, k));
                    INDArray target = t.draw("t", TensorGen.probabilityVector(k, 0.1)).reshape(1, k);
                    INDArray g = SoftmaxCrossEntropy.gradient(z, target);
                    t.close("row sum", g.sumNumber().doubleValue(), 0.0, new Tolerance(1e-15, 0));
                    t.close("softmax - t", g, Softmax.probabilities(z).sub(target), Tolerance.IDENTITY);
                }),
                forAll("for z = hW + b the weight gradient is h^T (s - y) (central differences)", t -> {
                    int b = t.draw("B", Gen.integers(1, 4));
                    int d = t.draw("d", Gen.integers(1, 5));
                    int k = t.draw("K", Gen.integers(2, 5));
                    INDArray h = t.draw("h", TensorGen.dense(-2, 2, b, d));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, d, k));
                    INDArray bias = t.draw("b", TensorGen.dense(-1, 1, k));
                    INDArray y = t.draw("y", TensorGen.oneHot(b, k));
                    ParameterLayout layout = ParameterLayout.of("W", w, "b", bias);
                    Differentiable f = Differentiable.scalar(layout, s -> {
                        List<INDArray> p = layout.unpack(s);
                        return SoftmaxCrossEntropy.lossStacked(Stacked.addBias(Stacked.matmul(h, p.get(0)), p.get(1)), y);
                    }, v -> {
                        List<INDArray> p = layout.unpack(v.reshape(1, v.length()));
                        INDArray wv = p.get(0).reshape(d, k);
                        INDArray dz = SoftmaxCrossEntropy.gradient(h.mmul(wv).addiRowVector(p.get(1).reshape(k)), y);
                        return layout.pack(h.transpose().mmul(dz), dz.sum(0));
                    });
                    t.gradient("dL/dW, dL/db", CHECK, f, layout.pack(w, bias));
                }),
                forAll("the loss is non-negative and finite at |z| = 1000", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray z = t.draw("z", TensorGen.dense(-1000, 1000, 2, k));
                    INDArray y = t.draw("y", TensorGen.oneHot(2, k));
                    double loss = SoftmaxCrossEntropy.loss(z, y);
                    t.require(loss >= 0 && Double.isFinite(loss), "loss " + loss);
                    INDArray g = SoftmaxCrossEntropy.gradient(z, y);
                    t.require(!g.isNaN().any() && !g.isInfinite().any(), "gradient not finite: " + g);
                })));
    }

    private static Claim bce() {
        return new Claim("E8", "loss-bce",
                "\\mathrm{BCE}(p,y)=-(y\\log p+(1-y)\\log(1-p)),\\quad \\partial_p=-\\frac{y}{p}+\\frac{1-y}{1-p}",
                "io.verideck.numeric.softmax.BinaryCrossEntropy", Set.of("loss", "gradient"), List.of(
                forAll("gradient matches central differences for p in (0.01, 0.99)", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray p = t.draw("p", TensorGen.dense(0.01, 0.99, n));
                    INDArray y = t.draw("y", TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(v.dataType())));
                    ParameterLayout layout = ParameterLayout.of("p", p);
                    t.gradient("dBCE/dp", CHECK, Differentiable.scalar(layout, s -> BinaryCrossEntropy.lossStacked(s, y),
                            v -> BinaryCrossEntropy.gradient(v, y)), p);
                }),
                forAll("equals the Bernoulli negative log-likelihood for y = 0 and y = 1", t -> {
                    double p = t.draw("p", Gen.doubles(0.001, 0.999));
                    int y = t.draw("y", Gen.integers(0, 1));
                    double bce = BinaryCrossEntropy.loss(Nd4j.createFromArray(p), Nd4j.createFromArray((double) y));
                    t.close("BCE", bce, -Math.log(Math.pow(p, y) * Math.pow(1 - p, 1 - y)), Tolerance.IDENTITY);
                }),
                once("BCE(0.012, 1) = 4.42 and a perfect prediction costs 0", t -> {
                    t.close("BCE(0.012,1)", BinaryCrossEntropy.loss(Nd4j.createFromArray(0.012), Nd4j.createFromArray(1.0)), 4.42,
                            new Tolerance(5e-3, 0));
                    t.close("perfect", BinaryCrossEntropy.loss(Nd4j.createFromArray(1.0 - 1e-15), Nd4j.createFromArray(1.0)), 0,
                            new Tolerance(1e-14, 0));
                })));
    }

    private static Claim categoricalCe() {
        return new Claim("E9", "loss-categorical-ce",
                "\\mathrm{CE}(p,y)=-\\sum_k y_k\\log p_k",
                "io.verideck.numeric.softmax.CategoricalCrossEntropy", Set.of("loss", "gradient"), List.of(
                forAll("with one-hot y only the true class contributes", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.1)).reshape(1, k);
                    INDArray y = t.draw("y", TensorGen.oneHot(1, k));
                    int c = y.argMax(1).getInt(0);
                    t.close("CE", CategoricalCrossEntropy.loss(p, y), -Math.log(p.getDouble(0, c)), Tolerance.IDENTITY);
                }),
                forAll("CE equals BCE when K = 2", t -> {
                    double p = t.draw("p1", Gen.doubles(0.01, 0.99));
                    int label = t.draw("y", Gen.integers(0, 1));
                    INDArray probs = Nd4j.createFromArray(new double[][] {{p, 1 - p}});
                    INDArray y = Nd4j.createFromArray(new double[][] {{label, 1 - label}});
                    t.close("CE vs BCE", CategoricalCrossEntropy.loss(probs, y),
                            BinaryCrossEntropy.loss(Nd4j.createFromArray(p), Nd4j.createFromArray((double) label)), Tolerance.IDENTITY);
                }),
                forAll("gradient matches central differences", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.2)).reshape(1, k);
                    INDArray y = t.draw("y", TensorGen.probabilityVector(k, 0.5)).reshape(1, k);
                    ParameterLayout layout = ParameterLayout.of("p", p);
                    t.gradient("dCE/dp", CHECK, Differentiable.scalar(layout,
                            s -> CategoricalCrossEntropy.lossStacked(s.reshape('c', s.size(0), 1, k), y),
                            v -> CategoricalCrossEntropy.gradient(v.reshape(1, k), y)), p);
                }),
                once("dropping the log changes the optimum: -sum p_y prefers one-hot, -sum log p_y the frequencies", t -> {
                    // Labels with frequencies (0.5, 0.3, 0.2) and one shared probability vector p.
                    INDArray freq = Nd4j.createFromArray(new double[][] {{0.5, 0.3, 0.2}});
                    INDArray oneHot = Nd4j.createFromArray(new double[][] {{1 - 2e-9, 1e-9, 1e-9}});
                    double noLogAtFreq = -freq.mul(freq).sumNumber().doubleValue();
                    double noLogAtOneHot = -freq.mul(oneHot).sumNumber().doubleValue();
                    t.require(noLogAtOneHot < noLogAtFreq, "without the log the one-hot guess should win");
                    t.require(CategoricalCrossEntropy.loss(freq, freq) < CategoricalCrossEntropy.loss(oneHot, freq),
                            "with the log the frequencies should win");
                }),
                forAll("on the simplex CE(., y) is minimized at p = y", t -> {
                    int k = t.draw("K", Gen.integers(2, 6));
                    INDArray y = t.draw("y", TensorGen.probabilityVector(k, 0.3)).reshape(1, k);
                    INDArray q = t.draw("q", TensorGen.probabilityVector(k, 0.3)).reshape(1, k);
                    t.require(CategoricalCrossEntropy.loss(y, y) <= CategoricalCrossEntropy.loss(q, y) + 1e-12,
                            "CE(q, y) < CE(y, y)");
                })));
    }

    private static double gap(INDArray v) {
        double[] a = v.toDoubleVector().clone();
        java.util.Arrays.sort(a);
        return a[a.length - 1] - a[a.length - 2];
    }
}
