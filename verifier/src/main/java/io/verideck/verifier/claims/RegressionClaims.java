package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.BernoulliLikelihood;
import io.verideck.numeric.linreg.DummyEncoding;
import io.verideck.numeric.linreg.GaussianMle;
import io.verideck.numeric.linreg.InteractionModel;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.RegressionInference;
import io.verideck.numeric.linreg.SimpleRegression;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
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

/**
 * Section C: linear regression, MLE and weight decay (C2, C5, C9 are in LinearRegressionClaims; C8,
 * C10, C11, C12 in {@link MleClaims} and {@link PenaltyClaims}).
 */
public final class RegressionClaims {
    static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    static final Tolerance SOLVE = new Tolerance(1e-9, 1e-7);

    private RegressionClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new java.util.ArrayList<>(List.of(simpleLeastSquares(), inference(), dummies(), gaussianMle(),
                logMonotone()));
        all.addAll(MleClaims.claims());
        all.addAll(PenaltyClaims.claims());
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("linear-models-simple-least-squares", "C1", v -> CardPoint.scalar(
                        SimpleRegression.fit(CardPoint.vector(v, "x"), CardPoint.vector(v, "y")).getDouble(1))),
                new FormulaBinding("linear-models-r-squared", "C3", v -> CardPoint.scalar(
                        RegressionInference.rSquared(CardPoint.vector(v, "y"), CardPoint.vector(v, "f")))),
                new FormulaBinding("linear-models-gaussian-mle", "C6", v -> CardPoint.scalar(
                        GaussianMle.estimate(CardPoint.vector(v, "x")).getDouble(1))),
                new FormulaBinding("batch-norm-implementation", "C6", v -> {
                    INDArray h = CardPoint.vector(v, "h");
                    INDArray mle = GaussianMle.estimate(h);
                    double scale = CardPoint.number(v, "gamma") / Math.sqrt(mle.getDouble(1) + CardPoint.number(v, "delta"));
                    return CardPoint.column(h.sub(mle.getDouble(0)).muli(scale).addi(CardPoint.number(v, "beta")));
                }),
                new FormulaBinding("statistics-bernoulli-mle", "C8", v -> CardPoint.scalar(
                        BernoulliLikelihood.estimates(CardPoint.vector(v, "x").reshape(1, -1)).getDouble(0))));
    }

    /** A drawn simple-regression data set with a non-constant predictor. */
    record Pairs(INDArray x, INDArray y, int n) {
    }

    static Pairs pairs(Trial t) {
        int n = t.draw("n", Gen.integers(3, 10));
        INDArray x = t.draw("x", TensorGen.dense(-3, 3, n).filter(v -> v.varNumber().doubleValue() > 0.1));
        INDArray y = t.draw("y", TensorGen.dense(-3, 3, n));
        return new Pairs(x, y, n);
    }

    private static double scale(Pairs pr) {
        return pr.n() * Math.max(1, pr.x().amaxNumber().doubleValue()) * Math.max(1, pr.y().amaxNumber().doubleValue());
    }

    private static Claim simpleLeastSquares() {
        return new Claim("C1", "linreg-ols-simple",
                "\\hat\\beta_1=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sum(x_i-\\bar x)^2},\\quad \\hat\\beta_0=\\bar y-\\hat\\beta_1\\bar x",
                "io.verideck.numeric.linreg.SimpleRegression", Set.of("linear-regression", "gradient"), List.of(
                forAll("the closed form equals the normal-equation solution with design [1, x]", t -> {
                    Pairs pr = pairs(t);
                    INDArray design = Nd4j.hstack(Nd4j.ones(pr.n(), 1), pr.x().reshape(pr.n(), 1));
                    t.close("(beta0, beta1)", SimpleRegression.fit(pr.x(), pr.y()),
                            LeastSquares.normalEquation(design, pr.y().reshape(pr.n(), 1)), SOLVE);
                }),
                forAll("both partial derivatives of the RSS vanish at the solution", t -> {
                    Pairs pr = pairs(t);
                    INDArray g = SimpleRegression.rssGradient(pr.x(), pr.y(), SimpleRegression.fit(pr.x(), pr.y()));
                    t.close("dRSS/dbeta / scale", g.div(scale(pr)), Nd4j.zeros(2), new Tolerance(1e-9, 0));
                }),
                forAll("the RSS gradient matches central differences", t -> {
                    Pairs pr = pairs(t);
                    INDArray beta = t.draw("beta", TensorGen.dense(-3, 3, 2));
                    ParameterLayout layout = ParameterLayout.of("beta", beta);
                    t.gradient("grad RSS", CHECK, Differentiable.scalar(layout, s -> SimpleRegression.rssStacked(pr.x(), pr.y(), s),
                            v -> SimpleRegression.rssGradient(pr.x(), pr.y(), v)), beta);
                }),
                forAll("the residuals sum to 0 and are orthogonal to x", t -> {
                    Pairs pr = pairs(t);
                    INDArray e = SimpleRegression.residuals(pr.x(), pr.y(), SimpleRegression.fit(pr.x(), pr.y()));
                    t.close("sum e / scale", e.sumNumber().doubleValue() / scale(pr), 0, new Tolerance(1e-12, 0));
                    t.close("x . e / scale", e.mul(pr.x()).sumNumber().doubleValue() / scale(pr), 0, new Tolerance(1e-12, 0));
                }),
                forAll("the fitted line passes through (xbar, ybar)", t -> {
                    Pairs pr = pairs(t);
                    INDArray b = SimpleRegression.fit(pr.x(), pr.y());
                    t.close("beta0 + beta1 xbar", b.getDouble(0) + b.getDouble(1) * pr.x().meanNumber().doubleValue(),
                            pr.y().meanNumber().doubleValue(), Tolerance.IDENTITY);
                })));
    }

    private static Claim inference() {
        return new Claim("C3", "linreg-inference",
                "\\mathrm{SE}(\\hat\\beta_1)^2=\\frac{\\sigma^2}{S_{xx}},\\ R^2=1-\\frac{\\mathrm{RSS}}{\\mathrm{TSS}}=r^2,\\ F=\\frac{(\\mathrm{TSS}-\\mathrm{RSS})/p}{\\mathrm{RSS}/(n-p-1)}",
                "io.verideck.numeric.linreg.RegressionInference", Set.of("linear-regression", "statistics"), List.of(
                once("Monte Carlo over 20000 data sets: Var(beta1_hat) = sigma^2 / Sxx, Var(beta0_hat) = sigma^2 (1/n + xbar^2 / Sxx), E RSE^2 = sigma^2 (5 standard errors)", t -> {
                    int n = 10;
                    double sigma = 0.5;
                    INDArray x = TensorGen.dense(-3, 3, n).generate(io.verideck.verifier.gen.Source.random(t.seed()));
                    int r = 20_000;
                    INDArray ys = SeededNoise.gaussian(t.seed() + 1, r, n).muli(sigma).addiRowVector(x.mul(2.0).addi(1.0).reshape(1, n));
                    INDArray slopes = SimpleRegression.slopes(x, ys);
                    double truth = RegressionInference.slopeVariance(x, sigma);
                    double[] est = SeededNoise.varianceAndError(slopes);
                    t.close("Var(beta1_hat)", est[0], truth, new Tolerance(5 * est[1], 0));
                    double[] mean = SeededNoise.meanAndError(slopes);
                    t.close("E beta1_hat", mean[0], 2.0, new Tolerance(5 * mean[1], 0));
                    INDArray intercepts = ys.mean(1).reshape(r).subi(slopes.mul(x.meanNumber().doubleValue()));
                    double[] b0 = SeededNoise.varianceAndError(intercepts);
                    t.close("Var(beta0_hat) = sigma^2 (1/n + xbar^2/Sxx)", b0[0], RegressionInference.interceptVariance(x, sigma),
                            new Tolerance(5 * b0[1], 0));
                    double[] rse2 = SeededNoise.meanAndError(RegressionInference.residualSumsOfSquares(x, ys).divi(n - 2));
                    t.close("E RSE^2 = sigma^2", rse2[0], sigma * sigma, new Tolerance(5 * rse2[1], 0));
                }),
                forAll("R^2 = r^2 in simple regression", t -> {
                    Pairs pr = pairs(t);
                    INDArray b = SimpleRegression.fit(pr.x(), pr.y());
                    INDArray fitted = pr.x().mul(b.getDouble(1)).addi(b.getDouble(0));
                    double r = RegressionInference.correlation(pr.x(), pr.y());
                    t.close("R^2 - r^2", RegressionInference.rSquared(pr.y(), fitted), r * r, new Tolerance(1e-12, 0));
                }),
                forAll("0 <= R^2 <= 1 for least squares with an intercept", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p + 2, p + 8));
                    INDArray x = Nd4j.hstack(Nd4j.ones(n, 1), t.draw("X", TensorGen.fullRankDesign(n, p)));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1).filter(v -> v.varNumber().doubleValue() > 1e-3));
                    double r2 = RegressionInference.rSquared(y, x.mmul(LeastSquares.normalEquation(x, y)));
                    t.record(r2, Math.min(1, Math.max(0, r2)));
                    t.require(r2 >= -1e-12 && r2 <= 1 + 1e-12, "R^2 = " + r2);
                }),
                forAll("F = t^2 when p = 1", t -> {
                    Pairs pr = pairs(t);
                    INDArray ss = RegressionInference.sumsOfSquares(pr.x(), pr.y());
                    double f = RegressionInference.fStatistic(ss.getDouble(1), ss.getDouble(0), pr.n(), 1);
                    double tStat = RegressionInference.slopeTStatistics(pr.x(), pr.y().reshape(1, pr.n())).getDouble(0);
                    t.close("F vs t^2", f, tStat * tStat, new Tolerance(1e-10, 1e-8));
                    double rse = RegressionInference.residualStandardError(ss.getDouble(0), pr.n());
                    double se = Math.sqrt(RegressionInference.slopeVariance(pr.x(), rse));
                    t.close("t = beta1 / SE(beta1) with sigma = RSE", SimpleRegression.fit(pr.x(), pr.y()).getDouble(1) / se, tStat,
                            new Tolerance(1e-10, 1e-8));
                }),
                once("under H0 the t-statistic has mean 0 and variance (n-2)/(n-4) (1e5 data sets, 5 standard errors)", t -> {
                    int n = 10;
                    int r = 100_000;
                    INDArray x = TensorGen.dense(-3, 3, n).generate(io.verideck.verifier.gen.Source.random(t.seed()));
                    INDArray ys = SeededNoise.gaussian(t.seed() + 2, r, n).addi(0.7);
                    INDArray stats = RegressionInference.slopeTStatistics(x, ys);
                    double[] mean = SeededNoise.meanAndError(stats);
                    t.close("mean of t", mean[0], 0, new Tolerance(5 * mean[1], 0));
                    double[] var = SeededNoise.varianceAndError(stats);
                    t.close("variance of t", var[0], (n - 2.0) / (n - 4.0), new Tolerance(5 * var[1], 0));
                }),
                once("2^40 subsets = 1 099 511 627 776, over a billion", t -> {
                    t.require(RegressionInference.subsetCount(40) == 1_099_511_627_776L, "subsetCount(40) = " + RegressionInference.subsetCount(40));
                    t.require(RegressionInference.subsetCount(40) > 1e9, "not over a billion");
                    t.require(RegressionInference.subsetCount(3) == 8, "subsetCount(3) != 8");
                })));
    }

    private static Claim dummies() {
        return new Claim("C4", "linreg-dummy-interaction",
                "\\frac{\\partial\\,\\text{sales}}{\\partial\\,\\text{TV}}=\\beta_1+\\beta_3\\,\\text{radio},\\quad \\frac{\\partial\\,\\text{sales}}{\\partial\\,\\text{radio}}=\\beta_2+\\beta_3\\,\\text{TV}",
                "io.verideck.numeric.linreg.DummyEncoding, io.verideck.numeric.linreg.InteractionModel",
                Set.of("linear-regression"), List.of(
                forAll("k - 1 dummies and an intercept give full rank; k dummies and an intercept do not", t -> {
                    int k = t.draw("k", Gen.integers(2, 5));
                    int n = t.draw("n", Gen.integers(k + 1, k + 8));
                    int[] levels = new int[n];
                    for (int i = 0; i < n; i++) {
                        levels[i] = i < k ? i : t.draw("level " + i, Gen.integers(0, k - 1));
                    }
                    INDArray good = DummyEncoding.design(levels, k, false);
                    INDArray trap = DummyEncoding.design(levels, k, true);
                    t.require(good.columns() == k, "columns " + good.columns() + " != k = " + k);
                    t.require(DummyEncoding.rank(good) == k, "k - 1 dummies: rank " + DummyEncoding.rank(good) + " != " + k);
                    t.require(DummyEncoding.rank(trap) == k, "k dummies: rank " + DummyEncoding.rank(trap) + " != " + k + " of " + trap.columns());
                    t.close("dummy columns sum to the intercept", trap.getColumns(range(1, k + 1)).sum(1), trap.getColumn(0), Tolerance.IDENTITY);
                }),
                forAll("the interaction model's partial derivatives match central differences", t -> {
                    INDArray beta = t.draw("beta", TensorGen.dense(-2, 2, 4));
                    INDArray point = t.draw("(TV, radio)", TensorGen.dense(-5, 5, 2));
                    ParameterLayout layout = ParameterLayout.of("(TV, radio)", point);
                    t.gradient("(dy/dTV, dy/dradio)", CHECK, Differentiable.scalar(layout, s -> InteractionModel.predictStacked(beta, s),
                            v -> InteractionModel.partials(beta, v.getDouble(0), v.getDouble(1))), point);
                }),
                once("beta = (6.7502, 0.0191, 0.0289, 0.0011) gives 19.1 + 1.1 radio and 28.9 + 1.1 TV per $1000; 0.689", t -> {
                    INDArray beta = Nd4j.createFromArray(6.7502, 0.0191, 0.0289, 0.0011);
                    double tv = 50;
                    double radio = 20;
                    INDArray per1000 = InteractionModel.partials(beta, tv, radio).muli(1000);
                    t.close("per $1000 of TV", per1000.getDouble(0), 19.1 + 1.1 * radio, new Tolerance(1e-9, 0));
                    t.close("per $1000 of radio", per1000.getDouble(1), 28.9 + 1.1 * tv, new Tolerance(1e-9, 0));
                    t.require(Math.abs(per1000.getDouble(1) - (19 + 1.1 * tv)) > 1, "the source's 19 + 1.1 TV for radio should not match");
                    t.close("(96.8 - 89.7) / (100 - 89.7)", (96.8 - 89.7) / (100 - 89.7), 0.689, new Tolerance(5e-4, 0));
                })));
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static Claim gaussianMle() {
        return new Claim("C6", "mle-gaussian",
                "\\partial_\\mu LL=\\frac{1}{\\sigma^2}\\sum(x_i-\\mu),\\ \\partial_{\\sigma^2}LL=\\frac{1}{2\\sigma^2}\\Big[\\frac{1}{\\sigma^2}\\sum(x_i-\\mu)^2-n\\Big],\\ \\hat\\sigma^2=\\frac1n\\sum(x_i-\\bar x)^2",
                "io.verideck.numeric.linreg.GaussianMle", Set.of("mle", "gradient", "statistics"), List.of(
                forAll("both stated partials (in mu and in v = sigma^2) match central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n));
                    INDArray params = Nd4j.createFromArray(t.draw("mu", Gen.doubles(-2, 2)), t.draw("v", Gen.doubles(0.3, 3)));
                    ParameterLayout layout = ParameterLayout.of("(mu, v)", params);
                    t.gradient("(dLL/dmu, dLL/dv)", CHECK, Differentiable.scalar(layout, s -> GaussianMle.logLikelihoodStacked(x, s),
                            v -> GaussianMle.gradient(x, v)), params);
                }),
                forAll("both partials vanish at (xbar, 1/n sum (x - xbar)^2)", t -> {
                    int n = t.draw("n", Gen.integers(2, 8));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n).filter(v -> v.varNumber().doubleValue() > 1e-2));
                    INDArray hat = GaussianMle.estimate(x);
                    INDArray g = GaussianMle.gradient(x, hat);
                    double scale = n * (1 + 1 / hat.getDouble(1)) * (1 + 1 / hat.getDouble(1));
                    t.close("gradient / scale", g.div(scale), Nd4j.zeros(2), new Tolerance(1e-12, 0));
                }),
                forAll("the Hessian matches central differences of the gradient and is negative definite at the optimum", t -> {
                    int n = t.draw("n", Gen.integers(2, 8));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n).filter(v -> v.varNumber().doubleValue() > 1e-2));
                    INDArray hat = GaussianMle.estimate(x);
                    ParameterLayout layout = ParameterLayout.of("(mu, v)", hat);
                    t.gradient("Hessian", CHECK, new Differentiable(layout, 2, s -> {
                        INDArray rows = Nd4j.zeros(s.size(0), 2);
                        for (int i = 0; i < s.size(0); i++) {
                            rows.putRow(i, GaussianMle.gradient(x, s.getRow(i)));
                        }
                        return rows;
                    }, v -> GaussianMle.hessian(x, v)), hat);
                    INDArray h = GaussianMle.hessian(x, hat);
                    double trace = h.getDouble(0, 0) + h.getDouble(1, 1);
                    double det = h.getDouble(0, 0) * h.getDouble(1, 1) - h.getDouble(0, 1) * h.getDouble(1, 0);
                    t.require(trace < 0 && det > 0, "Hessian not negative definite: " + h);
                }),
                once("E sigma^2_hat = (n-1)/n sigma^2 (1e5 samples of size 5, 5 standard errors)", t -> {
                    int n = 5;
                    double sigma = 2;
                    INDArray samples = SeededNoise.gaussian(t.seed(), 100_000, n).muli(sigma).addi(3);
                    double[] est = SeededNoise.meanAndError(GaussianMle.varianceEstimates(samples));
                    t.close("E v_hat", est[0], (n - 1.0) / n * sigma * sigma, new Tolerance(5 * est[1], 0));
                    t.require(Math.abs(est[0] - sigma * sigma) > 5 * est[1], "the MLE looks unbiased: " + est[0]);
                })));
    }

    private static Claim logMonotone() {
        return new Claim("C7", "mle-log-monotone",
                "\\arg\\max_\\theta\\prod_i p(x_i;\\theta)=\\arg\\max_\\theta\\sum_i\\log p(x_i;\\theta)",
                "io.verideck.numeric.linreg.BernoulliLikelihood", Set.of("mle", "numerics"), List.of(
                forAll("on a grid the likelihood, the log-likelihood and the mean log-likelihood share the argmax k/n", t -> {
                    int n = t.draw("n", Gen.integers(1, 40));
                    INDArray flips = t.draw("flips", TensorGen.dense(0, 1, n).map(v -> v.gt(0.5).castTo(v.dataType())));
                    INDArray grid = Nd4j.linspace(0.001, 0.999, 999, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
                    long a = BernoulliLikelihood.likelihood(flips, grid).argMax().getLong(0);
                    long b = BernoulliLikelihood.logLikelihood(flips, grid).argMax().getLong(0);
                    long c = BernoulliLikelihood.logLikelihood(flips, grid).divi(n).argMax().getLong(0);
                    t.require(a == b && b == c, "argmax differ: " + a + ", " + b + ", " + c);
                    double mle = flips.meanNumber().doubleValue();
                    t.close("grid argmax near k/n", grid.getDouble(a), Math.min(0.999, Math.max(0.001, mle)), new Tolerance(0.0011, 0));
                }),
                once("2000 probabilities of 0.01: the product underflows to 0, the log-sum is finite", t -> {
                    double[] p = new double[2000];
                    java.util.Arrays.fill(p, 0.01);
                    t.require(BernoulliLikelihood.product(p) == 0.0, "the product did not underflow: " + BernoulliLikelihood.product(p));
                    t.close("log-sum", BernoulliLikelihood.logSum(p), 2000 * Math.log(0.01), Tolerance.IDENTITY);
                })));
    }
}
