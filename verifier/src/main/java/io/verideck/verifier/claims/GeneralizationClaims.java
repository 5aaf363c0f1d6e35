package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.regularization.EarlyStopping;
import io.verideck.numeric.regularization.EnsembleVariance;
import io.verideck.numeric.regularization.Fgsm;
import io.verideck.numeric.regularization.LinearSensitivity;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/** I5 to I8: bagging variance, early stopping vs L2, FGSM, the linear explanation of adversarial examples. */
final class GeneralizationClaims {
    private GeneralizationClaims() {
    }

    static List<Claim> claims() {
        return List.of(bagging(), earlyStopping(), fgsm(), linearSensitivity());
    }

    private static Claim bagging() {
        return new Claim("I5", "bagging-variance",
                "\\mathbb E\\Big[\\Big(\\tfrac1k\\sum_i\\epsilon_i\\Big)^2\\Big]=\\frac vk+\\frac{k-1}kc",
                "io.verideck.numeric.regularization.EnsembleVariance", Set.of("regularization", "ensembles", "statistical"), List.of(
                forAll("correlated Gaussian errors: the mean squared ensemble error over 1e5 draws matches v/k + (k-1)c/k (5 standard errors)", 2, t -> {
                    int k = t.draw("k", Gen.integers(1, 10));
                    double v = t.draw("v", Gen.doubles(0.1, 4));
                    double c = t.draw("c", Gen.doubles(0, 1)) * v;
                    INDArray errors = EnsembleVariance.correlatedErrors(v, c, k, 100_000, t.seed());
                    INDArray mean = errors.mean(1);
                    INDArray squared = mean.mul(mean);
                    double se = squared.stdNumber().doubleValue() / Math.sqrt(100_000);
                    t.close("E ensemble error^2", squared.meanNumber().doubleValue(), EnsembleVariance.expectedSquaredError(v, c, k),
                            new Tolerance(5 * se, 0));
                    t.close("sample covariance", errors.getColumn(0).mul(errors.getColumn(k - 1)).meanNumber().doubleValue(), k == 1 ? v : c,
                            new Tolerance(5 * Math.sqrt(2 * v * v / 100_000), 0));
                }),
                forAll("c = 0 gives v/k (falls as 1/k); c = v gives v whatever k (no gain)", 5, t -> {
                    double v = t.draw("v", Gen.doubles(0.1, 4));
                    int k = t.draw("k", Gen.integers(1, 50));
                    t.close("independent", EnsembleVariance.expectedSquaredError(v, 0, k), v / k, Tolerance.IDENTITY);
                    t.close("identical", EnsembleVariance.expectedSquaredError(v, v, k), v, Tolerance.IDENTITY);
                    t.require(EnsembleVariance.expectedSquaredError(v, 0, k + 1) < EnsembleVariance.expectedSquaredError(v, 0, k), "no decrease with k");
                    INDArray same = EnsembleVariance.correlatedErrors(v, v, Math.min(k, 5), 1000, t.seed());
                    INDArray spread = same.max(1).sub(same.min(1));
                    t.require(spread.maxNumber().doubleValue() < 1e-12, "identical models made different mistakes");
                }),
                forAll("a bootstrap resample has N indices drawn from [0, N)", t -> {
                    int n = t.draw("N", Gen.integers(1, 500));
                    int[] idx = EnsembleVariance.bootstrapIndices(n, t.seed());
                    t.require(idx.length == n, "resample size " + idx.length + " != " + n);
                    t.require(java.util.Arrays.stream(idx).allMatch(i -> i >= 0 && i < n), "index out of range");
                })));
    }

    /** A design with Hessian eigenvalues {@code s_i^2} along the rows of a Householder reflection. */
    private static INDArray design(INDArray singular, INDArray v) {
        int d = (int) singular.length();
        INDArray u = v.reshape(d, 1);
        INDArray reflection = Nd4j.eye(d).subi(u.mmul(u.transpose()).muli(2 / u.mul(u).sumNumber().doubleValue()));
        return Nd4j.diag(singular).mmul(reflection);
    }

    private static Claim earlyStopping() {
        return new Claim("I6", "early-stopping-l2",
                "\\text{GD }\\tau\\text{ steps: }1-(1-\\epsilon\\lambda_i)^\\tau\\ \\approx\\ \\frac{\\lambda_i}{\\lambda_i+\\alpha},\\quad \\alpha=\\frac1{\\tau\\epsilon}",
                "io.verideck.numeric.regularization.EarlyStopping", Set.of("regularization", "optimization"), List.of(
                forAll("the GD iterate after tau steps and ridge at alpha = 1/(tau eps) shrink each eigendirection alike (10 %) where eps lambda << 1 and tau eps lambda is small or large", t -> {
                    int d = t.draw("d", Gen.integers(1, 4));
                    INDArray singular = t.draw("sqrt lambda", TensorGen.dense(0.71, 1, d));
                    INDArray v = t.draw("v", TensorGen.dense(-1, 1, d).filter(a -> a.norm2Number().doubleValue() > 0.1));
                    INDArray x = design(singular, v);
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, d, 1));
                    double rate = 1e-2;
                    int steps = t.draw("tau", Gen.oneOf(20, 2000));
                    double alpha = 1 / (steps * rate);
                    INDArray gd = EarlyStopping.gradientDescent(x, y, rate, steps).getRow(steps).reshape(d, 1);
                    INDArray ridge = EarlyStopping.ridge(x, y, alpha);
                    INDArray ols = EarlyStopping.ridge(x, y, 0);
                    INDArray eigenvectors = Nd4j.diag(singular.rdiv(1.0)).mmul(x);
                    for (int i = 0; i < d; i++) {
                        double lambda = singular.getDouble(i) * singular.getDouble(i);
                        INDArray e = eigenvectors.getRow(i).reshape(1, d);
                        double star = e.mmul(ols).getDouble(0);
                        if (Math.abs(star) < 1e-3) {
                            continue;
                        }
                        double gdFactor = e.mmul(gd).getDouble(0) / star;
                        double ridgeFactor = e.mmul(ridge).getDouble(0) / star;
                        t.close("GD factor " + i, gdFactor, EarlyStopping.gdShrinkage(lambda, rate, steps), new Tolerance(1e-8, 1e-6));
                        t.close("ridge factor " + i, ridgeFactor, EarlyStopping.ridgeShrinkage(lambda, alpha), new Tolerance(1e-8, 1e-6));
                        t.close("GD vs ridge " + i, gdFactor, ridgeFactor, new Tolerance(0, 0.1));
                    }
                }),
                once("noisy overparameterized regression: the validation loss is U-shaped over GD steps and the rule returns its argmin", t -> {
                    org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(4242L);
                    int n = 20;
                    int d = 40;
                    INDArray wTrue = rng.nextGaussian(new long[] {d, 1}).castTo(DataType.DOUBLE).muli(0.3);
                    INDArray xTrain = rng.nextGaussian(new long[] {n, d}).castTo(DataType.DOUBLE);
                    INDArray yTrain = xTrain.mmul(wTrue).addi(rng.nextGaussian(new long[] {n, 1}).castTo(DataType.DOUBLE).muli(1.5));
                    INDArray xVal = rng.nextGaussian(new long[] {500, d}).castTo(DataType.DOUBLE);
                    INDArray yVal = xVal.mmul(wTrue);
                    double[] curve = EarlyStopping.validationCurve(EarlyStopping.gradientDescent(xTrain, yTrain, 2e-3, 3000), xVal, yVal)
                            .toDoubleVector();
                    int best = EarlyStopping.bestCheckpoint(curve);
                    for (int i = 0; i < curve.length; i++) {
                        t.require(curve[i] >= curve[best], "checkpoint " + i + " beats the returned " + best);
                    }
                    t.require(best > 0 && best < curve.length - 1, "minimum at the boundary: " + best);
                    t.require(curve[0] > curve[best] * 1.05 && curve[curve.length - 1] > curve[best] * 1.05,
                            "not U-shaped: start " + curve[0] + ", min " + curve[best] + ", end " + curve[curve.length - 1]);
                })));
    }

    private static Claim fgsm() {
        return new Claim("I7", "adversarial-fgsm",
                "x'=x+\\epsilon\\operatorname{sign}(\\nabla_xJ(\\theta,x,y))",
                "io.verideck.numeric.regularization.Fgsm", Set.of("regularization", "adversarial", "gradient"), List.of(
                forAll("||x' - x||_inf = eps (every gradient entry nonzero); the logistic input gradient matches central differences", t -> {
                    int d = t.draw("d", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, 1, d));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, d).filter(a -> Transforms.abs(a).minNumber().doubleValue() > 1e-3));
                    double b = t.draw("b", Gen.doubles(-1, 1));
                    INDArray y = Nd4j.createFromArray((double) t.draw("y", Gen.integers(0, 1)));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.5));
                    INDArray g = Fgsm.logisticInputGradient(x, y, w, b);
                    INDArray step = Transforms.abs(Fgsm.perturb(x, g, eps).sub(x));
                    t.close("max", step.maxNumber().doubleValue(), eps, new Tolerance(8 * Math.ulp(3.5), 0));
                    t.close("min", step.minNumber().doubleValue(), eps, new Tolerance(8 * Math.ulp(3.5), 0));
                    ParameterLayout layout = ParameterLayout.of("x", x.reshape(d));
                    t.gradient("grad_x J", RegularizationClaims.CHECK, Differentiable.scalar(layout,
                            s -> Fgsm.logisticLoss(s, Nd4j.valueArrayOf(s.size(0), y.getDouble(0)), w, b), v -> g.reshape(d)), x.reshape(d));
                }),
                forAll("logistic regression: J rises, by eps ||grad_x J||_1 up to at most eps^2 ||w||_1^2 / 8", t -> {
                    int d = t.draw("d", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, 1, d));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, d));
                    double b = t.draw("b", Gen.doubles(-1, 1));
                    INDArray y = Nd4j.createFromArray((double) t.draw("y", Gen.integers(0, 1)));
                    double eps = t.draw("eps", Gen.doubles(1e-4, 0.1));
                    INDArray g = Fgsm.logisticInputGradient(x, y, w, b);
                    double before = Fgsm.logisticLoss(x, y, w, b).getDouble(0);
                    double after = Fgsm.logisticLoss(Fgsm.perturb(x, g, eps), y, w, b).getDouble(0);
                    double linear = eps * g.norm1Number().doubleValue();
                    double w1 = w.norm1Number().doubleValue();
                    t.require(after >= before, "J fell: " + before + " -> " + after);
                    t.close("first-order increase", after - before, linear, new Tolerance(eps * eps * w1 * w1 / 8 + 1e-14, 0));
                }),
                forAll("FGSM maximizes the linearized loss over the box: no one of 1e4 random sign vectors beats it", 3, t -> {
                    int d = t.draw("d", Gen.integers(1, 20));
                    INDArray g = t.draw("grad", TensorGen.dense(-2, 2, d, 1));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray fgsm = Fgsm.perturb(Nd4j.zeros(1, d), g.reshape(1, d), eps);
                    double best = fgsm.mmul(g).getDouble(0);
                    org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(t.seed());
                    INDArray signs = Nd4j.rand(rng, 10_000, d).castTo(DataType.DOUBLE).gt(0.5).castTo(DataType.DOUBLE).muli(2 * eps).subi(eps);
                    INDArray box = Nd4j.rand(rng, 10_000, d).castTo(DataType.DOUBLE).muli(2 * eps).subi(eps);
                    double rivals = Math.max(signs.mmul(g).maxNumber().doubleValue(), box.mmul(g).maxNumber().doubleValue());
                    t.require(rivals <= best + 1e-12, "a random perturbation beat FGSM: " + rivals + " > " + best);
                    t.close("value", best, eps * g.norm1Number().doubleValue(), Tolerance.IDENTITY);
                }),
                once("adversarial training lowers the FGSM error rate on a toy 2-D problem (fixed seed)", t -> {
                    org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(777L);
                    INDArray trainX = toy(rng, 200);
                    INDArray trainY = labels(200);
                    INDArray testX = toy(rng, 2000);
                    INDArray testY = labels(2000);
                    double eps = 0.3;
                    double plain = fgsmError(Fgsm.trainLogistic(trainX, trainY, 0, 1.0, 60), testX, testY, eps);
                    double robust = fgsmError(Fgsm.trainLogistic(trainX, trainY, eps, 1.0, 60), testX, testY, eps);
                    t.require(robust < plain, "FGSM error: plain " + plain + ", adversarially trained " + robust);
                })));
    }

    /** Two classes: x1 = +-1 + N(0, 0.5^2) is robust, x2 = +-0.1 + N(0, 0.1^2) is predictive but fragile. */
    private static INDArray toy(org.nd4j.linalg.api.rng.Random rng, int n) {
        INDArray sign = labels(n).muli(2).subi(1).reshape(n, 1);
        INDArray noise = rng.nextGaussian(new long[] {n, 2}).castTo(DataType.DOUBLE).mulRowVector(Nd4j.createFromArray(0.5, 0.1).reshape(1, 2));
        return sign.mmul(Nd4j.createFromArray(1.0, 0.1).reshape(1, 2)).addi(noise);
    }

    private static INDArray labels(int n) {
        INDArray y = Nd4j.zeros(DataType.DOUBLE, n);
        y.get(NDArrayIndex.interval(0, n / 2)).assign(1.0);
        return y;
    }

    private static double fgsmError(INDArray params, INDArray x, INDArray y, double eps) {
        long d = x.size(1);
        INDArray w = params.get(NDArrayIndex.interval(0, d));
        double b = params.getDouble(d);
        INDArray adversarial = Fgsm.perturb(x, Fgsm.logisticInputGradient(x, y, w, b), eps);
        INDArray predicted = Fgsm.logits(adversarial, w, b).gt(0.0).castTo(DataType.DOUBLE);
        return Transforms.abs(predicted.sub(y)).meanNumber().doubleValue();
    }

    private static Claim linearSensitivity() {
        return new Claim("I8", "adversarial-linear-sensitivity",
                "\\max_{\\|\\eta\\|_\\infty\\le\\epsilon}w^T\\eta=\\epsilon\\|w\\|_1\\ (=\\epsilon mn\\text{ for entries of size }m)",
                "io.verideck.numeric.regularization.LinearSensitivity", Set.of("regularization", "adversarial"), List.of(
                forAll("the argmax is eps sign(w) with value eps ||w||_1; 1e4 random box vectors do not beat it", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 20));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, n, 1));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray eta = LinearSensitivity.worstPerturbation(w, eps);
                    double value = eta.reshape(1, n).mmul(w).getDouble(0);
                    t.close("value", value, LinearSensitivity.maxChange(w, eps), Tolerance.IDENTITY);
                    org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(t.seed());
                    INDArray box = Nd4j.rand(rng, 10_000, n).castTo(DataType.DOUBLE).muli(2 * eps).subi(eps);
                    t.require(box.mmul(w).maxNumber().doubleValue() <= value + 1e-12, "a random perturbation beat eps sign(w)");
                }),
                forAll("with entries of size m the change is eps m n: linear in the dimension n", t -> {
                    double m = t.draw("m", Gen.doubles(0.01, 2));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 0.1));
                    for (int n = 1; n <= 100; n *= 3) {
                        INDArray signs = t.draw("signs n=" + n, TensorGen.dense(-1, 1, n)).gt(0.0).castTo(DataType.DOUBLE).muli(2).subi(1);
                        t.close("n=" + n, LinearSensitivity.maxChange(signs.muli(m), eps), eps * m * n, Tolerance.IDENTITY);
                    }
                }),
                forAll("the L2-budget value eps ||w||_2 is below eps ||w||_1 once w has two nonzeros, equal with one", t -> {
                    int n = t.draw("n", Gen.integers(2, 20));
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, n).filter(a -> Transforms.abs(a).gt(1e-6).castTo(DataType.DOUBLE).sumNumber().doubleValue() >= 2));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    t.require(LinearSensitivity.maxChangeL2(w, eps) < LinearSensitivity.maxChange(w, eps), "L2 value not smaller");
                    INDArray single = Nd4j.zeros(n);
                    single.putScalar(0, w.getDouble(0));
                    t.close("one nonzero", LinearSensitivity.maxChangeL2(single, eps), LinearSensitivity.maxChange(single, eps), Tolerance.IDENTITY);
                })));
    }
}
