package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.Lasso;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.NoiseInjection;
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
import org.nd4j.linalg.ops.transforms.Transforms;

/** C10, C11, C12: the lasso, input noise as a weight penalty, and the least-squares fit to XOR. */
final class PenaltyClaims {
    private PenaltyClaims() {
    }

    static List<Claim> claims() {
        return List.of(lasso(), noiseInjection(), xor());
    }

    /** A design with orthonormal columns: the first p columns of a Householder reflection. */
    private static INDArray orthonormal(Trial t, int n, int p) {
        INDArray v = t.draw("householder v", TensorGen.dense(-1, 1, n, 1).filter(a -> a.norm2Number().doubleValue() > 0.1));
        INDArray q = Nd4j.eye(n).subi(v.mmul(v.transpose()).muli(2 / v.mul(v).sumNumber().doubleValue()));
        return q.getColumns(java.util.stream.IntStream.range(0, p).toArray());
    }

    /** The minimizer of {@code 1/2 (u - v)^2 + t |u|} by ternary search on a convex function. */
    private static double bruteForceProx(double v, double threshold) {
        double lo = -Math.abs(v) - 1;
        double hi = Math.abs(v) + 1;
        for (int i = 0; i < 200; i++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (0.5 * (m1 - v) * (m1 - v) + threshold * Math.abs(m1) < 0.5 * (m2 - v) * (m2 - v) + threshold * Math.abs(m2)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return (lo + hi) / 2;
    }

    private static Claim lasso() {
        return new Claim("C10", "lasso-l1",
                "\\tilde J=\\alpha\\|w\\|_1+J,\\quad \\partial\\tilde J\\ni\\alpha\\operatorname{sign}(w)+\\nabla J,\\quad \\operatorname{prox}(v)=\\operatorname{sign}(v)\\max(|v|-\\epsilon\\alpha,0)",
                "io.verideck.numeric.linreg.Lasso", Set.of("regularization", "linear-regression", "gradient"), List.of(
                forAll("the subgradient matches central differences away from w_i = 0", t -> {
                    LinearRegressionClaims.Problem pr = LinearRegressionClaims.problem(t);
                    INDArray w = t.draw("w", TensorGen.awayFrom(-2, 2, new double[] {0}, 1e-3, pr.p()));
                    double alpha = t.draw("alpha", Gen.doubles(0, 3));
                    ParameterLayout layout = ParameterLayout.of("w", w);
                    t.gradient("grad J~", RegressionClaims.CHECK, Differentiable.scalar(layout, s -> Lasso.lossStacked(pr.x(), pr.y(), s, alpha),
                            v -> Lasso.subgradient(pr.x(), pr.y(), v.reshape(pr.p(), 1), alpha)), w);
                }),
                forAll("the proximal step is soft thresholding (brute-force 1-D minimization)", t -> {
                    INDArray v = t.draw("v", TensorGen.dense(-3, 3, 4));
                    double threshold = t.draw("eps alpha", Gen.doubles(0, 2));
                    INDArray soft = Lasso.softThreshold(v, threshold);
                    for (int i = 0; i < 4; i++) {
                        // a search that compares function values can locate a minimum only to about sqrt(machine eps)
                        t.close("prox entry " + i, soft.getDouble(i), bruteForceProx(v.getDouble(i), threshold), new Tolerance(1e-7, 0));
                    }
                }),
                forAll("orthonormal design: the lasso solution is the soft-thresholded OLS solution", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p, p + 4));
                    INDArray x = orthonormal(t, n, p);
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
                    double alpha = t.draw("alpha", Gen.doubles(0, 2));
                    INDArray ols = LeastSquares.normalEquation(x, y);
                    t.close("w_lasso vs S(w_ols)", Lasso.solve(x, y, alpha), Lasso.softThreshold(ols, alpha), new Tolerance(1e-10, 1e-9));
                }),
                forAll("nonzeros fall as alpha grows (orthonormal design) and are 0 once alpha >= |X^T y|_inf (any design)", t -> {
                    int p = t.draw("p", Gen.integers(1, 4));
                    int n = t.draw("n", Gen.integers(p, p + 4));
                    INDArray q = orthonormal(t, n, p);
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n, 1));
                    int previous = p + 1;
                    for (double alpha = 0; alpha < 6; alpha += 0.5) {
                        int nnz = Lasso.nonzeros(Lasso.solve(q, y, alpha));
                        t.require(nnz <= previous, "nonzeros rose to " + nnz + " at alpha " + alpha);
                        previous = nnz;
                    }
                    INDArray x = t.draw("X", TensorGen.fullRankDesign(n, p));
                    double critical = Transforms.abs(x.transpose().mmul(y), true).maxNumber().doubleValue();
                    t.require(Lasso.nonzeros(Lasso.solve(x, y, critical)) == 0, "w != 0 at alpha = |X^T y|_inf");
                    INDArray below = Lasso.solve(x, y, 0.9 * critical);
                    t.require(Lasso.nonzeros(below) > 0, "w = 0 already at 0.9 |X^T y|_inf");
                    INDArray kkt = Transforms.abs(x.transpose().mmul(y.sub(x.mmul(below))), true);
                    t.require(kkt.maxNumber().doubleValue() <= 0.9 * critical * (1 + 1e-9) + 1e-9, "KKT violated: |X^T r| = " + kkt);
                })));
    }

    private static Claim noiseInjection() {
        return new Claim("C11", "noise-injection-ridge",
                "\\mathbb E_{\\epsilon\\sim\\mathcal N(0,\\sigma^2I)}[(w^T(x+\\epsilon)-y)^2]=(w^Tx-y)^2+\\sigma^2\\|w\\|^2",
                "io.verideck.numeric.linreg.NoiseInjection", Set.of("regularization", "statistics"), List.of(
                once("Monte Carlo over 1e5 noise draws matches (w^T x - y)^2 + sigma^2 |w|^2 (5 standard errors)", t -> {
                    io.verideck.verifier.gen.Source s = io.verideck.verifier.gen.Source.random(t.seed());
                    INDArray w = TensorGen.dense(-2, 2, 3).generate(s);
                    INDArray x = TensorGen.dense(-2, 2, 3).generate(s);
                    double y = 0.8;
                    double sigma = 0.7;
                    INDArray noise = SeededNoise.gaussian(t.seed() + 1, 100_000, 3).muli(sigma);
                    double[] est = SeededNoise.meanAndError(NoiseInjection.noisyLosses(w, x, y, noise));
                    t.close("mean noisy loss", est[0], NoiseInjection.expectedLoss(w, x, y, sigma), new Tolerance(5 * est[1], 0));
                }),
                forAll("the expected noisy MSE averages the per-example identity, its gradient matches central differences", t -> {
                    LinearRegressionClaims.Problem pr = LinearRegressionClaims.problem(t);
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, pr.p()));
                    double sigma = t.draw("sigma", Gen.doubles(0.05, 2));
                    double sum = 0;
                    for (int i = 0; i < pr.n(); i++) {
                        sum += NoiseInjection.expectedLoss(w, pr.x().getRow(i), pr.y().getDouble(i, 0), sigma);
                    }
                    t.close("1/n sum of per-example expectations", NoiseInjection.expectedMseStacked(pr.x(), pr.y(), w.reshape(1, pr.p()), sigma)
                            .getDouble(0), sum / pr.n(), Tolerance.IDENTITY);
                    ParameterLayout layout = ParameterLayout.of("w", w);
                    t.gradient("grad E[noisy MSE]", RegressionClaims.CHECK, Differentiable.scalar(layout,
                            s -> NoiseInjection.expectedMseStacked(pr.x(), pr.y(), s, sigma),
                            v -> NoiseInjection.expectedMseGradient(pr.x(), pr.y(), v.reshape(pr.p(), 1), sigma)), w);
                }),
                forAll("the minimizer of the expected noisy MSE is ridge with alpha = n sigma^2", t -> {
                    LinearRegressionClaims.Problem pr = LinearRegressionClaims.problem(t);
                    double sigma = t.draw("sigma", Gen.doubles(0.05, 2));
                    INDArray w = NoiseInjection.minimizer(pr.x(), pr.y(), sigma);
                    double scale = Math.max(1, pr.x().norm2Number().doubleValue() * pr.y().norm2Number().doubleValue());
                    t.close("gradient at ridge(n sigma^2) / scale", NoiseInjection.expectedMseGradient(pr.x(), pr.y(), w, sigma).divi(scale),
                            Nd4j.zeros(pr.p(), 1), new Tolerance(1e-11, 0));
                    INDArray delta = t.draw("delta", TensorGen.dense(-0.5, 0.5, pr.p(), 1));
                    double at = NoiseInjection.expectedMseStacked(pr.x(), pr.y(), w.reshape(1, pr.p()), sigma).getDouble(0);
                    double off = NoiseInjection.expectedMseStacked(pr.x(), pr.y(), w.add(delta).reshape(1, pr.p()), sigma).getDouble(0);
                    t.require(at <= off + 1e-12 * Math.max(1, off), "not a minimum: " + at + " > " + off);
                })));
    }

    private static Claim xor() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}});
        INDArray y = Nd4j.createFromArray(new double[][] {{0}, {1}, {1}, {0}});
        return new Claim("C12", "xor-linear-fit",
                "\\arg\\min_{w,b}\\sum_{x\\in\\{0,1\\}^2}(w^Tx+b-\\operatorname{XOR}(x))^2=(0,0,\\tfrac12)",
                "io.verideck.numeric.linreg.LeastSquares", Set.of("linear-regression", "xor"), List.of(
                once("the normal equation with an intercept column returns (0, 0, 1/2)", t -> t.close("(w1, w2, b)",
                        LeastSquares.normalEquation(x, y), Nd4j.createFromArray(0.0, 0.0, 0.5), new Tolerance(1e-12, 0))),
                once("every prediction is 0.5 and the MSE is 0.25", t -> {
                    INDArray fitted = x.mmul(LeastSquares.normalEquation(x, y));
                    t.close("predictions", fitted, Nd4j.valueArrayOf(new long[] {4, 1}, 0.5), new Tolerance(1e-12, 0));
                    INDArray r = fitted.sub(y);
                    t.close("MSE", r.mul(r).meanNumber().doubleValue(), 0.25, new Tolerance(1e-12, 0));
                })));
    }
}
