package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.evaluation.ConfusionMatrix;
import io.verideck.numeric.evaluation.LinearSeparability;
import io.verideck.numeric.evaluation.Perceptron;
import io.verideck.numeric.evaluation.RocCurve;
import io.verideck.numeric.evaluation.SquaredErrorRisk;
import io.verideck.numeric.linalg.GaussianElimination;
import io.verideck.numeric.probability.Quadrature;
import io.verideck.numeric.probability.SeededSamples;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** B4 to B7: confusion-matrix measures, ROC and AUC, VC dimension of lines and XOR, empirical versus true risk. */
final class EvaluationClaims {
    private static final int SAMPLES = 100_000;

    private EvaluationClaims() {
    }

    static List<Claim> claims() {
        return List.of(confusion(), roc(), vcXor(), empiricalRisk());
    }

    private static Claim confusion() {
        return new Claim("B4", "sl-confusion-metrics",
                "\\mathrm{FPR}=\\frac{FP}{FP+TN}=1-\\mathrm{TNR},\\ \\mathrm{FNR}=\\frac{FN}{FN+TP}=1-\\mathrm{TPR},\\ F_1=\\frac{2PR}{P+R}",
                "io.verideck.numeric.evaluation.ConfusionMatrix", Set.of("statistics", "evaluation"), List.of(
                forAll("counts from predictions; FPR = 1 - TNR and FNR = 1 - TPR", t -> {
                    int n = t.draw("n", Gen.integers(4, 200));
                    INDArray actual = t.draw("y", TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(DataType.DOUBLE)));
                    INDArray predicted = t.draw("y_hat", TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(DataType.DOUBLE)));
                    ConfusionMatrix c = ConfusionMatrix.of(predicted, actual);
                    if (c.tp() + c.fn() == 0 || c.tn() + c.fp() == 0) {
                        throw new Discard("one class is absent");
                    }
                    double correct = predicted.eq(actual).castTo(DataType.DOUBLE).sumNumber().doubleValue();
                    t.close("accuracy", c.accuracy(), correct / n, Tolerance.IDENTITY);
                    t.close("TP", c.tp(), predicted.mul(actual).sumNumber().doubleValue(), new Tolerance(0, 0));
                    t.close("FPR = 1 - TNR", c.falsePositiveRate(), 1 - c.trueNegativeRate(), Tolerance.IDENTITY);
                    t.close("FNR = 1 - TPR", c.falseNegativeRate(), 1 - c.truePositiveRate(), Tolerance.IDENTITY);
                }),
                forAll("F1 is the harmonic mean of P and R and lies between min(P, R) and max(P, R)", t -> {
                    ConfusionMatrix c = new ConfusionMatrix(t.draw("TP", Gen.integers(1, 1000)), t.draw("FP", Gen.integers(0, 1000)),
                            t.draw("TN", Gen.integers(0, 1000)), t.draw("FN", Gen.integers(0, 1000)));
                    double p = c.precision();
                    double r = c.truePositiveRate();
                    t.close("harmonic mean", c.f1(), 1 / ((1 / p + 1 / r) / 2), Tolerance.IDENTITY);
                    t.require(Math.min(p, r) <= c.f1() * (1 + 1e-15) && c.f1() <= Math.max(p, r) * (1 + 1e-15),
                            "F1 " + c.f1() + " outside [" + Math.min(p, r) + ", " + Math.max(p, r) + "]");
                }),
                once("10 test objects, 7 classified correctly: 0-1 loss 0.3", t -> {
                    INDArray actual = Nd4j.createFromArray(1.0, 1, 1, 1, 1, 0, 0, 0, 0, 0);
                    INDArray predicted = Nd4j.createFromArray(1.0, 1, 1, 0, 0, 0, 0, 0, 1, 0);
                    ConfusionMatrix c = ConfusionMatrix.of(predicted, actual);
                    t.close("correct", c.tp() + c.tn(), 7, new Tolerance(0, 0));
                    t.close("0-1 loss", c.zeroOneLoss(), 0.3, Tolerance.IDENTITY);
                }),
                once("99 % majority class: the constant classifier has accuracy 0.99 and TPR 0", t -> {
                    INDArray actual = Nd4j.zeros(DataType.DOUBLE, 1000);
                    for (int i = 0; i < 10; i++) {
                        actual.putScalar(i * 100, 1);
                    }
                    ConfusionMatrix c = ConfusionMatrix.of(Nd4j.zeros(DataType.DOUBLE, 1000), actual);
                    t.close("accuracy", c.accuracy(), 0.99, Tolerance.IDENTITY);
                    t.close("TPR", c.truePositiveRate(), 0, new Tolerance(0, 0));
                })));
    }

    /** Labels with both classes and scores on a coarse grid (so ties occur). */
    private static INDArray[] scored(Trial t) {
        int n = t.draw("n", Gen.integers(2, 40));
        INDArray labels = t.draw("labels", TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(DataType.DOUBLE))
                .filter(v -> v.sumNumber().doubleValue() > 0 && v.sumNumber().doubleValue() < v.length()));
        INDArray scores = t.draw("scores", TensorGen.dense(0, 1, n).map(v -> Transforms.round(v.mul(10), false).divi(10)));
        return new INDArray[] {scores, labels};
    }

    private static Claim roc() {
        return new Claim("B5", "sl-roc-auc",
                "\\hat y=\\mathbb 1[p\\ge t],\\quad \\mathrm{AUC}=P(s_+>s_-)+\\tfrac12P(s_+=s_-);\\ \\text{perfect}=1,\\ \\text{random}\\approx0.5",
                "io.verideck.numeric.evaluation.RocCurve", Set.of("statistics", "evaluation"), List.of(
                forAll("the trapezoid AUC equals the pairwise-ranking AUC (ties count 1/2)", t -> {
                    INDArray[] s = scored(t);
                    t.close("AUC", RocCurve.of(s[0], s[1]).auc(), RocCurve.pairwiseAuc(s[0], s[1]), Tolerance.IDENTITY);
                }),
                forAll("perfectly separated scores give AUC 1", t -> {
                    INDArray[] s = scored(t);
                    INDArray separated = s[0].mul(0.5).addi(s[1].mul(0.6));
                    t.close("AUC", RocCurve.of(separated, s[1]).auc(), 1, Tolerance.IDENTITY);
                }),
                once("random scores (n = 1e5) give AUC 0.5 within 5 SE", t -> {
                    INDArray scores = SeededSamples.uniform(t.seed(), 0, 1, SAMPLES);
                    INDArray labels = SeededSamples.uniform(t.seed() + 1, 0, 1, SAMPLES).gt(0.5).castTo(DataType.DOUBLE);
                    double n1 = labels.sumNumber().doubleValue();
                    double n0 = SAMPLES - n1;
                    SamplingBound.require(t, "AUC", RocCurve.of(scores, labels).auc(), 0.5, Math.sqrt((n0 + n1 + 1) / (12 * n0 * n1)));
                }),
                forAll("AUC is invariant to strictly increasing transforms of the scores", 10, t -> {
                    INDArray[] s = scored(t);
                    double auc = RocCurve.of(s[0], s[1]).auc();
                    t.close("exp", RocCurve.of(Transforms.exp(s[0], true), s[1]).auc(), auc, Tolerance.IDENTITY);
                    t.close("cube", RocCurve.of(Transforms.pow(s[0].sub(0.5), 3, false), s[1]).auc(), auc, Tolerance.IDENTITY);
                    t.close("sigmoid(3s - 1)", RocCurve.of(Transforms.sigmoid(s[0].mul(3).subi(1), false), s[1]).auc(), auc, Tolerance.IDENTITY);
                }),
                forAll("the ROC curve runs monotonically from (0, 0) to (1, 1)", t -> {
                    INDArray[] s = scored(t);
                    RocCurve c = RocCurve.of(s[0], s[1]);
                    int last = c.fpr().length - 1;
                    t.close("start FPR", c.fpr()[0], 0, new Tolerance(0, 0));
                    t.close("start TPR", c.tpr()[0], 0, new Tolerance(0, 0));
                    t.close("end FPR", c.fpr()[last], 1, new Tolerance(1e-15, 0));
                    t.close("end TPR", c.tpr()[last], 1, new Tolerance(1e-15, 0));
                    for (int i = 1; i <= last; i++) {
                        t.require(c.fpr()[i] >= c.fpr()[i - 1] && c.tpr()[i] >= c.tpr()[i - 1], "ROC decreases at point " + i);
                    }
                })));
    }

    private static INDArray labelling(int mask, int m) {
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = ((mask >> i) & 1) == 1 ? 1 : -1;
        }
        return Nd4j.createFromArray(y);
    }

    private static Claim vcXor() {
        return new Claim("B6", "sl-vc-xor",
                "\\text{lines in }\\mathbb R^2\\text{ shatter 3 points in general position but not the XOR square};\\ \\mathrm{VC}=d+1",
                "io.verideck.numeric.evaluation.LinearSeparability", Set.of("statistics", "xor"), List.of(
                forAll("d + 1 points in general position (d = 2, 3): every one of the 2^(d+1) labellings has a separator", 8, t -> {
                    int d = t.draw("d", Gen.integers(2, 3));
                    INDArray points = t.draw("points", TensorGen.dense(-3, 3, d + 1, d).filter(p ->
                            Math.abs(io.verideck.numeric.linalg.Determinant.lu(Nd4j.hstack(p, Nd4j.ones(DataType.DOUBLE, d + 1, 1)))) > 0.5));
                    for (int mask = 0; mask < 1 << (d + 1); mask++) {
                        INDArray y = labelling(mask, d + 1);
                        INDArray wb = LinearSeparability.interpolatingSeparator(points, y);
                        t.close("margin of labelling " + mask, LinearSeparability.margin(points, y, wb), 1, new Tolerance(1e-9, 1e-9));
                    }
                }),
                once("the XOR labelling of the square is infeasible: lambda = (1, 1, 1, 1) certifies it; the AND labelling is separable", t -> {
                    INDArray square = Nd4j.createFromArray(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
                    INDArray xor = Nd4j.createFromArray(-1.0, 1, 1, -1);
                    INDArray lambda = LinearSeparability.nullCombination(square, xor);
                    t.require(LinearSeparability.certifiesInseparable(lambda, 1e-12), "no certificate for XOR: " + lambda);
                    INDArray rows = Nd4j.hstack(square, Nd4j.ones(DataType.DOUBLE, 4, 1)).muliColumnVector(xor.reshape(4, 1));
                    t.close("sum_i y_i (x_i, 1)", rows.sum(0), Nd4j.zeros(3), new Tolerance(0, 0));
                    INDArray and = Nd4j.createFromArray(-1.0, -1, -1, 1);
                    t.require(!LinearSeparability.certifiesInseparable(LinearSeparability.nullCombination(square, and), 1e-12),
                            "AND was certified inseparable");
                }),
                forAll("4 points in general position in the plane are never shattered; the certificate and the perceptron agree", 5, t -> {
                    INDArray points = t.draw("points", TensorGen.dense(-3, 3, 4, 2).filter(EvaluationClaims::generalPosition));
                    double[][] p = points.toDoubleMatrix();
                    int inseparable = 0;
                    for (int mask = 0; mask < 16; mask++) {
                        INDArray y = labelling(mask, 4);
                        boolean certified = LinearSeparability.certifiesInseparable(LinearSeparability.nullCombination(points, y), 1e-9);
                        if (certified) {
                            inseparable++;
                        } else {
                            Perceptron trained = Perceptron.train(p, y.toDoubleVector(), 100_000);
                            t.require(trained.converged(), "labelling " + mask + " has no certificate but the perceptron did not converge");
                        }
                    }
                    t.require(inseparable >= 2, "only " + inseparable + " labellings are inseparable: 4 points were shattered");
                }),
                once("the perceptron does not converge on XOR within 10^4 epochs (it does on AND)", t -> {
                    double[][] square = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
                    Perceptron xor = Perceptron.train(square, new double[] {-1, 1, 1, -1}, 10_000);
                    t.require(!xor.converged(), "the perceptron separated XOR");
                    Perceptron and = Perceptron.train(square, new double[] {-1, -1, -1, 1}, 10_000);
                    t.require(and.converged(), "the perceptron did not separate AND");
                })));
    }

    /** No three of the four points within distance-like area 0.3 of collinear. */
    private static boolean generalPosition(INDArray p) {
        double[][] x = p.toDoubleMatrix();
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                for (int c = b + 1; c < 4; c++) {
                    double area = (x[b][0] - x[a][0]) * (x[c][1] - x[a][1]) - (x[b][1] - x[a][1]) * (x[c][0] - x[a][0]);
                    if (Math.abs(area) < 0.3) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Claim empiricalRisk() {
        return new Claim("B7", "sl-empirical-risk",
                "R_{\\text{emp}}(h)=\\frac1n\\sum_iL(h(x_i),y_i)=\\mathbb E_{\\hat p_{\\text{data}}}L,\\quad R(h)=\\mathbb E_{p_{\\text{data}}}L",
                "io.verideck.numeric.evaluation.SquaredErrorRisk", Set.of("statistics"), List.of(
                once("R_emp of a fixed h (n = 1e5) is within 5 SE of R(h), which quadrature and the closed form agree on", t -> {
                    double sigma = 0.5;
                    double closed = SquaredErrorRisk.linearOnUniform(2, 0, 1.5, 0.2, sigma * sigma);
                    double quadrature = Quadrature.integrate(x -> {
                        INDArray gap = x.mul(1.5).addi(0.2).subi(x.mul(2));
                        return gap.muli(gap).addi(sigma * sigma);
                    }, new double[] {0, 1}, 200);
                    t.close("quadrature vs closed form", quadrature, closed, new Tolerance(1e-12, 1e-12));
                    INDArray x = SeededSamples.uniform(t.seed(), 0, 1, SAMPLES);
                    INDArray y = x.mul(2).addi(SeededSamples.normal(t.seed() + 1, 0, sigma, SAMPLES));
                    INDArray h = x.mul(1.5).addi(0.2);
                    SamplingBound.require(t, "R_emp(h)", SquaredErrorRisk.empirical(h, y), closed, SquaredErrorRisk.standardError(h, y));
                }),
                once("ERM (OLS, n = 10, p = 3): R_emp < R on average over 500 repetitions, beyond 5 SE", t -> {
                    int reps = 500;
                    int n = 10;
                    int p = 3;
                    double[] theta = {1, -2, 0.5};
                    SplittableRandom random = new SplittableRandom(t.seed());
                    double[] gaps = new double[reps];
                    for (int r = 0; r < reps; r++) {
                        double[][] x = new double[n][p];
                        double[] y = new double[n];
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < p; j++) {
                                x[i][j] = random.nextGaussian();
                                y[i] += theta[j] * x[i][j];
                            }
                            y[i] += random.nextGaussian();
                        }
                        // a 3x3 solve per repetition: plain arrays, since each ND4J call costs more than the arithmetic
                        double[][] gram = new double[p][p];
                        double[] xty = new double[p];
                        for (int i = 0; i < n; i++) {
                            for (int a = 0; a < p; a++) {
                                xty[a] += x[i][a] * y[i];
                                for (int b = 0; b < p; b++) {
                                    gram[a][b] += x[i][a] * x[i][b];
                                }
                            }
                        }
                        double[] fit = GaussianElimination.solve(gram, xty);
                        double emp = 0;
                        for (int i = 0; i < n; i++) {
                            double residual = -y[i];
                            for (int a = 0; a < p; a++) {
                                residual += x[i][a] * fit[a];
                            }
                            emp += residual * residual / n;
                        }
                        // X ~ N(0, I): R(h) = sigma^2 + ||theta_hat - theta||^2
                        double risk = SquaredErrorRisk.linearOnStandardNormal(fit, theta, 1);
                        gaps[r] = risk - emp;
                    }
                    double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
                    double se = io.verideck.numeric.probability.StandardError.standardDeviation(gaps) / Math.sqrt(reps);
                    t.record(mean, 0);
                    t.require(mean > 5 * se, "mean optimism R - R_emp = " + mean + " is not above 5 SE = " + 5 * se);
                })));
    }
}
