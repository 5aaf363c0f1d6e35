package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.information.DifferentialEntropy;
import io.verideck.numeric.information.Entropy;
import io.verideck.numeric.information.KlDivergence;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** E10, E11, E12: KL divergence, entropy and cross-entropy, the maximum-entropy exponential. */
final class InformationClaims {
    private InformationClaims() {
    }

    static List<Claim> claims() {
        return List.of(kl(), crossEntropy(), maxEntropy());
    }

    private static INDArray simplex(Trial t, String name, int k) {
        return t.draw(name, TensorGen.probabilityVector(k, 0.05)).reshape(1, k);
    }

    private static Claim kl() {
        return new Claim("E10", "info-kl-divergence",
                "D_{KL}(p\\|q)=\\mathbb E_p[\\log p-\\log q]\\ge0,\\quad \\nabla_zD_{KL}(p\\|\\operatorname{softmax}(z))=\\operatorname{softmax}(z)-p",
                "io.verideck.numeric.information.KlDivergence", Set.of("information", "loss", "gradient"), List.of(
                forAll("non-negative on random pairs of the simplex; ND4J's LossKLD agrees", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = simplex(t, "p", k);
                    INDArray q = simplex(t, "q", k);
                    double d = KlDivergence.discrete(p, q).getDouble(0);
                    t.require(d >= -1e-15, "D(p||q) = " + d);
                    t.close("ND4J LossKLD", d, new org.nd4j.linalg.lossfunctions.impl.LossKLD()
                            .computeScoreArray(p, q, LossClaims.IDENTITY, null).getDouble(0), Tolerance.IDENTITY);
                }),
                forAll("zero iff p = q", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = simplex(t, "p", k);
                    INDArray q = t.draw("q", TensorGen.probabilityVector(k, 0.05).filter(v -> v.reshape(1, k).sub(p).amaxNumber().doubleValue() > 1e-3))
                            .reshape(1, k);
                    t.close("D(p||p)", KlDivergence.discrete(p, p).getDouble(0), 0, new Tolerance(1e-15, 0));
                    t.require(KlDivergence.discrete(p, q).getDouble(0) > 0, "D(p||q) = 0 for p != q");
                }),
                once("asymmetry witness: D(p||q) != D(q||p) for p = (0.9, 0.1), q = (0.5, 0.5)", t -> {
                    INDArray p = Nd4j.createFromArray(new double[][] {{0.9, 0.1}});
                    INDArray q = Nd4j.createFromArray(new double[][] {{0.5, 0.5}});
                    double pq = KlDivergence.discrete(p, q).getDouble(0);
                    double qp = KlDivergence.discrete(q, p).getDouble(0);
                    t.close("D(p||q)", pq, 0.9 * Math.log(1.8) + 0.1 * Math.log(0.2), Tolerance.IDENTITY);
                    t.require(Math.abs(pq - qp) > 0.1, "D(p||q) = " + pq + " and D(q||p) = " + qp);
                }),
                once("Gaussian closed form matches a Monte Carlo estimate over 1e5 samples (5 standard errors)", t -> {
                    double mu1 = 0.5;
                    double s1 = 1.3;
                    double mu2 = -0.4;
                    double s2 = 2.1;
                    INDArray x = SeededNoise.gaussian(t.seed(), 100_000).muli(s1).addi(mu1);
                    double[] est = SeededNoise.meanAndError(KlDivergence.gaussianLogRatio(x, mu1, s1, mu2, s2));
                    t.close("KL(N1||N2)", est[0], KlDivergence.gaussian(mu1, s1, mu2, s2), new Tolerance(5 * est[1], 0));
                }),
                forAll("minimizing KL and minimizing CE over softmax logits follow the same path (KL - CE = -H(p))", 5, t -> {
                    int k = t.draw("K", Gen.integers(2, 5));
                    INDArray p = simplex(t, "p", k);
                    INDArray viaKl = t.draw("z0", TensorGen.dense(-2, 2, k));
                    INDArray viaCe = viaKl.dup();
                    double start = KlDivergence.toSoftmaxStacked(p.reshape(k), viaKl.reshape(1, k)).getDouble(0);
                    for (int step = 0; step < 20; step++) {
                        viaKl.subi(KlDivergence.softmaxGradient(p.reshape(k), viaKl));
                        viaCe.subi(SoftmaxCrossEntropy.gradient(viaCe.reshape(1, k), p).reshape(k));
                    }
                    t.close("theta via KL vs via CE", viaKl, viaCe, Tolerance.IDENTITY);
                    double kl = KlDivergence.toSoftmaxStacked(p.reshape(k), viaKl.reshape(1, k)).getDouble(0);
                    double ce = SoftmaxCrossEntropy.loss(viaKl.reshape(1, k), p);
                    t.close("KL - CE", kl - ce, -Entropy.entropy(p).getDouble(0), Tolerance.IDENTITY);
                    t.require(kl < start || start < 1e-12, "KL did not decrease: " + start + " -> " + kl);
                }),
                forAll("grad_z D(p || softmax(z)) = softmax(z) - p matches central differences", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = simplex(t, "p", k).reshape(k);
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, k));
                    t.gradient("grad KL", LossClaims.CHECK, Differentiable.scalar(ParameterLayout.of("z", z),
                            s -> KlDivergence.toSoftmaxStacked(p, s), v -> KlDivergence.softmaxGradient(p, v)), z);
                })));
    }

    private static Claim crossEntropy() {
        return new Claim("E11", "info-cross-entropy-decomposition",
                "H(p,q)=H(p)+D_{KL}(p\\|q),\\quad H(p)=-\\sum_kp_k\\log p_k",
                "io.verideck.numeric.information.Entropy", Set.of("information"), List.of(
                forAll("H(p, q) = H(p) + D(p||q)", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = simplex(t, "p", k);
                    INDArray q = simplex(t, "q", k);
                    t.close("H(p,q)", Entropy.crossEntropy(p, q).getDouble(0),
                            Entropy.entropy(p).getDouble(0) + KlDivergence.discrete(p, q).getDouble(0), Tolerance.IDENTITY);
                }),
                forAll("0 <= H(p) <= log K, with equality for the uniform distribution", t -> {
                    int k = t.draw("K", Gen.integers(1, 7));
                    double h = Entropy.entropy(simplex(t, "p", k)).getDouble(0);
                    t.require(h >= -1e-15 && h <= Math.log(k) + 1e-12, "H(p) = " + h + " outside [0, log " + k + "]");
                    t.close("H(uniform)", Entropy.entropy(Nd4j.ones(1, k).divi(k)).getDouble(0), Math.log(k), Tolerance.IDENTITY);
                }),
                forAll("H(p, q) >= H(p)", t -> {
                    int k = t.draw("K", Gen.integers(2, 7));
                    INDArray p = simplex(t, "p", k);
                    INDArray q = simplex(t, "q", k);
                    t.require(Entropy.crossEntropy(p, q).getDouble(0) >= Entropy.entropy(p).getDouble(0) - 1e-14, "H(p,q) < H(p)");
                })));
    }

    private static Claim maxEntropy() {
        return new Claim("E12", "info-max-entropy-exponential",
                "\\max_{p:\\,\\operatorname{supp}p\\subseteq[0,\\infty),\\ \\mathbb E_px=\\mu}h(p)=h(\\operatorname{Exp}(1/\\mu))=1+\\log\\mu",
                "io.verideck.numeric.information.DifferentialEntropy", Set.of("information"), List.of(
                once("Gamma(k, mu/k) for k in {0.5, 2, 5}, half-normal and uniform[0, 2mu] with mean mu all have entropy below 1 + log mu", t -> {
                    for (double mu : new double[] {0.3, 1, 4}) {
                        double bound = DifferentialEntropy.exponential(mu);
                        t.close("Gamma(1) is the exponential", DifferentialEntropy.gamma(1, mu), bound, Tolerance.IDENTITY);
                        for (double k : new double[] {0.5, 2, 5}) {
                            t.require(DifferentialEntropy.gamma(k, mu) < bound - 1e-3, "Gamma(" + k + ") at mu " + mu + ": " + DifferentialEntropy.gamma(k, mu));
                        }
                        t.require(DifferentialEntropy.halfNormal(mu) < bound - 1e-3, "half-normal at mu " + mu);
                        t.require(DifferentialEntropy.uniform(mu) < bound - 1e-3, "uniform at mu " + mu);
                    }
                }),
                once("numeric quadrature of -int p log p matches the Gamma (k = 0.5, 1, 2, 5) and half-normal closed forms", t -> {
                    for (double k : new double[] {0.5, 1, 2, 5}) {
                        double mu = 1.7;
                        t.close("h(Gamma(" + k + "))", DifferentialEntropy.gammaByQuadrature(k, mu / k, 200_001), DifferentialEntropy.gamma(k, mu),
                                new Tolerance(1e-8, 0));
                    }
                    t.close("h(half-normal)", DifferentialEntropy.halfNormalByQuadrature(1.7, 200_001), DifferentialEntropy.halfNormal(1.7),
                            new Tolerance(1e-8, 0));
                }),
                once("without the mean constraint the entropy is unbounded: 1 + log mu and log(2 mu) grow without limit", t -> {
                    double previous = Double.NEGATIVE_INFINITY;
                    for (double mu : new double[] {1, 1e2, 1e4, 1e8}) {
                        double h = DifferentialEntropy.exponential(mu);
                        t.require(h > previous + 4, "entropy did not grow at mu " + mu);
                        previous = h;
                    }
                    t.require(DifferentialEntropy.uniform(1e8) > 19, "uniform[0, 2e8] entropy " + DifferentialEntropy.uniform(1e8));
                })));
    }
}
