package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linalg.CharacteristicPolynomial;
import io.verideck.numeric.linalg.Eigendecomposition;
import io.verideck.numeric.linalg.HouseholderQr;
import io.verideck.numeric.linalg.Norms;
import io.verideck.numeric.linalg.PolynomialRoots;
import io.verideck.numeric.linalg.QuadraticDescent;
import io.verideck.numeric.linalg.QuadraticForm;
import io.verideck.numeric.linalg.SymmetricEigen;
import io.verideck.numeric.linalg.VectorAngle;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/** A7 to A10: eigenvalues, eigendecomposition and powers, definiteness, conditioning and descent speed. */
final class EigenClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private EigenClaims() {
    }

    static List<Claim> claims() {
        return List.of(eigenExample(), eigendecomposition(), definiteness(), conditionNumber());
    }

    private static INDArray example() {
        return Nd4j.createFromArray(new double[][] {{2, 1}, {1, 2}});
    }

    private static Claim eigenExample() {
        return new Claim("A7", "la-eigen-example",
                "A=\\begin{bmatrix}2&1\\\\1&2\\end{bmatrix}:\\ \\det(A-\\lambda I)=\\lambda^2-4\\lambda+3,\\ \\lambda\\in\\{1,3\\},\\ v_1\\propto(1,-1),\\ v_3\\propto(1,1)",
                "io.verideck.numeric.linalg.SymmetricEigen", Set.of("linear-algebra", "eigen"), List.of(
                once("characteristic polynomial coefficients are (1, -tr A, det A) = (1, -4, 3); its roots are 1 and 3", t -> {
                    double[] c = CharacteristicPolynomial.coefficients(example());
                    t.close("coefficients", Nd4j.createFromArray(c), Nd4j.createFromArray(1.0, -4.0, 3.0), new Tolerance(1e-15, 0));
                    PolynomialRoots roots = PolynomialRoots.of(c);
                    double[] re = roots.re().clone();
                    Arrays.sort(re);
                    t.close("roots", Nd4j.createFromArray(re), Nd4j.createFromArray(1.0, 3.0), new Tolerance(1e-12, 0));
                    t.close("imaginary parts", Nd4j.createFromArray(roots.im()), Nd4j.zeros(2), new Tolerance(1e-12, 0));
                }),
                once("the Jacobi solver and ND4J's symmetric solver return {1, 3}; eigenvectors are parallel to (1,-1) and (1,1)", t -> {
                    SymmetricEigen e = SymmetricEigen.of(example());
                    t.close("eigenvalues", e.values(), Nd4j.createFromArray(1.0, 3.0), new Tolerance(1e-14, 0));
                    INDArray nd4j = Eigen.symmetricGeneralizedEigenvalues(example().dup(), true);
                    t.close("ND4J eigenvalues", nd4j, Nd4j.createFromArray(1.0, 3.0), new Tolerance(1e-12, 0));
                    t.close("|cos(v_1, (1,-1))|", Math.abs(VectorAngle.cosine(e.vectors().getColumn(0).dup(),
                            Nd4j.createFromArray(1.0, -1.0))), 1, new Tolerance(1e-14, 0));
                    t.close("|cos(v_3, (1,1))|", Math.abs(VectorAngle.cosine(e.vectors().getColumn(1).dup(),
                            Nd4j.createFromArray(1.0, 1.0))), 1, new Tolerance(1e-14, 0));
                    Eigendecomposition general = Eigendecomposition.of(example());
                    t.close("general solver eigenvalues", general.values(), Nd4j.createFromArray(1.0, 3.0), new Tolerance(1e-12, 0));
                }),
                forAll("A v = lambda v, and s v is still an eigenvector for any s != 0", t -> {
                    double s = t.draw("s", Gen.doubles(-10, 10).filter(v -> Math.abs(v) > 1e-3));
                    SymmetricEigen e = SymmetricEigen.of(example());
                    for (int i = 0; i < 2; i++) {
                        INDArray v = e.vectors().getColumn(i).dup().reshape(2, 1).muli(s);
                        double lambda = e.values().getDouble(i);
                        t.close("A (s v) = lambda (s v), lambda " + lambda, example().mmul(v), v.mul(lambda), Tolerance.IDENTITY);
                    }
                })));
    }

    /** A diagonalizable matrix {@code S diag(lambda) S^{-1}} with real eigenvalues at least 0.2 apart. */
    private static INDArray[] diagonalizable(Trial t, int n, double bound) {
        INDArray lambda = t.draw("lambda", TensorGen.dense(-bound, bound, n).filter(v -> minGap(v) >= 0.2));
        INDArray s = t.draw("S", TensorGen.wellConditioned(n));
        INDArray a = s.mmul(Nd4j.diag(lambda)).mmul(InvertMatrix.invert(s, false));
        return new INDArray[] {a, lambda};
    }

    private static double minGap(INDArray v) {
        double[] x = v.toDoubleVector();
        Arrays.sort(x);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < x.length; i++) {
            gap = Math.min(gap, x[i] - x[i - 1]);
        }
        return gap;
    }

    private static Claim eigendecomposition() {
        return new Claim("A8", "la-eigendecomposition",
                "A=V\\operatorname{diag}(\\lambda)V^{-1},\\quad A=Q\\Lambda Q^T\\ (A=A^T),\\quad W^t=V\\operatorname{diag}(\\lambda)^tV^{-1}",
                "io.verideck.numeric.linalg.Eigendecomposition", Set.of("linear-algebra", "eigen"), List.of(
                forAll("||A - V Lambda V^{-1}|| <= 1e-9 ||A|| and the eigenvalues are the ones A was built from", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray[] built = diagonalizable(t, n, 2);
                    Eigendecomposition e = Eigendecomposition.of(built[0]);
                    double error = Norms.frobenius(built[0].sub(e.reconstruct()));
                    t.record(error, 0);
                    t.require(error <= 1e-9 * Norms.frobenius(built[0]), "||A - V L V^-1|| = " + error);
                    double[] expected = built[1].toDoubleVector();
                    Arrays.sort(expected);
                    t.close("eigenvalues", e.values(), Nd4j.createFromArray(expected), new Tolerance(1e-9, 1e-9));
                }),
                forAll("symmetric A: Q^T Q = I, eigenvalues real (char. polynomial roots), A = Q Lambda Q^T, ND4J agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray m = t.draw("M", TensorGen.dense(-2, 2, n, n));
                    INDArray a = m.add(m.transpose());
                    SymmetricEigen e = SymmetricEigen.of(a);
                    t.close("Q^T Q", e.vectors().transpose().mmul(e.vectors()), Nd4j.eye(n), new Tolerance(1e-13, 0));
                    t.close("Q L Q^T", e.reconstruct(), a, new Tolerance(1e-12, 1e-12));
                    PolynomialRoots roots = PolynomialRoots.of(CharacteristicPolynomial.coefficients(a));
                    double scale = Math.max(1, Norms.frobenius(a));
                    for (double im : roots.im()) {
                        t.close("Im lambda / ||A||", im / scale, 0, new Tolerance(1e-6, 0));
                    }
                    INDArray nd4j = Eigen.symmetricGeneralizedEigenvalues(a.dup(), true);
                    double[] sorted = nd4j.toDoubleVector();
                    Arrays.sort(sorted);
                    t.close("ND4J eigenvalues", e.values(), Nd4j.createFromArray(sorted), new Tolerance(1e-11, 1e-11));
                }),
                forAll("W^t by repeated mmul equals V Lambda^t V^{-1} for t <= 20 (relative 1e-8)", 5, t -> {
                    int n = t.draw("n", Gen.integers(1, 4));
                    INDArray[] built = diagonalizable(t, n, 1.2);
                    Eigendecomposition e = Eigendecomposition.of(built[0]);
                    INDArray power = Nd4j.eye(n).castTo(built[0].dataType());
                    for (int step = 1; step <= 20; step++) {
                        power = power.mmul(built[0]);
                        INDArray viaEigen = e.power(step);
                        double rel = Norms.frobenius(power.sub(viaEigen)) / Math.max(1e-300, Norms.frobenius(power));
                        t.record(rel, 0);
                        t.require(rel <= 1e-8, "t = " + step + ": relative error " + rel);
                    }
                })));
    }

    private static Claim definiteness() {
        return new Claim("A9", "la-definiteness",
                "A=A^T:\\ \\lambda_i\\ge0\\ \\forall i\\iff x^TAx\\ge0\\ \\forall x,\\quad \\nabla_x x^TAx=(A+A^T)x",
                "io.verideck.numeric.linalg.QuadraticForm", Set.of("linear-algebra", "eigen", "gradient"), List.of(
                forAll("B^T B is PSD: min eigenvalue >= -1e-12 scale and x^T B^T B x >= 0 at 1000 random x", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray b = t.draw("B", TensorGen.dense(-2, 2, m, n));
                    INDArray a = b.transpose().mmul(b);
                    double scale = Math.max(1, Norms.frobenius(a));
                    double min = SymmetricEigen.of(a).values().minNumber().doubleValue();
                    t.require(min >= -1e-12 * scale, "min eigenvalue " + min);
                    INDArray xs = t.draw("x (1000 rows)", TensorGen.gaussian(0, 1, 1000, n));
                    double q = QuadraticForm.valueStacked(a, xs).minNumber().doubleValue();
                    t.require(q >= -1e-12 * scale, "x^T B^T B x = " + q + " < 0");
                    QuadraticForm.Definiteness kind = QuadraticForm.classify(a, 1e-10 * scale);
                    t.require(kind == QuadraticForm.Definiteness.POSITIVE_SEMIDEFINITE
                            || kind == QuadraticForm.Definiteness.POSITIVE_DEFINITE, "classified " + kind);
                    if (m < n) {
                        t.require(kind == QuadraticForm.Definiteness.POSITIVE_SEMIDEFINITE, "rank-deficient B^T B classified " + kind);
                    }
                }),
                forAll("B^T B + eps I is PD: every eigenvalue >= eps", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray b = t.draw("B", TensorGen.dense(-2, 2, m, n));
                    double eps = t.draw("eps", Gen.doubles(1e-3, 1));
                    INDArray a = b.transpose().mmul(b).addi(Nd4j.eye(n).castTo(b.dataType()).muli(eps));
                    double min = SymmetricEigen.of(a).values().minNumber().doubleValue();
                    t.require(min >= eps * (1 - 1e-9), "min eigenvalue " + min + " < eps " + eps);
                    t.require(QuadraticForm.classify(a, 1e-12) == QuadraticForm.Definiteness.POSITIVE_DEFINITE, "not classified PD");
                }),
                forAll("one negative eigenvalue: its eigenvector x has x^T A x < 0", t -> {
                    int n = t.draw("n", Gen.integers(2, 6));
                    INDArray q = HouseholderQr.of(t.draw("M", TensorGen.dense(-1, 1, n, n))).q();
                    INDArray lambda = t.draw("lambda", TensorGen.dense(0.1, 3, n));
                    lambda.putScalar(0, -t.draw("|negative|", Gen.doubles(0.1, 3)));
                    INDArray a = q.mmul(Nd4j.diag(lambda)).mmul(q.transpose());
                    SymmetricEigen e = SymmetricEigen.of(a);
                    INDArray witness = e.vectors().getColumn(0).dup();
                    double value = QuadraticForm.value(a, witness);
                    t.require(value < 0, "x^T A x = " + value);
                    t.close("x^T A x = lambda_min", value, lambda.getDouble(0), new Tolerance(1e-12, 1e-12));
                    t.require(QuadraticForm.classify(a, 1e-12) == QuadraticForm.Definiteness.INDEFINITE, "not classified indefinite");
                }),
                forAll("grad x^T A x = (A + A^T) x matches central differences", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n));
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    t.gradient("grad x^T A x", CHECK, Differentiable.scalar(layout, s -> QuadraticForm.valueStacked(a, s),
                            v -> QuadraticForm.gradient(a, v)), x);
                })));
    }

    private static Claim conditionNumber() {
        return new Claim("A10", "la-condition-number",
                "\\kappa(H)=\\frac{\\max_i|\\lambda_i|}{\\min_j|\\lambda_j|},\\quad \\|x_{t+1}\\|\\le\\frac{\\kappa-1}{\\kappa+1}\\|x_t\\|\\ \\text{for GD with step }\\frac{2}{\\lambda_{\\max}+\\lambda_{\\min}}",
                "io.verideck.numeric.linalg.QuadraticDescent", Set.of("linear-algebra", "optimization"), List.of(
                forAll("kappa(cI) = 1 and kappa(H) >= 1 for SPD H", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    double c = t.draw("c", Gen.doubles(0.01, 100));
                    t.close("kappa(cI)", QuadraticDescent.conditionNumber(Nd4j.eye(n).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).muli(c)), 1,
                            new Tolerance(1e-14, 0));
                    INDArray h = t.draw("H", TensorGen.spd(n));
                    t.require(QuadraticDescent.conditionNumber(h) >= 1, "kappa < 1");
                }),
                forAll("on H = diag(1, kappa) each step contracts the error by (kappa - 1)/(kappa + 1)", t -> {
                    double kappa = t.draw("kappa", Gen.doubles(1.5, 1000));
                    double[] x0 = {t.draw("x1", Gen.doubles(-5, 5)), t.draw("x2", Gen.doubles(-5, 5))};
                    if (QuadraticDescent.norm(x0) < 1e-3) {
                        throw new io.verideck.verifier.gen.Discard("start too close to the minimum");
                    }
                    QuadraticDescent gd = new QuadraticDescent(new double[][] {{1, 0}, {0, kappa}}, 2 / (1 + kappa), 0);
                    double rho = (kappa - 1) / (kappa + 1);
                    double[] x = x0;
                    for (int step = 1; step <= 5; step++) {
                        double[] next = gd.run(x, 1);
                        t.close("contraction at step " + step, QuadraticDescent.norm(next) / QuadraticDescent.norm(x), rho,
                                new Tolerance(1e-12, 1e-9));
                        x = next;
                    }
                }),
                once("iterations to reach 1e-6 grow monotonically with kappa", t -> {
                    int previous = 0;
                    for (double kappa : new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
                        QuadraticDescent gd = new QuadraticDescent(new double[][] {{1, 0}, {0, kappa}}, 2 / (1 + kappa), 0);
                        int steps = gd.stepsToReach(new double[] {1, 1}, 1e-6, 100_000);
                        t.require(steps >= previous && steps > 0 || kappa == 1, "kappa " + kappa + " took " + steps + " < " + previous);
                        t.require(kappa == 1 || steps > previous, "kappa " + kappa + " did not need more steps than the smaller kappa");
                        previous = steps;
                    }
                }),
                once("kappa = 100, same rate 0.01: momentum 0.9 needs fewer iterations than plain GD", t -> {
                    double[][] h = {{1, 0}, {0, 100}};
                    int plain = new QuadraticDescent(h, 0.01, 0).stepsToReach(new double[] {1, 1}, 1e-6, 100_000);
                    int heavy = new QuadraticDescent(h, 0.01, 0.9).stepsToReach(new double[] {1, 1}, 1e-6, 100_000);
                    t.require(plain > 0 && heavy > 0, "did not converge: plain " + plain + ", momentum " + heavy);
                    t.require(heavy < plain, "momentum took " + heavy + " steps, plain GD " + plain);
                })));
    }
}
