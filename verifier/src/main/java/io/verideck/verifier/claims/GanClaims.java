package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.gan.GanValue;
import io.verideck.numeric.gan.GaussianGame;
import io.verideck.numeric.gan.GeneratorLoss;
import io.verideck.numeric.gan.JensenShannon;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** M14, M15, M16: the GAN value, the optimal discriminator and JSD, saturating vs non-saturating. */
public final class GanClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private GanClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of(value(), optimalDiscriminator(), nonSaturating());
    }

    private static Claim value() {
        return new Claim("M14", "gan-value",
                "V(G,D)=\\mathbb E_{x\\sim p_{data}}\\log D(x)+\\mathbb E_{z\\sim p_z}\\log(1-D(G(z)))",
                "io.verideck.numeric.gan.GanValue", Set.of("gan", "gradient"), List.of(
                forAll("dV/dD matches central differences", t -> {
                    int k = t.draw("K", Gen.integers(1, 10));
                    INDArray pd = t.draw("p_data", TensorGen.probabilityVector(k, 0.2));
                    INDArray pg = t.draw("p_g", TensorGen.probabilityVector(k, 0.2));
                    INDArray d = t.draw("D", TensorGen.dense(0.05, 0.95, k));
                    t.gradient("dV/dD", CHECK, Differentiable.scalar(ParameterLayout.of("D", d),
                            s -> GanValue.valueStacked(pd, pg, s), v -> GanValue.gradient(pd, pg, v)), d);
                }),
                forAll("V is concave in D pointwise; the discriminator objective is minus the BCE on real = 1 / fake = 0", t -> {
                    int k = t.draw("K", Gen.integers(1, 10));
                    INDArray pd = t.draw("p_data", TensorGen.probabilityVector(k, 0.2));
                    INDArray pg = t.draw("p_g", TensorGen.probabilityVector(k, 0.2));
                    INDArray d1 = t.draw("D1", TensorGen.dense(0.01, 0.99, k));
                    INDArray d2 = t.draw("D2", TensorGen.dense(0.01, 0.99, k));
                    double mid = GanValue.value(pd, pg, d1.add(d2).muli(0.5));
                    double chord = 0.5 * (GanValue.value(pd, pg, d1) + GanValue.value(pd, pg, d2));
                    t.require(mid >= chord - 1e-12, "V(midpoint) " + mid + " < mean " + chord);
                    t.close("-BCE", GanValue.negativeClassifierLoss(pd, pg, d1), GanValue.value(pd, pg, d1), Tolerance.IDENTITY);
                }),
                forAll("Monte Carlo equals quadrature for 1-D Gaussians and a logistic D", 20, t -> {
                    GaussianGame game = new GaussianGame(t.draw("mu_data", Gen.doubles(-2, 2)), t.draw("sd_data", Gen.doubles(0.3, 2)),
                            t.draw("mu_g", Gen.doubles(-2, 2)), t.draw("sd_g", Gen.doubles(0.3, 2)),
                            t.draw("slope", Gen.doubles(-2, 2)), t.draw("bias", Gen.doubles(-1, 1)));
                    double exact = game.valueByQuadrature(2000);
                    t.close("Simpson 2000 vs 4000 intervals", exact, game.valueByQuadrature(4000), new Tolerance(1e-10, 1e-10));
                    GaussianGame.Estimate mc = game.valueByMonteCarlo(100_000, t.seed());
                    t.record(mc.mean(), exact);
                    t.require(Math.abs(mc.mean() - exact) <= 5 * mc.standardError() + 1e-12,
                            "MC " + mc.mean() + " +- " + mc.standardError() + " vs quadrature " + exact);
                }),
                once("the garbled form E[1 - log D] differs from E[log(1 - D)]: 1.693 vs -0.693 at D = 0.5", t -> {
                    double garbled = 1 - Math.log(0.5);
                    double right = GanValue.value(Nd4j.createFromArray(0.0), Nd4j.createFromArray(1.0), Nd4j.createFromArray(0.5));
                    t.close("correct", right, -0.6931471805599453, Tolerance.IDENTITY);
                    t.require(Math.abs(garbled - right) > 2, "the two forms agree");
                })));
    }

    private static Claim optimalDiscriminator() {
        return new Claim("M15", "gan-optimal-discriminator",
                "D^*(x)=\\frac{p_{data}(x)}{p_{data}(x)+p_g(x)},\\quad V(G,D^*)=-\\log4+2\\,\\mathrm{JSD}(p_{data}\\|p_g)",
                "io.verideck.numeric.gan.GanValue, io.verideck.numeric.gan.JensenShannon", Set.of("gan"), List.of(
                forAll("D* is a stationary point and beats any other D", t -> {
                    int k = t.draw("K", Gen.integers(1, 10));
                    INDArray pd = t.draw("p_data", TensorGen.probabilityVector(k, 0.2));
                    INDArray pg = t.draw("p_g", TensorGen.probabilityVector(k, 0.2));
                    INDArray other = t.draw("D", TensorGen.dense(0.01, 0.99, k));
                    INDArray star = GanValue.optimalDiscriminator(pd, pg);
                    t.close("dV/dD at D*", GanValue.gradient(pd, pg, star), Nd4j.zeros(k), new Tolerance(1e-12, 0));
                    t.require(GanValue.value(pd, pg, star) >= GanValue.value(pd, pg, other) - 1e-12, "some D beats D*");
                }),
                forAll("V(G, D*) = -log 4 + 2 JSD, JSD in [0, log 2]", t -> {
                    int k = t.draw("K", Gen.integers(1, 10));
                    INDArray pd = t.draw("p_data", TensorGen.probabilityVector(k, 0.05));
                    INDArray pg = t.draw("p_g", TensorGen.probabilityVector(k, 0.05));
                    double jsd = JensenShannon.divergence(pd, pg);
                    t.require(jsd >= -1e-15 && jsd <= Math.log(2) + 1e-15, "JSD " + jsd + " outside [0, log 2]");
                    t.close("identity", GanValue.value(pd, pg, GanValue.optimalDiscriminator(pd, pg)), -Math.log(4) + 2 * jsd,
                            Tolerance.IDENTITY);
                }),
                forAll("equal 1-D Gaussians give D* = 1/2 everywhere", t -> {
                    double mean = t.draw("mean", Gen.doubles(-3, 3));
                    double sd = t.draw("sd", Gen.doubles(0.2, 3));
                    double[] points = new double[41];
                    for (int i = 0; i < points.length; i++) {
                        points[i] = mean - 4 * sd + i * 8 * sd / 40;
                    }
                    INDArray grid = Nd4j.createFromArray(points);
                    INDArray density = org.nd4j.linalg.ops.transforms.Transforms.exp(
                            grid.sub(mean).divi(sd).muli(grid.sub(mean).divi(sd)).muli(-0.5)).divi(sd * Math.sqrt(2 * Math.PI));
                    t.close("D*", GanValue.optimalDiscriminator(density, density.dup()), Nd4j.ones(41).muli(0.5), new Tolerance(0, 0));
                }),
                forAll("p_g = p_data gives D* = 1/2 and V = -log 4", t -> {
                    int k = t.draw("K", Gen.integers(1, 10));
                    INDArray p = t.draw("p", TensorGen.probabilityVector(k, 0.2));
                    INDArray star = GanValue.optimalDiscriminator(p, p);
                    t.close("D*", star, Nd4j.ones(k).muli(0.5), new Tolerance(0, 0));
                    t.close("V", GanValue.value(p, p, star), -Math.log(4), Tolerance.IDENTITY);
                })));
    }

    private static Claim nonSaturating() {
        return new Claim("M16", "gan-nonsaturating",
                "\\partial_a\\log(1-\\sigma(a))=-\\sigma(a)\\to0,\\quad \\partial_a[-\\log\\sigma(a)]=-(1-\\sigma(a))\\to-1\\ (a\\to-\\infty)",
                "io.verideck.numeric.gan.GeneratorLoss", Set.of("gan", "gradient"), List.of(
                forAll("both derivatives match central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray a = t.draw("a", TensorGen.dense(-10, 10, n));
                    for (GeneratorLoss loss : GeneratorLoss.values()) {
                        t.gradient(loss.name(), CHECK, Differentiable.scalar(ParameterLayout.of("a", a),
                                s -> loss.elementwise(s).sum(1), loss::derivative), a);
                    }
                }),
                once("at a = -10 the saturating gradient is below 5e-5 and the non-saturating one above 0.9999", t -> {
                    INDArray a = Nd4j.createFromArray(-10.0);
                    double sat = Math.abs(GeneratorLoss.SATURATING.derivative(a).getDouble(0));
                    double non = Math.abs(GeneratorLoss.NON_SATURATING.derivative(a).getDouble(0));
                    t.record(sat, 1 / (1 + Math.exp(10)));
                    t.require(sat < 5e-5, "saturating |grad| " + sat);
                    t.require(non > 0.9999, "non-saturating |grad| " + non);
                }),
                forAll("same fixed point: at p_g = p_data, D* = 1/2 and both generator gradients vanish; elsewhere neither does", t -> {
                    int k = t.draw("K", Gen.integers(2, 8));
                    INDArray pd = t.draw("p_data", TensorGen.probabilityVector(k, 0.2));
                    INDArray theta = t.draw("theta_g", TensorGen.dense(-1, 1, k));
                    INDArray atData = Transforms.log(pd, true);
                    INDArray half = logit(GanValue.optimalDiscriminator(pd, pd));
                    INDArray pg = Transforms.softmax(theta.reshape(1, k), true).reshape(k);
                    INDArray a = logit(GanValue.optimalDiscriminator(pd, pg));
                    double jsd = JensenShannon.divergence(pd, pg);
                    for (GeneratorLoss loss : GeneratorLoss.values()) {
                        t.gradient(loss + " dL/dtheta", CHECK, Differentiable.scalar(ParameterLayout.of("theta", theta),
                                s -> loss.expectedStacked(s, a), v -> loss.generatorGradient(v, a)), theta);
                        t.close(loss + " gradient at p_g = p_data", loss.generatorGradient(atData, half), Nd4j.zeros(k), new Tolerance(1e-15, 0));
                        INDArray g = loss.generatorGradient(theta, a);
                        if (jsd > 1e-4) {
                            t.require(g.norm2Number().doubleValue() > 1e-6, loss + " gradient vanishes away from p_data: " + g);
                            double step = 1e-5;
                            double ahead = JensenShannon.divergence(pd, softmaxOf(theta.sub(g.mul(step))));
                            double behind = JensenShannon.divergence(pd, softmaxOf(theta.add(g.mul(step))));
                            t.require(ahead < behind, loss + " descent direction does not reduce the JSD");
                        }
                    }
                }),
                once("both losses are finite at |a| = 1000", t -> {
                    INDArray a = Nd4j.createFromArray(-1000.0, 1000.0);
                    for (GeneratorLoss loss : GeneratorLoss.values()) {
                        INDArray v = loss.elementwise(a);
                        t.require(!v.isNaN().any() && !v.isInfinite().any(), loss + " not finite: " + v);
                    }
                })));
    }

    private static INDArray logit(INDArray d) {
        return Transforms.log(d.div(d.rsub(1.0)), false);
    }

    private static INDArray softmaxOf(INDArray theta) {
        return Transforms.softmax(theta.reshape(1, theta.length()), true).reshape(theta.length());
    }
}
