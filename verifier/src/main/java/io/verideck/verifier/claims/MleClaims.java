package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.BernoulliLikelihood;
import io.verideck.numeric.linreg.ProductMeanModel;
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

/** C8: consistency and efficiency of the MLE, and what non-identifiability does to it. */
final class MleClaims {
    private MleClaims() {
    }

    static List<Claim> claims() {
        return List.of(new Claim("C8", "mle-consistency-efficiency",
                "\\hat\\theta_n\\to\\theta,\\quad n\\operatorname{Var}\\hat\\theta_n\\to\\frac{1}{I(\\theta)}",
                "io.verideck.numeric.linreg.BernoulliLikelihood, io.verideck.numeric.linreg.ProductMeanModel",
                Set.of("mle", "statistics"), List.of(
                once("Bernoulli MLE: n Var(phi_hat) = phi (1 - phi) = 1/I(phi) at n = 10, 40, 160, so the error shrinks like n^-1/2 (5 standard errors)", t -> {
                    double phi = 0.3;
                    int datasets = 10_000;
                    for (int n : new int[] {10, 40, 160}) {
                        INDArray flips = SeededNoise.bernoulli(t.seed() + n, phi, datasets, n);
                        INDArray err = BernoulliLikelihood.estimates(flips).subi(phi);
                        INDArray scaled = err.muli(err).muli(n);
                        double[] est = SeededNoise.meanAndError(scaled);
                        t.close("n E(phi_hat - phi)^2 at n = " + n, est[0], 1 / BernoulliLikelihood.fisherInformation(phi),
                                new Tolerance(5 * est[1], 0));
                    }
                }),
                once("Gaussian mean: Var(xbar) = sigma^2 / n, the Cramer-Rao bound (20000 samples of size 8, 5 standard errors)", t -> {
                    int n = 8;
                    double sigma = 1.5;
                    INDArray samples = SeededNoise.gaussian(t.seed(), 20_000, n).muli(sigma).addi(-1);
                    double[] var = SeededNoise.varianceAndError(samples.mean(1));
                    double crlb = 1 / (n * (1 / (sigma * sigma)));
                    t.close("Var(xbar)", var[0], crlb, new Tolerance(5 * var[1], 0));
                }),
                forAll("y ~ N(ab, 1): a whole curve ab = ybar maximizes the likelihood and the Hessian there is singular", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray y = t.draw("y", TensorGen.dense(-3, 3, n).filter(v -> Math.abs(v.meanNumber().doubleValue()) > 0.1));
                    double ybar = y.meanNumber().doubleValue();
                    double a = t.draw("a", Gen.doubles(0.5, 2));
                    double other = t.draw("a'", Gen.doubles(0.5, 2));
                    INDArray p = Nd4j.createFromArray(a, ybar / a);
                    INDArray q = Nd4j.createFromArray(other, ybar / other);
                    ParameterLayout layout = ParameterLayout.of("(a, b)", p);
                    t.gradient("grad LL", RegressionClaims.CHECK, Differentiable.scalar(layout, s -> ProductMeanModel.logLikelihoodStacked(y, s),
                            v -> ProductMeanModel.gradient(y, v)), p);
                    t.close("grad LL at (a, ybar/a)", ProductMeanModel.gradient(y, p), Nd4j.zeros(2), new Tolerance(1e-12, 0));
                    t.close("LL(a, ybar/a) = LL(a', ybar/a')", ProductMeanModel.logLikelihoodStacked(y, p.reshape(1, 2)).getDouble(0),
                            ProductMeanModel.logLikelihoodStacked(y, q.reshape(1, 2)).getDouble(0), Tolerance.IDENTITY);
                    INDArray h = ProductMeanModel.hessian(y, p);
                    double det = h.getDouble(0, 0) * h.getDouble(1, 1) - h.getDouble(0, 1) * h.getDouble(1, 0);
                    double size = h.mul(h).sumNumber().doubleValue();
                    t.close("det H / |H|^2", det / size, 0, new Tolerance(1e-12, 0));
                }))));
    }
}
