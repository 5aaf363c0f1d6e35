package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.evaluation.Bootstrap;
import io.verideck.numeric.evaluation.ConfusionMatrix;
import io.verideck.numeric.evaluation.KFold;
import io.verideck.numeric.evaluation.NearestNeighbours;
import io.verideck.numeric.evaluation.SquaredErrorRisk;
import io.verideck.numeric.linalg.GaussianElimination;
import io.verideck.numeric.probability.SeededSamples;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Section B: statistical learning and evaluation (B1 to B3 here, B4 to B7 in {@link EvaluationClaims}). */
public final class StatisticalLearningClaims {
    private static final int SAMPLES = 100_000;

    private StatisticalLearningClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(regressionFunction(), kFold(), bootstrap()));
        all.addAll(EvaluationClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(new FormulaBinding("statistics-f1-score", "B4",
                v -> Value.scalar(ConfusionMatrix.f1(v.get("p").asScalar(), v.get("r").asScalar()))));
    }

    /** {@code f(x) = sin 2x}, the regression function of the simulated data. */
    private static INDArray truth(INDArray x) {
        return Transforms.sin(x.mul(2), false);
    }

    private static Claim regressionFunction() {
        return new Claim("B1", "sl-regression-function",
                "f(x)=\\mathbb E[Y\\mid X=x],\\quad \\mathbb E[(Y-\\hat f(x))^2\\mid X=x]=(f(x)-\\hat f(x))^2+\\operatorname{Var}(\\epsilon)",
                "io.verideck.numeric.evaluation.SquaredErrorRisk", Set.of("statistics"), List.of(
                once("at a fixed x the empirical MSE of a constant c is smallest at the sample mean and equals (f - c)^2 + sigma^2 (5 SE)", t -> {
                    double f = 1.3;
                    double sigma = 0.5;
                    INDArray y = SeededSamples.normal(t.seed(), f, sigma, SAMPLES);
                    double mean = y.meanNumber().doubleValue();
                    double best = SquaredErrorRisk.empirical(Nd4j.valueArrayOf(y.shape(), mean), y);
                    for (double delta : new double[] {1e-3, 0.1, 1}) {
                        for (double c : new double[] {mean - delta, mean + delta}) {
                            double mse = SquaredErrorRisk.empirical(Nd4j.valueArrayOf(y.shape(), c), y);
                            t.require(best < mse, "MSE(" + c + ") = " + mse + " <= MSE(mean) = " + best);
                        }
                    }
                    for (double c : new double[] {-1, 0, 1.3, 2}) {
                        INDArray constant = Nd4j.valueArrayOf(y.shape(), c);
                        SamplingBound.require(t, "MSE(" + c + ")", SquaredErrorRisk.empirical(constant, y),
                                SquaredErrorRisk.atPoint(f, c, sigma * sigma), SquaredErrorRisk.standardError(constant, y));
                    }
                }),
                once("the oracle f reaches test MSE Var(eps) (5 SE); a fitted cubic does not beat it beyond 5 SE", t -> {
                    double sigma = 0.3;
                    INDArray xTrain = SeededSamples.uniform(t.seed(), 0, Math.PI, 50, 1);
                    INDArray yTrain = truth(xTrain).addi(SeededSamples.normal(t.seed() + 1, 0, sigma, 50, 1));
                    INDArray xTest = SeededSamples.uniform(t.seed() + 2, 0, Math.PI, SAMPLES, 1);
                    INDArray yTest = truth(xTest).addi(SeededSamples.normal(t.seed() + 3, 0, sigma, SAMPLES, 1));
                    INDArray oracle = truth(xTest);
                    SamplingBound.require(t, "oracle test MSE", SquaredErrorRisk.empirical(oracle, yTest), sigma * sigma,
                            SquaredErrorRisk.standardError(oracle, yTest));
                    INDArray design = cubic(xTrain);
                    INDArray theta = GaussianElimination.solve(design.transpose().mmul(design), design.transpose().mmul(yTrain).reshape(4));
                    INDArray fitted = cubic(xTest).mmul(theta.reshape(4, 1));
                    INDArray lossGap = fitted.sub(yTest).muli(fitted.sub(yTest)).subi(oracle.sub(yTest).muli(oracle.sub(yTest)));
                    double gap = lossGap.meanNumber().doubleValue();
                    double se = lossGap.stdNumber().doubleValue() / Math.sqrt(SAMPLES);
                    t.record(gap, 0);
                    t.require(gap >= -5 * se, "the fitted cubic beats the Bayes error by " + (-gap) + " > 5 SE = " + 5 * se);
                }),
                once("1-D k-NN averages with k = sqrt(n) converge to f(x): the mean squared error on a grid falls with n", t -> {
                    double previous = Double.POSITIVE_INFINITY;
                    double[] grid = new double[50];
                    for (int i = 0; i < grid.length; i++) {
                        grid[i] = 0.3 + 2.5 * i / (grid.length - 1);
                    }
                    for (int n : new int[] {100, 1000, 10_000, 100_000}) {
                        double[] xs = SeededSamples.uniform(t.seed() + n, 0, Math.PI, n).toDoubleVector();
                        Arrays.sort(xs);
                        INDArray sortedX = Nd4j.createFromArray(xs);
                        double[] ys = truth(sortedX).addi(SeededSamples.normal(t.seed() - n, 0, 0.3, n)).toDoubleVector();
                        int k = (int) Math.round(Math.sqrt(n));
                        double error = 0;
                        for (double x0 : grid) {
                            double e = NearestNeighbours.average(xs, ys, x0, k) - Math.sin(2 * x0);
                            error += e * e / grid.length;
                        }
                        t.require(error < previous, "n = " + n + ": error " + error + " did not fall below " + previous);
                        previous = error;
                    }
                    t.require(previous < 5e-3, "k-NN error at n = 1e5 is " + previous);
                }),
                once("curse of dimensionality: the median nearest-neighbour distance of 1000 uniform points grows with d", t -> {
                    double previous = 0;
                    for (int d : new int[] {1, 3, 10, 30}) {
                        INDArray points = SeededSamples.uniform(t.seed() + d, 0, 1, 1000, d);
                        double median = NearestNeighbours.nearestDistances(points).medianNumber().doubleValue();
                        t.require(median > previous, "d = " + d + ": median distance " + median + " <= " + previous);
                        previous = median;
                    }
                })));
    }

    private static INDArray cubic(INDArray x) {
        return Nd4j.hstack(Nd4j.onesLike(x), x, x.mul(x), x.mul(x).muli(x));
    }

    private static Claim kFold() {
        return new Claim("B2", "sl-kfold-cv",
                "\\mathrm{CV}_{(K)}=\\sum_k\\frac{n_k}{n}\\mathrm{MSE}_k,\\quad \\mathrm{CV}_{(n)}=\\frac1n\\sum_i\\Big(\\frac{y_i-\\hat y_i}{1-h_{ii}}\\Big)^2\\ \\text{(OLS)}",
                "io.verideck.numeric.evaluation.KFold", Set.of("statistics", "linear-regression"), List.of(
                forAll("the folds partition the indices (disjoint, union = all), sizes within one of each other", t -> {
                    int n = t.draw("n", Gen.integers(1, 60));
                    int k = t.draw("k", Gen.integers(1, n));
                    int[][] folds = KFold.folds(n, k, t.seed());
                    int[] seen = new int[n];
                    int min = Integer.MAX_VALUE;
                    int max = 0;
                    for (int[] fold : folds) {
                        min = Math.min(min, fold.length);
                        max = Math.max(max, fold.length);
                        for (int i : fold) {
                            seen[i]++;
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        t.require(seen[i] == 1, "index " + i + " is in " + seen[i] + " folds");
                    }
                    t.require(folds.length == k && max - min <= 1, k + " folds requested, sizes " + min + ".." + max);
                }),
                forAll("equal folds: CV_(K) is the plain mean of the fold MSEs; in general it is the pooled MSE", t -> {
                    int p = t.draw("p", Gen.integers(1, 3));
                    int k = t.draw("k", Gen.integers(2, 5));
                    int m = t.draw("per fold", Gen.integers(p + 1, 6));
                    int extra = t.draw("extra", Gen.integers(0, k - 1));
                    int n = k * m + extra;
                    INDArray x = t.draw("X", TensorGen.fullRankDesign(n, p));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
                    int[][] folds = KFold.folds(n, k, t.seed());
                    double[] errors = KFold.leastSquaresFoldErrors(x, y, folds);
                    int[] sizes = Arrays.stream(folds).mapToInt(f -> f.length).toArray();
                    double pooled = 0;
                    for (int f = 0; f < k; f++) {
                        pooled += errors[f] * sizes[f];
                    }
                    t.close("CV = pooled MSE", KFold.estimate(errors, sizes), pooled / n, Tolerance.IDENTITY);
                    if (extra == 0) {
                        t.close("CV = mean of fold MSEs", KFold.estimate(errors, sizes), Arrays.stream(errors).average().orElseThrow(),
                                Tolerance.IDENTITY);
                    }
                }),
                forAll("LOOCV of OLS by n refits equals the hat-matrix shortcut", 10, t -> {
                    int p = t.draw("p", Gen.integers(1, 3));
                    int n = t.draw("n", Gen.integers(p + 2, 12));
                    INDArray x = t.draw("X", TensorGen.fullRankDesign(n, p));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
                    t.close("LOOCV", KFold.leaveOneOutByRefitting(x, y), KFold.leaveOneOutShortcut(x, y), new Tolerance(1e-10, 1e-8));
                }),
                forAll("r repeats of k-fold CV give r k resamples, each repeat a partition", t -> {
                    int n = t.draw("n", Gen.integers(2, 40));
                    int k = t.draw("k", Gen.integers(2, Math.min(10, n)));
                    int r = t.draw("r", Gen.integers(1, 6));
                    List<int[]> resamples = KFold.repeatedFolds(n, k, r, t.seed());
                    t.require(resamples.size() == r * k, resamples.size() + " resamples for r = " + r + ", k = " + k);
                    for (int j = 0; j < r; j++) {
                        int total = 0;
                        for (int f = 0; f < k; f++) {
                            total += resamples.get(j * k + f).length;
                        }
                        t.require(total == n, "repeat " + j + " covers " + total + " of " + n + " examples");
                    }
                })));
    }

    private static Claim bootstrap() {
        return new Claim("B3", "sl-bootstrap-oob",
                "P(i\\notin\\text{sample})=(1-1/n)^n\\to e^{-1}\\approx0.368",
                "io.verideck.numeric.evaluation.Bootstrap", Set.of("statistics"), List.of(
                once("the mean out-of-bag fraction matches (1 - 1/n)^n within 5 SE for n = 10, 100, 1000", t -> {
                    SplittableRandom random = new SplittableRandom(t.seed());
                    for (int n : new int[] {10, 100, 1000}) {
                        int reps = Math.max(200, SAMPLES / n);
                        double[] fractions = new double[reps];
                        for (int r = 0; r < reps; r++) {
                            fractions[r] = Bootstrap.outOfBagFraction(Bootstrap.sample(n, random), n);
                        }
                        double mean = Arrays.stream(fractions).average().orElseThrow();
                        double sd = io.verideck.numeric.probability.StandardError.standardDeviation(fractions);
                        SamplingBound.require(t, "OOB fraction, n = " + n, mean, Bootstrap.expectedOutOfBagFraction(n), sd / Math.sqrt(reps));
                    }
                    t.close("(1 - 1/n)^n at n = 1e6 vs 1/e", Bootstrap.expectedOutOfBagFraction(1_000_000), Math.exp(-1), new Tolerance(1e-6, 0));
                }),
                once("every sample has size n and holds a duplicate with probability 1 - n!/n^n (5 SE)", t -> {
                    SplittableRandom random = new SplittableRandom(t.seed());
                    for (int n : new int[] {2, 3, 5, 8}) {
                        int reps = 100_000;
                        int withDuplicate = 0;
                        for (int r = 0; r < reps; r++) {
                            int[] s = Bootstrap.sample(n, random);
                            t.require(s.length == n, "sample of size " + s.length + " for n = " + n);
                            if (Bootstrap.outOfBagFraction(s, n) > 0) {
                                withDuplicate++;
                            }
                        }
                        double p = Bootstrap.duplicateProbability(n);
                        SamplingBound.require(t, "P(duplicate), n = " + n, withDuplicate / (double) reps, p, Math.sqrt(p * (1 - p) / reps));
                    }
                    t.close("1 - 3!/3^3", Bootstrap.duplicateProbability(3), 1 - 6.0 / 27, Tolerance.IDENTITY);
                })));
    }
}
