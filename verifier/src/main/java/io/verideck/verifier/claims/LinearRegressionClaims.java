package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.GaussianLikelihood;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.Ridge;
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

/** C2, C5, C9: the normal equation, Gaussian MLE as least squares, ridge / weight decay. */
public final class LinearRegressionClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final Tolerance SOLVE = new Tolerance(1e-9, 1e-7);

    private LinearRegressionClaims() {
    }

    /** A drawn regression problem. */
    record Problem(INDArray x, INDArray y, int n, int p) {
    }

    static Problem problem(Trial t) {
        int p = t.draw("p", Gen.integers(1, 5));
        int n = t.draw("n", Gen.integers(p, p + 6));
        INDArray x = t.draw("X", TensorGen.fullRankDesign(n, p));
        INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
        return new Problem(x, y, n, p);
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(normalEquation(), gaussianMle(), ridge());
    }

    private static Claim normalEquation() {
        return new Claim("C2", "linreg-normal-equation",
                "\\nabla J(\\theta)=X^TX\\theta-X^Ty,\\quad \\theta^*=(X^TX)^{-1}X^Ty",
                "io.verideck.numeric.linreg.LeastSquares", Set.of("linear-regression", "gradient"), List.of(
                forAll("gradient of J matches central differences", t -> {
                    Problem pr = problem(t);
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, pr.p(), 1));
                    ParameterLayout layout = ParameterLayout.of("theta", theta.reshape(pr.p()));
                    t.gradient("grad J", CHECK, Differentiable.scalar(layout,
                            s -> LeastSquares.lossStacked(pr.x(), pr.y(), s),
                            v -> LeastSquares.gradient(pr.x(), pr.y(), v.reshape(pr.p(), 1))), theta);
                }),
                forAll("the normal-equation solution has zero gradient", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    double g = LeastSquares.gradient(pr.x(), pr.y(), star).norm2Number().doubleValue();
                    double scale = pr.x().transpose().mmul(pr.y()).norm2Number().doubleValue();
                    t.record(g, 0);
                    t.require(g <= 1e-8 * Math.max(scale, 1), "|grad J(theta*)| = " + g + " > 1e-8 |X^T y| = " + scale);
                }),
                forAll("theta* is a global minimum", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    INDArray delta = t.draw("delta", TensorGen.dense(-1, 1, pr.p(), 1));
                    double at = LeastSquares.loss(pr.x(), pr.y(), star);
                    double off = LeastSquares.loss(pr.x(), pr.y(), star.add(delta));
                    t.require(at <= off + 1e-12 * Math.max(1, Math.abs(off)), "J(theta*) = " + at + " > J(theta*+delta) = " + off);
                }),
                forAll("equals a QR least-squares solve and the pseudo-inverse", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    t.close("QR", star, LeastSquares.qrSolve(pr.x(), pr.y()), SOLVE);
                    t.close("pinv", star, LeastSquares.pseudoInverseSolve(pr.x(), pr.y()), SOLVE);
                }),
                forAll("the residual is orthogonal to the column space", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    INDArray r = pr.y().sub(pr.x().mmul(star));
                    double scale = Math.max(1, pr.x().norm2Number().doubleValue() * pr.y().norm2Number().doubleValue());
                    t.close("X^T r / (|X| |y|)", pr.x().transpose().mmul(r).divi(scale), Nd4j.zeros(pr.p(), 1), new Tolerance(1e-12, 0));
                }),
                once("gradient descent converges to theta*", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    INDArray gram = pr.x().transpose().mmul(pr.x());
                    double lmax = gram.norm2Number().doubleValue();
                    INDArray gd = LeastSquares.gradientDescent(pr.x(), pr.y(), Nd4j.zeros(pr.p(), 1),
                            1.0 / lmax, 600);
                    t.close("GD limit", gd, star, new Tolerance(1e-6, 1e-6));
                }),
                forAll("rank-deficient X: X^T X is singular and the pseudo-inverse gives the minimum-norm solution", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p + 1, p + 6));
                    INDArray base = t.draw("A", TensorGen.fullRankDesign(n, p));
                    INDArray mix = t.draw("c", TensorGen.dense(-2, 2, p, 1));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
                    // the last column is a combination of the others, so v = (c, -1) spans the null space
                    INDArray x = Nd4j.hstack(base, base.mmul(mix));
                    INDArray v = Nd4j.vstack(mix, Nd4j.createFromArray(new double[][] {{-1}}));
                    INDArray gram = x.transpose().mmul(x);
                    double gramScale = gram.norm2Number().doubleValue() * v.norm2Number().doubleValue();
                    t.close("(X^T X) v / (|X^T X| |v|)", gram.mmul(v).divi(gramScale), Nd4j.zeros(p + 1, 1), new Tolerance(1e-13, 0));
                    INDArray plus = LeastSquares.minimumNormSolve(x, y);
                    double scale = Math.max(1, x.norm2Number().doubleValue() * y.norm2Number().doubleValue());
                    t.close("normal equations X^T (y - X theta+)", x.transpose().mmul(y.sub(x.mmul(plus))).divi(scale),
                            Nd4j.zeros(p + 1, 1), new Tolerance(1e-11, 0));
                    t.close("theta+ is orthogonal to the null space", plus.transpose().mmul(v).getDouble(0)
                            / (v.norm2Number().doubleValue() * Math.max(1, plus.norm2Number().doubleValue())), 0, new Tolerance(1e-11, 0));
                    double shift = t.draw("s", Gen.doubles(0.1, 2));
                    INDArray other = plus.add(v.mul(shift));
                    t.close("theta+ + s v fits equally well", LeastSquares.loss(x, y, other), LeastSquares.loss(x, y, plus),
                            new Tolerance(1e-9, 1e-9));
                    t.require(other.norm2Number().doubleValue() > plus.norm2Number().doubleValue(),
                            "another minimizer has a smaller norm than theta+");
                })));
    }

    private static Claim gaussianMle() {
        return new Claim("C5", "linreg-mle-mse",
                "\\ell(\\theta)=n\\log\\frac{1}{\\sqrt{2\\pi}\\sigma}-\\frac{1}{2\\sigma^2}\\sum_i(y_i-\\theta^Tx_i)^2",
                "io.verideck.numeric.linreg.GaussianLikelihood", Set.of("linear-regression", "mle", "gradient"), List.of(
                forAll("sum of Gaussian log-densities equals the closed form", t -> {
                    Problem pr = problem(t);
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, pr.p(), 1));
                    double sigma = t.draw("sigma", Gen.doubles(0.1, 10));
                    t.close("log-likelihood", GaussianLikelihood.sumOfLogDensities(pr.x(), pr.y(), theta, sigma),
                            GaussianLikelihood.logLikelihood(pr.x(), pr.y(), theta, sigma), Tolerance.IDENTITY);
                }),
                forAll("gradient of the log-likelihood matches central differences", t -> {
                    Problem pr = problem(t);
                    INDArray theta = t.draw("theta", TensorGen.dense(-2, 2, pr.p(), 1));
                    double sigma = t.draw("sigma", Gen.doubles(0.5, 5));
                    ParameterLayout layout = ParameterLayout.of("theta", theta.reshape(pr.p()));
                    t.gradient("grad l", CHECK, Differentiable.scalar(layout,
                            s -> GaussianLikelihood.logLikelihoodStacked(pr.x(), pr.y(), s, sigma),
                            v -> GaussianLikelihood.gradient(pr.x(), pr.y(), v.reshape(pr.p(), 1), sigma)), theta);
                }),
                once("the maximizer is the least-squares solution for sigma in {0.1, 1, 10}", t -> {
                    Problem pr = problem(t);
                    INDArray star = LeastSquares.normalEquation(pr.x(), pr.y());
                    double lmax = pr.x().transpose().mmul(pr.x()).norm2Number().doubleValue();
                    for (double sigma : new double[] {0.1, 1, 10}) {
                        INDArray theta = Nd4j.zeros(pr.p(), 1);
                        double rate = sigma * sigma / lmax;
                        for (int i = 0; i < 600; i++) {
                            theta.addi(GaussianLikelihood.gradient(pr.x(), pr.y(), theta, sigma).muli(rate));
                        }
                        t.close("argmax at sigma " + sigma, theta, star, new Tolerance(1e-6, 1e-6));
                    }
                })));
    }

    private static Claim ridge() {
        return new Claim("C9", "ridge-weight-decay",
                "\\nabla\\tilde J=\\alpha w+\\nabla J,\\quad w^*=(X^TX+\\alpha I)^{-1}X^Ty",
                "io.verideck.numeric.linreg.Ridge", Set.of("regularization", "linear-regression", "gradient"), List.of(
                forAll("gradient of the penalized loss matches central differences", t -> {
                    Problem pr = problem(t);
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, pr.p(), 1));
                    double alpha = t.draw("alpha", Gen.doubles(0, 5));
                    ParameterLayout layout = ParameterLayout.of("w", w.reshape(pr.p()));
                    t.gradient("grad J~", CHECK, Differentiable.scalar(layout,
                            s -> Ridge.lossStacked(pr.x(), pr.y(), s, alpha),
                            v -> Ridge.gradient(pr.x(), pr.y(), v.reshape(pr.p(), 1), alpha)), w);
                }),
                forAll("a weight-decay step is shrink-then-step", t -> {
                    Problem pr = problem(t);
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, pr.p(), 1));
                    double alpha = t.draw("alpha", Gen.doubles(0, 5));
                    double rate = t.draw("rate", Gen.doubles(0, 0.1));
                    INDArray plain = w.sub(Ridge.gradient(pr.x(), pr.y(), w, alpha).muli(rate));
                    t.close("step", Ridge.weightDecayStep(pr.x(), pr.y(), w, alpha, rate), plain, new Tolerance(1e-13, 1e-13));
                }),
                forAll("the closed-form ridge solution has zero gradient", t -> {
                    Problem pr = problem(t);
                    double alpha = t.draw("alpha", Gen.doubles(0, 5));
                    INDArray w = Ridge.solve(pr.x(), pr.y(), alpha);
                    double g = Ridge.gradient(pr.x(), pr.y(), w, alpha).norm2Number().doubleValue();
                    double scale = Math.max(1, pr.x().transpose().mmul(pr.y()).norm2Number().doubleValue());
                    t.record(g, 0);
                    t.require(g <= 1e-9 * scale, "|grad J~(w*)| = " + g);
                }),
                forAll("ridge shrinks: |w*(alpha)| is non-increasing and tends to 0; alpha = 0 is OLS", t -> {
                    Problem pr = problem(t);
                    t.close("alpha 0", Ridge.solve(pr.x(), pr.y(), 0), LeastSquares.normalEquation(pr.x(), pr.y()), SOLVE);
                    double previous = Double.POSITIVE_INFINITY;
                    for (double alpha : new double[] {0, 0.01, 0.1, 1, 10, 100, 1e4, 1e8}) {
                        double norm = Ridge.solve(pr.x(), pr.y(), alpha).norm2Number().doubleValue();
                        t.require(norm <= previous * (1 + 1e-12), "|w*| grew at alpha " + alpha + ": " + norm + " > " + previous);
                        previous = norm;
                    }
                    t.require(previous < 1e-5, "|w*(1e8)| = " + previous + " does not tend to 0");
                }),
                once("lambda w^T w equals alpha/2 w^T w with alpha = 2 lambda", t -> {
                    INDArray w = TensorGen.dense(-1, 1, 3, 1).generate(io.verideck.verifier.gen.Source.random(t.seed()));
                    double lambda = 0.7;
                    double mse = w.mul(w).sumNumber().doubleValue() * lambda;
                    double slides = 2 * lambda / 2 * w.mul(w).sumNumber().doubleValue();
                    t.close("penalty", mse, slides, Tolerance.IDENTITY);
                }),
                forAll("with an intercept the gradient matches central differences and the bias term has no alpha", t -> {
                    Problem pr = problem(t);
                    INDArray params = t.draw("(w, b)", TensorGen.dense(-2, 2, pr.p() + 1, 1));
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 5));
                    ParameterLayout layout = ParameterLayout.of("(w, b)", params.reshape(pr.p() + 1));
                    t.gradient("grad J~(w, b)", CHECK, Differentiable.scalar(layout,
                            s -> Ridge.interceptLossStacked(pr.x(), pr.y(), s, alpha),
                            v -> Ridge.interceptGradient(pr.x(), pr.y(), v.reshape(pr.p() + 1, 1), alpha)), params);
                    double bias = Ridge.interceptGradient(pr.x(), pr.y(), params, alpha).getDouble(pr.p(), 0);
                    double unpenalized = Ridge.interceptGradient(pr.x(), pr.y(), params, 0).getDouble(pr.p(), 0);
                    t.close("dJ~/db does not depend on alpha", bias, unpenalized, Tolerance.IDENTITY);
                }),
                forAll("biases are excluded from the penalty: w* -> 0 but b* -> mean(y) as alpha grows", t -> {
                    Problem pr = problem(t);
                    double alpha = t.draw("alpha", Gen.doubles(0.1, 5));
                    INDArray star = Ridge.solveWithIntercept(pr.x(), pr.y(), alpha);
                    double scale = Math.max(1, pr.x().norm2Number().doubleValue() * pr.y().norm2Number().doubleValue());
                    t.close("grad J~ at the closed form", Ridge.interceptGradient(pr.x(), pr.y(), star, alpha).divi(scale),
                            Nd4j.zeros(pr.p() + 1, 1), new Tolerance(1e-11, 0));
                    INDArray far = Ridge.solveWithIntercept(pr.x(), pr.y(), 1e9);
                    double w = far.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, pr.p()),
                            org.nd4j.linalg.indexing.NDArrayIndex.all()).norm2Number().doubleValue();
                    t.require(w < 1e-6, "|w*(1e9)| = " + w + " does not tend to 0");
                    t.close("b*(1e9) = mean(y)", far.getDouble(pr.p(), 0), pr.y().meanNumber().doubleValue(), new Tolerance(1e-6, 1e-6));
                })));
    }
}
