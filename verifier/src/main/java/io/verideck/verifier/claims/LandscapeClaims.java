package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.optim.CriticalPoints;
import io.verideck.numeric.optim.GradientDescent;
import io.verideck.numeric.optim.LogisticSurrogate;
import io.verideck.numeric.optim.MatrixPowers;
import io.verideck.numeric.optim.Quadratic;
import io.verideck.numeric.optim.RandomProduct;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** J14 to J17: saddle points, matrix powers, products of random weights, the surrogate loss. */
final class LandscapeClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private LandscapeClaims() {
    }

    static List<Claim> claims() {
        return List.of(saddles(), spectralRadius(), randomProduct(), surrogate());
    }

    private static double[] sortedEigenvalues(INDArray symmetric) {
        double[] l = Eigen.symmetricGeneralizedEigenvalues(symmetric.dup(), true).toDoubleVector();
        Arrays.sort(l);
        return l;
    }

    private static Claim saddles() {
        return new Claim("J14", "saddle-points",
                "f(x,y)=x^2-y^2:\\ \\nabla^2f=\\operatorname{diag}(2,-2)",
                "io.verideck.numeric.optim.Quadratic, CriticalPoints", Set.of("optimization"), List.of(
                once("f(x, y) = x^2 - y^2 has Hessian eigenvalues {2, -2} (Eigen and central differences of the gradient)", t -> {
                    Quadratic f = Quadratic.diagonal(2, -2);
                    t.close("eigenvalues", Nd4j.createFromArray(sortedEigenvalues(f.a())), Nd4j.createFromArray(-2.0, 2.0), Tolerance.IDENTITY);
                    INDArray p = Nd4j.createFromArray(new double[][] {{0.3}, {-0.7}});
                    double h = 1e-5;
                    INDArray hessian = Nd4j.zeros(2, 2);
                    for (int j = 0; j < 2; j++) {
                        INDArray e = Nd4j.zeros(2, 1);
                        e.putScalar(j, 0, h);
                        hessian.putColumn(j, f.gradient(p.add(e)).sub(f.gradient(p.sub(e))).divi(2 * h));
                    }
                    t.close("finite-difference Hessian", hessian, Nd4j.createFromArray(new double[][] {{2, 0}, {0, -2}}), new Tolerance(1e-8, 0));
                    t.close("f(x, y) = x^2 - y^2", f.value(p), 0.09 - 0.49, Tolerance.IDENTITY);
                }),
                once("GD from (1, 1e-6) escapes the saddle along the negative-curvature direction", t -> {
                    Quadratic f = Quadratic.diagonal(2, -2);
                    INDArray x = f.gradientDescent(Nd4j.createFromArray(new double[][] {{1}, {1e-6}}), 0.1, 100);
                    // each step multiplies x by 0.8 and y by 1.2
                    t.close("y after 100 steps", x.getDouble(1, 0), 1e-6 * Math.pow(1.2, 100), new Tolerance(0, 1e-10));
                    t.require(Math.abs(x.getDouble(1, 0)) > 1, "|y| did not grow past 1: " + x.getDouble(1, 0));
                    t.require(Math.abs(x.getDouble(0, 0)) < 1e-9, "x did not shrink: " + x.getDouble(0, 0));
                }),
                forAll("the Newton step jumps from any point exactly to the stationary point, saddle or not", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray eig = t.draw("eigenvalues", TensorGen.awayFrom(-3, 3, new double[] {0}, 0.3, n));
                    INDArray p = t.draw("P", TensorGen.wellConditioned(n));
                    // P diag(e) P^T: symmetric, with the inertia of e (Sylvester), so a saddle when e has both signs
                    INDArray hess = p.mmul(Nd4j.diag(eig)).mmul(p.transpose());
                    Quadratic q = new Quadratic(hess, t.draw("b", TensorGen.dense(-2, 2, n, 1)));
                    INDArray from = t.draw("x", TensorGen.dense(-5, 5, n, 1));
                    t.close("Newton step", q.newtonStep(from), q.stationaryPoint(), new Tolerance(1e-9, 1e-9));
                    INDArray xy = t.draw("(x, y)", TensorGen.dense(-5, 5, 2, 1));
                    t.close("Newton step on x^2 - y^2 lands on the saddle", Quadratic.diagonal(2, -2).newtonStep(xy), Nd4j.zeros(2, 1),
                            new Tolerance(1e-12, 0));
                }),
                once("ST: the fraction of GOE matrices with all eigenvalues positive drops fast with n (n = 1..8)", t -> {
                    int samples = 20_000;
                    double[] fraction = new double[9];
                    for (int n = 1; n <= 8; n++) {
                        fraction[n] = CriticalPoints.fractionPositiveDefinite(SeededArrays.normal(t.seed() + n, samples, (long) n * n), n);
                    }
                    double se = Math.sqrt(0.25 / samples);
                    t.close("n = 1: P(h > 0)", fraction[1], 0.5, new Tolerance(5 * se, 0));
                    for (int n = 2; n <= 8; n++) {
                        if (fraction[n - 1] * samples >= 50) {
                            // enough positive-definite draws at n - 1 for a 5-SE comparison of the two fractions
                            double seDiff = Math.sqrt((fraction[n - 1] * (1 - fraction[n - 1]) + fraction[n] * (1 - fraction[n])) / samples);
                            t.require(fraction[n] < fraction[n - 1] - 5 * seDiff, "fraction did not drop at n = " + n + ": " + Arrays.toString(fraction));
                        } else {
                            t.require(fraction[n] < 1e-3, "fraction at n = " + n + " is not below 1e-3: " + Arrays.toString(fraction));
                        }
                    }
                    t.require(fraction[2] < 0.25 && fraction[4] < 0.01 && fraction[8] < 1e-3,
                            "not a rapid decrease: " + Arrays.toString(fraction));
                    // oracle: Cholesky's verdict equals the sign of the smallest eigenvalue (ND4J) on 50 matrices of size 4
                    INDArray a = SeededArrays.normal(t.seed() + 99, 50, 16);
                    for (int s = 0; s < 50; s++) {
                        INDArray m = a.getRow(s).reshape(4, 4);
                        INDArray h = m.add(m.transpose()).muli(0.5);
                        boolean chol = CriticalPoints.positiveDefinite(h.dup('c').reshape(16).toDoubleVector(), 4);
                        t.require(chol == (sortedEigenvalues(h)[0] > 0), "Cholesky and Eigen disagree on matrix " + s);
                    }
                    t.record(fraction[8], 0);
                })));
    }

    private static Claim spectralRadius() {
        return new Claim("J15", "spectral-radius-powers",
                "\\rho(W)=\\max_i|\\lambda_i|,\\quad \\|W^t\\|^{1/t}\\to\\rho(W)",
                "io.verideck.numeric.optim.MatrixPowers", Set.of("optimization", "rnn"), List.of(
                forAll("W with rho = 0.9 / 1.1: |W^t| decays / grows and |W^200|^(1/200) is rho within 5 %", 3, t -> {
                    int n = t.draw("n", Gen.integers(2, 5));
                    INDArray p = t.draw("P", TensorGen.wellConditioned(n));
                    double[] lambda = t.draw("eigenvalues", TensorGen.dense(-1, 1, n)).toDoubleVector();
                    int top = t.draw("dominant index", Gen.integers(0, n - 1));
                    for (double rho : new double[] {0.9, 1.1}) {
                        double[] l = lambda.clone();
                        for (int i = 0; i < n; i++) {
                            l[i] *= 0.95 * rho;
                        }
                        l[top] = t.draw("sign of the dominant eigenvalue", Gen.oneOf(-1.0, 1.0)) * rho;
                        INDArray w = MatrixPowers.withEigenvalues(p, l);
                        t.close("spectral radius", MatrixPowers.spectralRadius(l), rho, Tolerance.IDENTITY);
                        double[] norms = MatrixPowers.frobeniusNorms(w, 200);
                        t.close("|W^200|^(1/200)", Math.pow(norms[199], 1.0 / 200), rho, new Tolerance(0, 0.05));
                        if (rho < 1) {
                            t.require(norms[199] < 1e-6 * norms[0], "|W^t| did not decay: " + norms[199]);
                        } else {
                            t.require(norms[199] > 1e6 * norms[0], "|W^t| did not grow: " + norms[199]);
                        }
                    }
                }),
                once("Z-41: eigenvalues {-3, 2}: the largest eigenvalue is 2 but rho = 3, and W^t grows at rate 3", t -> {
                    INDArray p = Nd4j.createFromArray(new double[][] {{1, 0.5}, {0.2, 1}});
                    INDArray w = MatrixPowers.withEigenvalues(p, -3, 2);
                    t.close("largest eigenvalue", MatrixPowers.largestEigenvalue(-3, 2), 2, Tolerance.IDENTITY);
                    t.close("spectral radius", MatrixPowers.spectralRadius(-3, 2), 3, Tolerance.IDENTITY);
                    double[] norms = MatrixPowers.frobeniusNorms(w, 40);
                    t.close("|W^40| / |W^39|", norms[39] / norms[38], 3, new Tolerance(0, 1e-6));
                    t.require(Math.pow(norms[39], 1.0 / 40) > 2.5, "growth rate is not 3");
                }),
                once("non-normal W with rho = 0.9 < 1 < |W|: |W^t| first grows, then decays", t -> {
                    INDArray w = Nd4j.createFromArray(new double[][] {{0.9, 2}, {0, 0.9}});
                    double[] norms = MatrixPowers.frobeniusNorms(w, 300);
                    t.close("spectral radius (triangular)", MatrixPowers.spectralRadius(0.9, 0.9), 0.9, Tolerance.IDENTITY);
                    t.require(norms[0] > 1, "|W| = " + norms[0]);
                    int peak = 0;
                    for (int k = 1; k < norms.length; k++) {
                        if (norms[k] > norms[peak]) {
                            peak = k;
                        }
                    }
                    // W^t = [[0.9^t, 2 t 0.9^(t-1)], [0, 0.9^t]]: the off-diagonal t 0.9^(t-1) peaks at t = 9 or 10
                    t.require(peak >= 5 && peak <= 12 && norms[peak] > 2 * norms[0], "no transient growth: peak " + norms[peak] + " at t = " + (peak + 1));
                    t.require(norms[299] < 1e-9, "|W^300| = " + norms[299] + " did not decay");
                    t.close("|W^10| closed form", norms[9], Math.sqrt(2 * Math.pow(0.9, 20) + Math.pow(20 * Math.pow(0.9, 9), 2)), new Tolerance(0, 1e-12));
                })));
    }

    private static Claim randomProduct() {
        return new Claim("J16", "random-product-variance",
                "\\operatorname{Var}\\prod_{t=1}^nw^{(t)}=\\nu^n",
                "io.verideck.numeric.optim.RandomProduct", Set.of("optimization", "rnn", "statistical"), List.of(
                once("ST (n = 5, nu = 2, 2e5 samples): Var of the product is 32 within 5 SE, and E log(prod^2) = n (ln nu + psi(1/2) + ln 2)", t -> {
                    int n = 5;
                    double nu = 2;
                    int samples = 200_000;
                    INDArray w = SeededArrays.normal(t.seed(), samples, n).muli(Math.sqrt(nu));
                    INDArray p = RandomProduct.products(w);
                    double var = p.mul(p).meanNumber().doubleValue();
                    double fourth = Math.pow(3 * nu * nu, n);
                    double se = Math.sqrt((fourth - Math.pow(nu, 2 * n)) / samples);
                    t.close("E[prod^2]", var, RandomProduct.variance(nu, n), new Tolerance(5 * se, 0));
                    double meanLog = Transforms.log(p.mul(p), false).meanNumber().doubleValue();
                    double psiHalfPlusLn2 = -1.2703628454614782;
                    double seLog = Math.sqrt(n * Math.PI * Math.PI / 2 / samples);
                    t.close("E log(prod^2)", meanLog, n * (Math.log(nu) + psiHalfPlusLn2), new Tolerance(5 * seLog, 0));
                }),
                forAll("+-sqrt(nu) weights: prod^2 = nu^n exactly, and nu = (nu*)^(1/n) gives nu*", t -> {
                    int n = t.draw("n", Gen.integers(1, 12));
                    double nu = t.draw("nu", Gen.doubles(0.1, 3));
                    INDArray signs = Transforms.sign(t.draw("signs", TensorGen.dense(-1, 1, 4, n).filter(a -> a.amin().getDouble(0) > 1e-3)), false);
                    INDArray p = RandomProduct.products(signs.mul(Math.sqrt(nu)));
                    t.close("prod^2", p.mul(p), Nd4j.ones(4).muli(RandomProduct.variance(nu, n)), new Tolerance(0, 1e-12));
                    double target = t.draw("nu*", Gen.doubles(0.1, 10));
                    double factor = RandomProduct.factorVariance(target, n);
                    INDArray q = RandomProduct.products(signs.mul(Math.sqrt(factor)));
                    t.close("prod^2 with nu = (nu*)^(1/n)", q.mul(q), Nd4j.ones(4).muli(target), new Tolerance(0, 1e-12));
                })));
    }

    private static Claim surrogate() {
        return new Claim("J17", "surrogate-loss-margin",
                "\\log(1+e^{-y\\,w^Tx})\\ge\\log2\\cdot\\mathbb 1[y\\,w^Tx\\le0]",
                "io.verideck.numeric.optim.LogisticSurrogate", Set.of("optimization", "loss"), List.of(
                forAll("the NLL gradient matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 10));
                    int d = t.draw("d", Gen.integers(1, 4));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, n, d));
                    INDArray y = Transforms.sign(t.draw("y", TensorGen.dense(-1, 1, n, 1).filter(a -> a.amin().getDouble(0) > 1e-3)), false);
                    INDArray w = t.draw("w", TensorGen.dense(-2, 2, d, 1));
                    t.gradient("grad NLL", CHECK, Differentiable.scalar(ParameterLayout.of("w", w.reshape(d)),
                            s -> LogisticSurrogate.nllStacked(x, y, s), v -> LogisticSurrogate.gradient(x, y, v.reshape(d, 1)).reshape(d)), w);
                }),
                once("separable data: 0-1 loss hits 0 at t0, after which the NLL keeps decreasing, the margin grows, and |grad| > 1e-3 at t0", t -> {
                    int half = 20;
                    INDArray noise = SeededArrays.normal(t.seed(), 2 * half, 2).muli(0.3);
                    INDArray x = Nd4j.vstack(noise.getRows(java.util.stream.IntStream.range(0, half).toArray()).addi(2),
                            noise.getRows(java.util.stream.IntStream.range(half, 2 * half).toArray()).subi(2));
                    INDArray y = Nd4j.vstack(Nd4j.ones(half, 1), Nd4j.ones(half, 1).negi());
                    INDArray w = Nd4j.createFromArray(new double[][] {{1}, {-1.2}});
                    double eps = 0.5;
                    int t0 = -1;
                    double previousNll = Double.POSITIVE_INFINITY;
                    double gradAtStop = 0;
                    double marginAtStop = 0;
                    int steps = 150;
                    for (int k = 0; k < steps; k++) {
                        double nll = LogisticSurrogate.nll(x, y, w);
                        if (t0 >= 0) {
                            t.require(nll < previousNll, "NLL rose at step " + k + " after t0 = " + t0);
                        } else if (LogisticSurrogate.zeroOneLoss(x, y, w) == 0) {
                            t0 = k;
                            gradAtStop = LogisticSurrogate.gradient(x, y, w).norm2Number().doubleValue();
                            marginAtStop = LogisticSurrogate.normalizedMargin(x, y, w);
                        }
                        previousNll = nll;
                        w = GradientDescent.step(w, LogisticSurrogate.gradient(x, y, w), eps);
                    }
                    t.require(t0 > 0 && t0 < steps / 3, "0-1 loss reached 0 at t0 = " + t0);
                    t.record(gradAtStop, 0);
                    t.require(gradAtStop > 1e-3, "|grad NLL| at t0 = " + gradAtStop + " (already converged)");
                    double marginEnd = LogisticSurrogate.normalizedMargin(x, y, w);
                    t.require(marginEnd > marginAtStop, "normalized margin " + marginEnd + " did not grow from " + marginAtStop);
                    t.require(LogisticSurrogate.gradient(x, y, w).norm2Number().doubleValue() < gradAtStop,
                            "the gradient did not shrink after t0");
                }),
                forAll("pointwise log(1 + e^-m) >= log(2) 1[m <= 0], with equality at m = 0", t -> {
                    INDArray m = t.draw("margins", TensorGen.dense(-30, 30, 64));
                    INDArray loss = LogisticSurrogate.logisticLoss(m);
                    INDArray zeroOne = m.lte(0).castTo(m.dataType()).muli(Math.log(2));
                    t.require(loss.sub(zeroOne).minNumber().doubleValue() >= -1e-15, "the surrogate is below log 2 times the 0-1 loss");
                    t.close("at m = 0", LogisticSurrogate.logisticLoss(Nd4j.zeros(1)).getDouble(0), Math.log(2), Tolerance.IDENTITY);
                    t.close("stable form", loss, Transforms.log(Transforms.exp(m.neg(), false).addi(1), false), new Tolerance(1e-13, 1e-12));
                })));
    }
}
