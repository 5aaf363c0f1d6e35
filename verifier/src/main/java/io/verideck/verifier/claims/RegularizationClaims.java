package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.regularization.Dropout;
import io.verideck.numeric.regularization.DropoutRate;
import io.verideck.numeric.regularization.LabelSmoothing;
import io.verideck.numeric.regularization.LinearSensitivity;
import io.verideck.numeric.regularization.WeightScaling;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Section I: label smoothing, dropout, bagging, early stopping, adversarial examples (I5 to I8 in GeneralizationClaims). */
public final class RegularizationClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private RegularizationClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(labelSmoothing(), dropoutObjective(), weightScaling(), invertedDropout()));
        all.addAll(GeneralizationClaims.claims());
        return all;
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("regularization-label-smoothing", "I1",
                        v -> ValueArrays.scalar(LabelSmoothing.targets(
                                Nd4j.eye(v.get("k").asInt()).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE),
                                v.get("eps").asScalar()).getDouble(0, 1))),
                new FormulaBinding("adversarial-linear-explanation", "I8", v -> ValueArrays.scalar(
                        LinearSensitivity.maxChange(ValueArrays.array(v.get("w")), v.get("eps").asScalar()))),
                new FormulaBinding("regularization-adversarial-linearity", "I8", v -> ValueArrays.scalar(
                        LinearSensitivity.maxChange(ValueArrays.array(v.get("w")), v.get("eps").asScalar()))));
    }

    private static Claim labelSmoothing() {
        return new Claim("I1", "label-smoothing",
                "\\tilde y_k=1-\\epsilon\\ (\\text{true}),\\ \\tfrac{\\epsilon}{k-1}\\ (\\text{other});\\quad \\nabla_z\\mathrm{CE}(\\operatorname{softmax}(z),\\tilde y)=\\operatorname{softmax}(z)-\\tilde y",
                "io.verideck.numeric.regularization.LabelSmoothing", Set.of("regularization", "softmax", "gradient"), List.of(
                forAll("smoothed targets sum to 1, 1 - eps on the true class and eps/(k-1) elsewhere", t -> {
                    int k = t.draw("k", Gen.integers(2, 10));
                    int b = t.draw("B", Gen.integers(1, 4));
                    double eps = t.draw("eps", Gen.doubles(0, 0.99));
                    INDArray y = t.draw("y", TensorGen.oneHot(b, k));
                    INDArray smooth = LabelSmoothing.targets(y, eps);
                    t.close("row sums", smooth.sum(1), Nd4j.ones(b), new Tolerance(1e-15, 0));
                    t.close("true class", smooth.mul(y).sum(1), Nd4j.ones(b).muli(1 - eps), new Tolerance(1e-15, 0));
                    t.close("other classes", smooth.mul(y.rsub(1.0)).maxNumber().doubleValue(), eps / (k - 1), new Tolerance(1e-16, 1e-15));
                }),
                forAll("grad_z CE(softmax(z), y~) = softmax(z) - y~ matches central differences", t -> {
                    int k = t.draw("k", Gen.integers(2, 7));
                    double eps = t.draw("eps", Gen.doubles(0, 0.5));
                    INDArray z = t.draw("z", TensorGen.dense(-10, 10, k));
                    INDArray target = LabelSmoothing.targets(t.draw("y", TensorGen.oneHot(1, k)), eps);
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("dCE/dz", CHECK, Differentiable.scalar(layout,
                            s -> SoftmaxCrossEntropy.lossStacked(s.reshape('c', s.size(0), 1, k), target),
                            v -> io.verideck.numeric.softmax.Softmax.probabilities(v.reshape(1, k)).subi(target)), z);
                }),
                once("gradient descent reaches the finite optimal gap log((1-eps)(k-1)/eps); with eps = 0 the gap keeps growing", t -> {
                    double[] epss = {0.1, 0.2, 0.3};
                    for (double eps : epss) {
                        for (int k : new int[] {2, 3, 5}) {
                            INDArray y = Nd4j.zeros(1, k).putScalar(0, 0, 1.0);
                            INDArray z = LabelSmoothing.descend(LabelSmoothing.targets(y, eps), 1.0, 1500);
                            t.close("gap eps=" + eps + " k=" + k, gap(z), LabelSmoothing.optimalGap(eps, k), new Tolerance(1e-6, 1e-6));
                        }
                    }
                    INDArray hard = Nd4j.createFromArray(new double[][] {{1, 0, 0}});
                    double gap1 = gap(LabelSmoothing.descend(hard, 1.0, 250));
                    double gap2 = gap(LabelSmoothing.descend(hard, 1.0, 500));
                    double gap3 = gap(LabelSmoothing.descend(hard, 1.0, 1000));
                    t.require(gap1 < gap2 && gap2 < gap3 && gap3 - gap2 > 0.5, "eps = 0 gaps " + gap1 + ", " + gap2 + ", " + gap3 + " do not keep growing");
                })));
    }

    private static double gap(INDArray z) {
        return z.getDouble(0, 0) - z.getDouble(0, 1);
    }

    private static Claim dropoutObjective() {
        return new Claim("I2", "dropout-objective",
                "\\mu_i\\sim\\mathrm{Bernoulli}(p),\\quad \\min_\\theta\\mathbb E_\\mu J(\\theta,\\mu);\\quad \\mathbb E_\\mu\\nabla_\\theta J(\\theta,\\mu)=\\nabla_\\theta\\mathbb E_\\mu J;\\ 2^n\\text{ sub-networks}",
                "io.verideck.numeric.regularization.Dropout", Set.of("regularization", "dropout", "statistical"), List.of(
                forAll("the mean of 1e5 per-mask gradients equals the exact expectation over all 2^n masks (5 standard errors)", 3, t -> {
                    int n = t.draw("n", Gen.integers(1, 10));
                    double p = t.draw("p", Gen.oneOf(0.5, 0.8, 0.3));
                    DropoutRate rate = DropoutRate.ofKeep(p);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, n));
                    double y = t.draw("y", Gen.doubles(-1, 1));
                    INDArray all = Dropout.allMasks(n);
                    t.require(all.size(0) == 1L << n, "not 2^n sub-networks");
                    INDArray probs = Dropout.maskProbabilities(all, rate);
                    t.close("probabilities sum", probs.sumNumber().doubleValue(), 1.0, new Tolerance(1e-12, 0));
                    INDArray exact = probs.reshape(1, probs.length()).mmul(maskedGradients(all, x, w, y)).reshape(n);
                    INDArray sampled = maskedGradients(Dropout.masks(rate, 100_000, n, t.seed()), x, w, y);
                    INDArray mean = sampled.mean(0);
                    INDArray se = sampled.std(0).divi(Math.sqrt(100_000)).addi(1e-12);
                    double worst = Transforms.abs(mean.sub(exact)).divi(se).maxNumber().doubleValue();
                    t.require(worst <= 5, "sampled mean gradient is " + worst + " standard errors from the exact expectation");
                }),
                forAll("the empirical keep rate of 1e5 x n mask entries is p (5 standard errors)", 3, t -> {
                    double p = t.draw("p", Gen.doubles(0.05, 0.95));
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray m = Dropout.masks(DropoutRate.ofKeep(p), 100_000, n, t.seed());
                    double se = Math.sqrt(p * (1 - p) / m.length());
                    t.close("keep rate", m.meanNumber().doubleValue(), p, new Tolerance(5 * se, 0));
                }),
                forAll("evaluation mode draws no mask: the output is deterministic and equals the input", t -> {
                    INDArray h = t.draw("h", TensorGen.dense(-3, 3, 2, 5));
                    t.close("eval", Dropout.eval(h), h, new Tolerance(0, 0));
                    t.close("eval twice", Dropout.eval(h), Dropout.eval(h), new Tolerance(0, 0));
                    INDArray a = Dropout.invertedTrain(h, Dropout.masks(DropoutRate.ofKeep(0.5), 2, 5, t.seed()), DropoutRate.ofKeep(0.5));
                    INDArray b = Dropout.invertedTrain(h, Dropout.masks(DropoutRate.ofKeep(0.5), 2, 5, t.seed() + 1), DropoutRate.ofKeep(0.5));
                    t.require(!a.equals(b) || Transforms.abs(h).minNumber().doubleValue() == 0, "training mode did not draw masks");
                }),
                forAll("convention: drop = 0.2 is keep = 0.8, and gives the same masks", t -> {
                    double q = t.draw("drop", Gen.doubles(0, 0.95));
                    DropoutRate a = DropoutRate.ofDrop(q);
                    t.close("keep", a.keep(), 1 - q, new Tolerance(1e-12, 0));
                    t.require(DropoutRate.ofDrop(0.2).equals(DropoutRate.ofKeep(0.8)), "drop 0.2 != keep 0.8");
                    t.close("masks", Dropout.masks(DropoutRate.ofDrop(0.2), 4, 6, t.seed()), Dropout.masks(DropoutRate.ofKeep(0.8), 4, 6, t.seed()),
                            new Tolerance(0, 0));
                })));
    }

    /** Gradients of {@code J = (w^T (mu * x) - y)^2 / 2} with respect to w, one row per mask. */
    private static INDArray maskedGradients(INDArray masks, INDArray x, INDArray w, double y) {
        INDArray inputs = masks.mulRowVector(x.reshape(1, x.length()));
        INDArray residual = inputs.mmul(w.reshape(w.length(), 1)).subi(y);
        return inputs.mulColumnVector(residual);
    }

    private static Claim weightScaling() {
        return new Claim("I3", "dropout-weight-scaling",
                "\\mathbb E_\\mu[w^T(\\mu\\odot x)]=w^T(px);\\quad \\tilde P(y)\\propto\\prod_\\mu\\operatorname{softmax}(W(\\mu\\odot x)+b)_y^{P(\\mu)}=\\operatorname{softmax}(W(px)+b)_y",
                "io.verideck.numeric.regularization.WeightScaling", Set.of("regularization", "dropout"), List.of(
                forAll("linear unit: the exact expectation over all 2^n masks (n <= 10) is w^T (p x)", t -> {
                    int n = t.draw("n", Gen.integers(1, 10));
                    double p = t.draw("p", Gen.doubles(0.1, 0.9));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, n));
                    INDArray all = Dropout.allMasks(n);
                    INDArray probs = Dropout.maskProbabilities(all, DropoutRate.ofKeep(p));
                    double expectation = probs.reshape(1, probs.length()).mmul(all.mulRowVector(x.reshape(1, n)).mmul(w.reshape(n, 1))).getDouble(0);
                    t.close("E w^T(mu x)", expectation, w.mul(x).sumNumber().doubleValue() * p, Tolerance.IDENTITY);
                }),
                forAll("softmax regression: the normalized geometric mean over all masks equals softmax(W (p x) + b) (1e-10)", t -> {
                    int n = t.draw("n", Gen.integers(1, 10));
                    int k = t.draw("K", Gen.integers(2, 5));
                    double p = t.draw("p", Gen.doubles(0.1, 0.9));
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, k, n));
                    INDArray b = t.draw("b", TensorGen.dense(-1, 1, k));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n));
                    INDArray all = Dropout.allMasks(n);
                    INDArray probs = Dropout.maskProbabilities(all, DropoutRate.ofKeep(p));
                    t.close("geometric mean", WeightScaling.geometricMean(w, b, x, all, probs), WeightScaling.scaledSoftmax(w, b, x, p),
                            Tolerance.IDENTITY);
                }),
                forAll("2-layer tanh net: the arithmetic ensemble mean differs from the weight-scaled output by more than 1e-4", t -> {
                    int n = t.draw("n", Gen.integers(2, 8));
                    int h = t.draw("h", Gen.integers(1, 5));
                    double p = t.draw("p", Gen.doubles(0.3, 0.8));
                    INDArray u = t.draw("U", TensorGen.dense(-2, 2, h, n));
                    INDArray c = t.draw("c", TensorGen.dense(-1, 1, h));
                    INDArray v = t.draw("v", TensorGen.dense(-2, 2, h).filter(a -> Transforms.abs(a).minNumber().doubleValue() > 0.2));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n).filter(a -> Transforms.abs(a).minNumber().doubleValue() > 0.2));
                    INDArray all = Dropout.allMasks(n);
                    INDArray probs = Dropout.maskProbabilities(all, DropoutRate.ofKeep(p));
                    double ensemble = probs.reshape(1, probs.length()).mmul(WeightScaling.tanhNet(u, c, v, x, all).reshape(all.size(0), 1)).getDouble(0);
                    double scaled = WeightScaling.tanhNet(u, c, v, x, Nd4j.ones(1, n).muli(p)).getDouble(0);
                    t.require(Math.abs(ensemble - scaled) > 1e-4, "gap only " + Math.abs(ensemble - scaled));
                })));
    }

    private static Claim invertedDropout() {
        return new Claim("I4", "dropout-inverted",
                "\\tilde h=\\frac{\\mu\\odot h}{p},\\quad \\mathbb E_\\mu\\tilde h=h,\\quad \\operatorname{Var}\\tilde h_i=h_i^2\\frac{1-p}{p},\\quad \\frac{\\partial\\tilde h}{\\partial h}=\\frac{\\mu}{p}",
                "io.verideck.numeric.regularization.Dropout", Set.of("regularization", "dropout", "statistical"), List.of(
                forAll("E[mu h / p] = h per coordinate over 1e6 masks (5 standard errors)", 1, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    double p = t.draw("p", Gen.doubles(0.2, 0.9));
                    INDArray h = t.draw("h", TensorGen.dense(-3, 3, d));
                    DropoutRate rate = DropoutRate.ofKeep(p);
                    INDArray out = Dropout.invertedTrain(h.reshape(1, d), Dropout.masks(rate, 1_000_000, d, t.seed()), rate);
                    INDArray se = Transforms.abs(h).muli(Math.sqrt((1 - p) / p / 1_000_000)).addi(1e-15);
                    double worst = Transforms.abs(out.mean(0).sub(h)).divi(se).maxNumber().doubleValue();
                    t.require(worst <= 5, "mean is " + worst + " standard errors from h");
                }),
                forAll("Var[mu h_i / p] = h_i^2 (1 - p)/p over 1e6 masks (5 standard errors of the variance)", 1, t -> {
                    int d = t.draw("d", Gen.integers(1, 3));
                    double p = t.draw("p", Gen.doubles(0.2, 0.9));
                    INDArray h = t.draw("h", TensorGen.dense(-3, 3, d));
                    DropoutRate rate = DropoutRate.ofKeep(p);
                    INDArray out = Dropout.invertedTrain(h.reshape(1, d), Dropout.masks(rate, 1_000_000, d, t.seed()), rate);
                    INDArray variance = out.var(false, 0);
                    for (int i = 0; i < d; i++) {
                        double hi = h.getDouble(i);
                        double sigma2 = hi * hi * (1 - p) / p;
                        double mu4 = p * Math.pow(hi * (1 - p) / p, 4) + (1 - p) * Math.pow(hi, 4);
                        double se = Math.sqrt((mu4 - sigma2 * sigma2) / 1_000_000) + 1e-15;
                        t.close("Var h~_" + i, variance.getDouble(i), sigma2, new Tolerance(5 * se, 0));
                    }
                }),
                forAll("linear layer: inverted dropout (train) averages to its test output W x, standard dropout to its weight-scaled p W x; the schemes differ by W <-> W/p", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    int m = t.draw("m", Gen.integers(1, 4));
                    double p = t.draw("p", Gen.doubles(0.1, 0.9));
                    DropoutRate rate = DropoutRate.ofKeep(p);
                    INDArray w = t.draw("W", TensorGen.dense(-2, 2, n, m));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n));
                    INDArray all = Dropout.allMasks(n);
                    INDArray probs = Dropout.maskProbabilities(all, rate).reshape(1, all.size(0));
                    INDArray invertedTrain = Dropout.invertedTrain(x.reshape(1, n), all, rate).mmul(w);
                    INDArray standardTrain = all.mulRowVector(x.reshape(1, n)).mmul(w);
                    t.close("E inverted = W x", probs.mmul(invertedTrain), Dropout.eval(x.reshape(1, n)).mmul(w), Tolerance.IDENTITY);
                    t.close("E standard = (p W) x", probs.mmul(standardTrain), x.reshape(1, n).mmul(w.mul(p)), Tolerance.IDENTITY);
                    t.close("inverted with W = standard with W/p", invertedTrain, all.mulRowVector(x.reshape(1, n)).mmul(w.div(p)), Tolerance.IDENTITY);
                }),
                forAll("with a fixed mask, d(mu h / p)/dh = mu / p matches central differences", t -> {
                    int d = t.draw("d", Gen.integers(1, 7));
                    double p = t.draw("p", Gen.doubles(0.1, 0.9));
                    DropoutRate rate = DropoutRate.ofKeep(p);
                    INDArray h = t.draw("h", TensorGen.dense(-3, 3, d));
                    INDArray mask = Dropout.masks(rate, 1, d, t.seed()).reshape(d);
                    t.gradient("dh~/dh", CHECK, Elementwise.of("h", h, s -> Dropout.invertedTrain(s, mask.reshape(1, d), rate),
                            s -> mask.div(p)), h);
                })));
    }
}
