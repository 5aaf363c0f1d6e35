package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.logistic.BinaryOutput;
import io.verideck.numeric.logistic.Sigmoid;
import io.verideck.numeric.logistic.Softplus;
import io.verideck.numeric.logistic.SquaredErrorOnSigmoid;
import io.verideck.numeric.softmax.BiasOnlySoftmax;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** D4, D5, D9, D10: the sigmoid as a two-class softmax, BCE as softplus, softmax MLE, saturation. */
final class OutputUnitClaims {
    private OutputUnitClaims() {
    }

    static List<Claim> claims() {
        return List.of(sigmoidAsSoftmax(), bceSoftplus(), softmaxFrequencies(), saturation());
    }

    private static Claim sigmoidAsSoftmax() {
        return new Claim("D4", "sigmoid-as-softmax",
                "P(y)=\\frac{e^{yz}}{\\sum_{y'\\in\\{0,1\\}}e^{y'z}}=\\sigma((2y-1)z),\\quad \\operatorname{softmax}([z_1,z_2])_1=\\sigma(z_1-z_2)",
                "io.verideck.numeric.logistic.BinaryOutput", Set.of("logistic-regression", "softmax"), List.of(
                forAll("e^{yz}/sum e^{y'z} = sigma((2y-1)z), softmax([0,z])_2 = sigma(z), softmax([z1,z2])_1 = sigma(z1-z2)", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 6));
                    INDArray y = LogisticClaims.labels(t, "y", 6);
                    t.close("P(y)", BinaryOutput.normalizedExponential(z, y), BinaryOutput.probability(z, y), new Tolerance(1e-15, 1e-12));
                    double z1 = t.draw("z1", Gen.doubles(-30, 30));
                    double z2 = t.draw("z2", Gen.doubles(-30, 30));
                    t.close("softmax([0, z1])_2", BinaryOutput.twoClassSoftmax(0, z1).getDouble(1),
                            Sigmoid.value(Nd4j.createFromArray(z1)).getDouble(0), new Tolerance(1e-15, 1e-12));
                    t.close("softmax([z1, z2])_1", BinaryOutput.twoClassSoftmax(z1, z2).getDouble(0),
                            Sigmoid.value(Nd4j.createFromArray(z1 - z2)).getDouble(0), new Tolerance(1e-15, 1e-12));
                }),
                forAll("P(0) + P(1) = 1", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 6));
                    INDArray sum = BinaryOutput.probability(z, Nd4j.zeros(6)).addi(BinaryOutput.probability(z, Nd4j.ones(6)));
                    t.close("P(0) + P(1)", sum, Nd4j.ones(6), new Tolerance(1e-15, 0));
                })));
    }

    private static Claim bceSoftplus() {
        return new Claim("D5", "bce-softplus-form",
                "-\\log\\sigma((2y-1)z)=\\zeta((1-2y)z),\\quad \\frac{\\partial}{\\partial z}=\\sigma(z)-y",
                "io.verideck.numeric.logistic.BinaryOutput, io.verideck.numeric.logistic.Softplus", Set.of("loss", "gradient", "numerics"),
                List.of(
                forAll("-log sigma((2y-1)z) = softplus((1-2y)z) for y in {0, 1}", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-30, 30, 6));
                    INDArray y = LogisticClaims.labels(t, "y", 6);
                    t.close("NLL", BinaryOutput.nllNaive(z, y), BinaryOutput.nll(z, y), Tolerance.IDENTITY);
                }),
                forAll("d/dz = sigma(z) - y matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray z = t.draw("z", TensorGen.dense(-10, 10, n));
                    INDArray y = LogisticClaims.labels(t, "y", n);
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("dNLL/dz", LogisticClaims.CHECK, Differentiable.scalar(layout,
                            s -> BinaryOutput.nll(s, y.reshape(1, n).repeat(0, s.size(0))).sum(1), v -> BinaryOutput.nllDerivative(v, y)), z);
                }),
                forAll("the stable softplus matches log(1 + e^a) for |a| < 30 and stays finite at |a| = 1000", t -> {
                    INDArray a = t.draw("a", TensorGen.dense(-30, 30, 8));
                    t.close("softplus", Softplus.value(a), Softplus.naive(a), new Tolerance(1e-14, 1e-12));
                    t.close("Transforms.softPlus", Softplus.value(a), org.nd4j.linalg.ops.transforms.Transforms.softPlus(a, true), new Tolerance(1e-14, 1e-12));
                    INDArray far = Nd4j.createFromArray(1000.0, -1000.0);
                    t.close("stable softplus(+-1000)", Softplus.value(far), Nd4j.createFromArray(1000.0, 0.0), new Tolerance(1e-300, 1e-15));
                    t.require(Double.isInfinite(Softplus.naive(far).getDouble(0)), "log(1 + e^1000) did not overflow");
                }),
                once("y = 1, z = -50 (wrong): |dNLL/dz| is about 1; z = +50 (right): about 0", t -> {
                    double wrong = BinaryOutput.nllDerivative(Nd4j.createFromArray(-50.0), Nd4j.ones(1)).getDouble(0);
                    double right = BinaryOutput.nllDerivative(Nd4j.createFromArray(50.0), Nd4j.ones(1)).getDouble(0);
                    t.close("|dNLL/dz| wrong", Math.abs(wrong), 1, new Tolerance(1e-15, 0));
                    t.close("|dNLL/dz| right", Math.abs(right), 0, new Tolerance(1e-20, 0));
                })));
    }

    private static Claim softmaxFrequencies() {
        return new Claim("D9", "softmax-mle-frequencies",
                "\\arg\\min_b\\Big[-\\sum_i\\log\\operatorname{softmax}(b)_{y_i}\\Big]:\\ \\operatorname{softmax}(b)_k=\\frac{n_k}{n},\\ b_k=\\log n_k+c",
                "io.verideck.numeric.softmax.BiasOnlySoftmax", Set.of("softmax", "mle"), List.of(
                once("gradient descent on a bias-only softmax with labels (0.5, 0.3, 0.2) converges to those frequencies", t -> {
                    INDArray f = Nd4j.createFromArray(0.5, 0.3, 0.2);
                    INDArray b = BiasOnlySoftmax.fit(f, 1.0, 5_000);
                    t.close("softmax(b)", Softmax.probabilities(b), f, new Tolerance(1e-6, 0));
                }),
                forAll("b_k = log n_k + c is a minimizer: zero gradient, and the loss gradient matches central differences", t -> {
                    int k = t.draw("K", Gen.integers(2, 6));
                    INDArray counts = t.draw("counts", TensorGen.dense(1, 20, k).map(v -> org.nd4j.linalg.ops.transforms.Transforms.floor(v, false)));
                    double c = t.draw("c", Gen.doubles(-5, 5));
                    INDArray f = counts.div(counts.sumNumber());
                    INDArray b = BiasOnlySoftmax.closedForm(counts).addi(c);
                    t.close("grad at log n + c", BiasOnlySoftmax.gradient(b, f), Nd4j.zeros(k), new Tolerance(1e-14, 0));
                    INDArray other = t.draw("b", TensorGen.dense(-3, 3, k));
                    t.require(BiasOnlySoftmax.loss(b, f) <= BiasOnlySoftmax.loss(other, f) + 1e-12, "another b has a lower loss");
                    ParameterLayout layout = ParameterLayout.of("b", other);
                    t.gradient("grad L(b)", LogisticClaims.CHECK, Differentiable.scalar(layout, s -> {
                        INDArray out = Nd4j.zeros(s.size(0));
                        for (int i = 0; i < s.size(0); i++) {
                            out.putScalar(i, BiasOnlySoftmax.loss(s.getRow(i), f));
                        }
                        return out;
                    }, v -> BiasOnlySoftmax.gradient(v, f)), other);
                })));
    }

    private static Claim saturation() {
        return new Claim("D10", "squared-error-saturation",
                "\\partial_z(\\sigma(z)-1)^2=2(\\sigma(z)-1)\\sigma(z)(1-\\sigma(z))\\approx0\\ \\text{at}\\ z=-20,\\quad \\partial_z(-\\log\\sigma(z))=\\sigma(z)-1\\approx-1",
                "io.verideck.numeric.logistic.SquaredErrorOnSigmoid", Set.of("loss", "gradient", "activations"), List.of(
                forAll("both derivatives (sigmoid and softmax squared error) match central differences", t -> {
                    INDArray z = t.draw("z", TensorGen.dense(-6, 6, 4));
                    INDArray y = LogisticClaims.labels(t, "y", 4);
                    ParameterLayout layout = ParameterLayout.of("z", z);
                    t.gradient("d(sigma(z) - y)^2/dz", LogisticClaims.CHECK, Differentiable.scalar(layout, s -> {
                        INDArray r = Sigmoid.value(s).subiRowVector(y.reshape(1, 4));
                        return r.muli(r).sum(1);
                    }, v -> SquaredErrorOnSigmoid.derivative(v, y)), z);
                    int label = t.draw("label", Gen.integers(0, 3));
                    t.gradient("grad |softmax(z) - e_y|^2", LogisticClaims.CHECK, Differentiable.scalar(layout,
                            s -> SquaredErrorOnSigmoid.softmaxLossStacked(s, label), v -> SquaredErrorOnSigmoid.softmaxGradient(v, label)), z);
                }),
                once("y = 1, z = -20: squared-error derivative below 1e-8, NLL derivative above 0.99", t -> {
                    INDArray z = Nd4j.createFromArray(-20.0);
                    INDArray y = Nd4j.ones(1);
                    double mse = Math.abs(SquaredErrorOnSigmoid.derivative(z, y).getDouble(0));
                    double nll = Math.abs(SquaredErrorOnSigmoid.nllDerivative(z, y).getDouble(0));
                    t.require(mse < 1e-8, "|d MSE/dz| = " + mse);
                    t.require(nll > 0.99, "|d NLL/dz| = " + nll);
                }),
                once("3-class softmax with the true logit at -20: squared-error gradient vanishes, cross-entropy gradient does not", t -> {
                    INDArray z = Nd4j.createFromArray(-20.0, 0.0, 0.0);
                    double mse = SquaredErrorOnSigmoid.softmaxGradient(z, 0).norm2Number().doubleValue();
                    double ce = SoftmaxCrossEntropy.gradient(z.reshape(1, 3), Nd4j.createFromArray(new double[][] {{1, 0, 0}}))
                            .norm2Number().doubleValue();
                    t.require(mse < 1e-8, "|grad MSE| = " + mse);
                    t.require(ce > 0.99, "|grad CE| = " + ce);
                })));
    }
}
