package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linalg.CharacteristicPolynomial;
import io.verideck.numeric.linalg.Determinant;
import io.verideck.numeric.linalg.GaussianElimination;
import io.verideck.numeric.linalg.HouseholderQr;
import io.verideck.numeric.linalg.MatrixProduct;
import io.verideck.numeric.linalg.Norms;
import io.verideck.numeric.linalg.PolynomialRoots;
import io.verideck.numeric.linalg.RowOperation;
import io.verideck.numeric.linalg.SingularMatrixException;
import io.verideck.numeric.linalg.VectorAngle;
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
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/** A1 to A6: matrix product, determinant, linear solve, norms, dot-product angle, special matrices. */
final class LinearAlgebraClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private LinearAlgebraClaims() {
    }

    static List<Claim> claims() {
        return List.of(matmul(), determinant(), linearSolve(), norms(), dotAngle(), specialMatrices());
    }

    private static Claim matmul() {
        return new Claim("A1", "la-matmul-algebra",
                "C_{ij}=\\sum_k A_{ik}B_{kj},\\quad A(B+C)=AB+AC,\\quad A(BC)=(AB)C,\\quad (AB)^T=B^TA^T,\\quad AB\\ne BA",
                "io.verideck.numeric.linalg.MatrixProduct", Set.of("linear-algebra"), List.of(
                forAll("the triple loop equals ND4J's mmul", t -> {
                    int m = t.draw("m", Gen.integers(1, 7));
                    int k = t.draw("k", Gen.integers(1, 7));
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray a = t.draw("A", TensorGen.dense(-3, 3, m, k));
                    INDArray b = t.draw("B", TensorGen.dense(-3, 3, k, n));
                    t.close("C", MatrixProduct.tripleLoop(a, b), a.mmul(b), Tolerance.IDENTITY);
                }),
                forAll("distributive, associative, transpose rule, x^T y = y^T x", 10, t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int k = t.draw("k", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    int p = t.draw("p", Gen.integers(1, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, m, k));
                    INDArray b = t.draw("B", TensorGen.dense(-2, 2, k, n));
                    INDArray c = t.draw("C", TensorGen.dense(-2, 2, k, n));
                    INDArray d = t.draw("D", TensorGen.dense(-2, 2, n, p));
                    t.close("A(B+C) = AB + AC", MatrixProduct.tripleLoop(a, b.add(c)),
                            MatrixProduct.tripleLoop(a, b).add(MatrixProduct.tripleLoop(a, c)), Tolerance.IDENTITY);
                    t.close("A(BD) = (AB)D", MatrixProduct.tripleLoop(a, MatrixProduct.tripleLoop(b, d)),
                            MatrixProduct.tripleLoop(MatrixProduct.tripleLoop(a, b), d), Tolerance.IDENTITY);
                    t.close("(AB)^T = B^T A^T", MatrixProduct.tripleLoop(a, b).transpose(),
                            MatrixProduct.tripleLoop(b.transpose(), a.transpose()), Tolerance.IDENTITY);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, k, 1));
                    INDArray y = t.draw("y", TensorGen.dense(-2, 2, k, 1));
                    t.close("x^T y = y^T x", MatrixProduct.tripleLoop(x.transpose(), y).getDouble(0),
                            MatrixProduct.tripleLoop(y.transpose(), x).getDouble(0), Tolerance.IDENTITY);
                }),
                forAll("square pairs with ||AB - BA|| > 1e-3 are found: the product does not commute", t -> {
                    int n = t.draw("n", Gen.integers(2, 5));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    INDArray b = t.draw("B", TensorGen.dense(-2, 2, n, n));
                    double gap = Norms.frobenius(MatrixProduct.tripleLoop(a, b).sub(MatrixProduct.tripleLoop(b, a)));
                    t.require(gap > 1e-3, "AB = BA up to " + gap);
                })));
    }

    private static Claim determinant() {
        return new Claim("A2", "la-determinant",
                "\\det\\begin{bmatrix}a&b\\\\c&d\\end{bmatrix}=ad-bc,\\quad \\det A=\\prod_i\\lambda_i,\\quad \\det A=0\\iff\\text{rows dependent}",
                "io.verideck.numeric.linalg.Determinant", Set.of("linear-algebra"), List.of(
                forAll("2x2 formula, Sarrus, cofactor expansion, LU and ND4J's determinant agree", t -> {
                    INDArray a3 = t.draw("A (3x3)", TensorGen.dense(-3, 3, 3, 3));
                    double lu = Determinant.lu(a3);
                    Tolerance tol = new Tolerance(1e-11, 1e-10);
                    t.close("Sarrus vs cofactor", Determinant.sarrus(a3), Determinant.cofactor(a3), tol);
                    t.close("Sarrus vs LU", Determinant.sarrus(a3), lu, tol);
                    INDArray a2 = t.draw("A (2x2)", TensorGen.dense(-3, 3, 2, 2));
                    t.close("ad - bc vs LU", Determinant.twoByTwo(a2), Determinant.lu(a2), tol);
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    double scale = Math.max(1, Math.pow(Norms.frobenius(a), n));
                    t.close("cofactor vs LU (n x n)", Determinant.cofactor(a) / scale, Determinant.lu(a) / scale, new Tolerance(1e-13, 0));
                    t.close("LU vs ND4J matrixDeterminant", Determinant.lu(a) / scale,
                            Nd4j.linalg().matrixDeterminant(a).getDouble(0) / scale, new Tolerance(1e-12, 0));
                }),
                forAll("det A = product of the complex eigenvalues (imaginary part 0); trace = their sum", t -> {
                    int n = t.draw("n", Gen.integers(1, 5));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    PolynomialRoots roots = PolynomialRoots.of(CharacteristicPolynomial.coefficients(a));
                    double[] product = roots.product();
                    double scale = Math.max(1, Math.pow(Norms.frobenius(a), n));
                    t.close("Re prod lambda", product[0] / scale, Determinant.lu(a) / scale, new Tolerance(1e-9, 0));
                    t.close("Im prod lambda", product[1] / scale, 0, new Tolerance(1e-9, 0));
                    double sum = 0;
                    for (double re : roots.re()) {
                        sum += re;
                    }
                    t.close("sum lambda = tr A", sum, trace(a), new Tolerance(1e-8, 1e-8));
                }),
                forAll("a row that combines the others gives |det A| < 1e-9 ||A||^n", t -> {
                    int n = t.draw("n", Gen.integers(2, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    INDArray c = t.draw("c", TensorGen.dense(-2, 2, 1, n - 1));
                    int row = t.draw("row", Gen.integers(0, n - 1));
                    int[] others = java.util.stream.IntStream.range(0, n).filter(i -> i != row).toArray();
                    a.putRow(row, c.mmul(a.getRows(others)));
                    double bound = 1e-9 * Math.pow(Norms.frobenius(a), n);
                    t.require(Math.abs(Determinant.lu(a)) < bound, "|det| = " + Math.abs(Determinant.lu(a)) + " >= " + bound);
                    t.require(Math.abs(Determinant.cofactor(a)) < bound, "cofactor |det| = " + Math.abs(Determinant.cofactor(a)));
                })));
    }

    private static Claim linearSolve() {
        double[][] start = {{1, 3, -2, 5}, {3, 5, 6, 7}, {2, 4, 3, 8}};
        return new Claim("A3", "la-linear-solve",
                "A^{-1}A=I,\\quad x=A^{-1}b;\\quad x+3y-2z=5,\\ 3x+5y+6z=7,\\ 2x+4y+3z=8\\Rightarrow(-15,8,2)",
                "io.verideck.numeric.linalg.GaussianElimination", Set.of("linear-algebra"), List.of(
                once("Gaussian elimination returns (-15, 8, 2) on the worked example", t -> {
                    INDArray a = Nd4j.createFromArray(new double[][] {{1, 3, -2}, {3, 5, 6}, {2, 4, 3}});
                    INDArray x = GaussianElimination.solve(a, Nd4j.createFromArray(5.0, 7.0, 8.0));
                    t.close("(x, y, z)", x, Nd4j.createFromArray(-15.0, 8.0, 2.0), new Tolerance(1e-12, 0));
                }),
                once("the slide's row operations reproduce every printed augmented matrix", t -> {
                    double[][][] steps = GaussianElimination.trace(start,
                            new RowOperation(1, -3, 1, 0), new RowOperation(2, -2, 0, 1), new RowOperation(1, 0, -0.25, 0),
                            new RowOperation(2, 0, 2, 1), new RowOperation(1, 0, 1, 3), new RowOperation(0, 1, -3, 2));
                    double[][][] printed = {
                        {{1, 3, -2, 5}, {0, -4, 12, -8}, {2, 4, 3, 8}},
                        {{1, 3, -2, 5}, {0, -4, 12, -8}, {0, -2, 7, -2}},
                        {{1, 3, -2, 5}, {0, 1, -3, 2}, {0, -2, 7, -2}},
                        {{1, 3, -2, 5}, {0, 1, -3, 2}, {0, 0, 1, 2}},
                        {{1, 3, -2, 5}, {0, 1, 0, 8}, {0, 0, 1, 2}},
                        {{1, 0, 0, -15}, {0, 1, 0, 8}, {0, 0, 1, 2}}};
                    for (int s = 0; s < printed.length; s++) {
                        t.close("matrix after step " + (s + 1), Nd4j.createFromArray(steps[s + 1]), Nd4j.createFromArray(printed[s]),
                                new Tolerance(1e-15, 0));
                    }
                }),
                forAll("well-conditioned A: ||Ax - b|| <= 1e-10, A^{-1} A = I, ND4J's solve agrees", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray a = t.draw("A", TensorGen.wellConditioned(n).map(m -> m.muli(3)));
                    INDArray b = t.draw("b", TensorGen.dense(-5, 5, n));
                    INDArray x = GaussianElimination.solve(a, b);
                    double residual = a.mmul(x.reshape(n, 1)).reshape(n).sub(b).norm2Number().doubleValue();
                    t.record(residual, 0);
                    t.require(residual <= 1e-10, "||Ax - b|| = " + residual);
                    INDArray inv = GaussianElimination.inverse(a);
                    t.close("A^{-1} A", inv.mmul(a), Nd4j.eye(n), new Tolerance(1e-12, 0));
                    t.close("inverse vs ND4J InvertMatrix", inv, InvertMatrix.invert(a, false), new Tolerance(1e-12, 1e-10));
                    t.close("x vs ND4J linalg solve", x, Nd4j.linalg().solve(a, b.reshape(n, 1)).reshape(n), new Tolerance(1e-12, 1e-10));
                }),
                forAll("a duplicated row is reported as singular", t -> {
                    int n = t.draw("n", Gen.integers(2, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-2, 2, n, n));
                    int from = t.draw("from", Gen.integers(0, n - 1));
                    int to = (from + t.draw("offset", Gen.integers(1, n - 1))) % n;
                    a.putRow(to, a.getRow(from).dup());
                    boolean reported = false;
                    try {
                        GaussianElimination.solve(a, Nd4j.ones(n));
                    } catch (SingularMatrixException e) {
                        reported = true;
                    }
                    t.require(reported, "no singularity reported for a duplicated row");
                })));
    }

    private static Claim norms() {
        return new Claim("A4", "la-norms",
                "\\|x\\|_p=\\Big(\\sum_i|x_i|^p\\Big)^{1/p},\\ \\|x\\|_\\infty=\\max_i|x_i|,\\ \\|A\\|_F=\\sqrt{\\textstyle\\sum A_{ij}^2},\\ \\nabla\\|x\\|_2=\\frac{x}{\\|x\\|_2}",
                "io.verideck.numeric.linalg.Norms", Set.of("linear-algebra", "gradient"), List.of(
                forAll("triangle inequality, homogeneity and f(x) = 0 only at 0 for p in {1, 2, 3, inf}; ND4J norms agree", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-5, 5, n));
                    INDArray y = t.draw("y", TensorGen.dense(-5, 5, n));
                    double alpha = t.draw("alpha", Gen.doubles(-4, 4));
                    for (double p : new double[] {1, 2, 3}) {
                        checkNormAxioms(t, "p=" + p, v -> Norms.lp(v, p), x, y, alpha);
                    }
                    checkNormAxioms(t, "p=inf", Norms::max, x, y, alpha);
                    Tolerance tol = new Tolerance(1e-12, 1e-12);
                    t.close("L1 vs norm1", Norms.lp(x, 1), x.norm1Number().doubleValue(), tol);
                    t.close("L2 vs norm2", Norms.lp(x, 2), x.norm2Number().doubleValue(), tol);
                    t.close("max vs normmax", Norms.max(x), x.normmaxNumber().doubleValue(), tol);
                    t.close("||x||_2^2 = x^T x", Math.pow(Norms.lp(x, 2), 2), x.mul(x).sumNumber().doubleValue(), tol);
                }),
                forAll("||x||_inf <= ||x||_400 <= n^{1/400} ||x||_inf", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-5, 5, n));
                    double max = Norms.max(x);
                    double p400 = Norms.lp(x, 400);
                    t.require(max <= p400 * (1 + 1e-14) && p400 <= Math.pow(n, 1.0 / 400) * max * (1 + 1e-14),
                            "||x||_400 = " + p400 + " outside [" + max + ", n^(1/400) " + max + "]");
                }),
                forAll("||A||_F^2 = tr(A^T A) = sum of squared singular values", t -> {
                    int m = t.draw("m", Gen.integers(1, 6));
                    int n = t.draw("n", Gen.integers(1, 6));
                    INDArray a = t.draw("A", TensorGen.dense(-3, 3, m, n));
                    double f2 = Math.pow(Norms.frobenius(a), 2);
                    t.close("tr(A^T A)", f2, trace(a.transpose().mmul(a)), Tolerance.IDENTITY);
                    // sigma_i^2 are the eigenvalues of A^T A (Jacobi)
                    double eigenSum = io.verideck.numeric.linalg.SymmetricEigen.of(a.transpose().mmul(a)).values().sumNumber().doubleValue();
                    t.close("sum sigma^2 (eigenvalues of A^T A)", f2, eigenSum, new Tolerance(1e-10, 1e-10));
                    t.close("||A||_F vs ND4J norm2 of the entries", Norms.frobenius(a), a.norm2Number().doubleValue(), Tolerance.IDENTITY);
                }),
                forAll("gradients of ||x||_2, ||x||_1 and (1/2)||x||_2^2 match central differences away from 0", 10, t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.awayFrom(-5, 5, new double[] {0}, 1e-3, n)
                            .filter(v -> v.norm2Number().doubleValue() > 0.1));
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    t.gradient("grad ||x||_2", CHECK, Differentiable.scalar(layout, s -> Norms.lpStacked(s, 2), Norms::l2Gradient), x);
                    t.gradient("grad ||x||_1", CHECK, Differentiable.scalar(layout, s -> Norms.lpStacked(s, 1), Norms::l1Gradient), x);
                    t.gradient("grad ||x||^2/2", CHECK, Differentiable.scalar(layout, Norms::halfSquaredStacked, Norms::halfSquaredGradient), x);
                })));
    }

    private static double trace(INDArray a) {
        double s = 0;
        for (int i = 0; i < Math.min(a.rows(), a.columns()); i++) {
            s += a.getDouble(i, i);
        }
        return s;
    }

    private static void checkNormAxioms(io.verideck.verifier.property.Trial t, String label,
            java.util.function.ToDoubleFunction<INDArray> norm, INDArray x, INDArray y, double alpha) {
        double nx = norm.applyAsDouble(x);
        double ny = norm.applyAsDouble(y);
        double nxy = norm.applyAsDouble(x.add(y));
        t.require(nxy <= (nx + ny) * (1 + 1e-14), label + ": triangle inequality fails, " + nxy + " > " + nx + " + " + ny);
        t.close(label + ": homogeneity", norm.applyAsDouble(x.mul(alpha)), Math.abs(alpha) * nx, new Tolerance(1e-12, 1e-12));
        t.close(label + ": f(0) = 0", norm.applyAsDouble(Nd4j.zeros(x.length())), 0, new Tolerance(0, 0));
        t.require(Norms.max(x) == 0 || nx > 0, label + ": f(x) = 0 for x != 0");
    }

    private static Claim dotAngle() {
        return new Claim("A5", "la-dot-angle", "x^Ty=\\|x\\|_2\\|y\\|_2\\cos\\theta",
                "io.verideck.numeric.linalg.VectorAngle", Set.of("linear-algebra"), List.of(
                forAll("cos theta lies in [-1, 1] (Cauchy-Schwarz) and equals ND4J's cosine similarity", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-5, 5, n).filter(v -> Norms.max(v) > 1e-3));
                    INDArray y = t.draw("y", TensorGen.dense(-5, 5, n).filter(v -> Norms.max(v) > 1e-3));
                    double c = VectorAngle.cosine(x, y);
                    t.require(Math.abs(c) <= 1 + 1e-15, "|cos theta| = " + Math.abs(c) + " > 1");
                    t.close("cosineSim", c, Transforms.cosineSim(x, y), new Tolerance(1e-13, 0));
                }),
                forAll("rotating both vectors by an orthogonal Q leaves cos theta unchanged", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-5, 5, n).filter(v -> Norms.max(v) > 1e-3));
                    INDArray y = t.draw("y", TensorGen.dense(-5, 5, n).filter(v -> Norms.max(v) > 1e-3));
                    INDArray q = HouseholderQr.of(t.draw("M", TensorGen.dense(-1, 1, n, n))).q();
                    INDArray qx = q.mmul(x.reshape(n, 1)).reshape(n);
                    INDArray qy = q.mmul(y.reshape(n, 1)).reshape(n);
                    t.close("cos(Qx, Qy)", VectorAngle.cosine(qx, qy), VectorAngle.cosine(x, y), new Tolerance(1e-12, 0));
                }),
                forAll("orthogonal vectors (x^T y = 0) are at 90 degrees", t -> {
                    int n = t.draw("n", Gen.integers(2, 7));
                    INDArray x = t.draw("x", TensorGen.dense(-5, 5, n).filter(v -> Norms.max(v) > 0.1));
                    INDArray z = t.draw("z", TensorGen.dense(-5, 5, n));
                    INDArray y = z.sub(x.mul(x.mul(z).sumNumber().doubleValue() / x.mul(x).sumNumber().doubleValue()));
                    if (Norms.lp(y, 2) < 0.1) {
                        throw new io.verideck.verifier.gen.Discard("z is nearly parallel to x");
                    }
                    t.close("theta (degrees)", Math.toDegrees(VectorAngle.angle(x, y)), 90, new Tolerance(1e-10, 0));
                })));
    }

    private static Claim specialMatrices() {
        return new Claim("A6", "la-special-matrices",
                "Q^{-1}=Q^T\\ (\\text{orthogonal}),\\quad \\operatorname{diag}(v)x=v\\odot x,\\quad A=A^T\\ (\\text{symmetric})",
                "io.verideck.numeric.linalg.HouseholderQr", Set.of("linear-algebra"), List.of(
                forAll("Householder QR: Q^T Q = I, Q^{-1} = Q^T, ||Qx|| = ||x||, QR = A with R upper triangular", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    int m = t.draw("m", Gen.integers(1, n));
                    INDArray a = t.draw("A", TensorGen.dense(-3, 3, n, m));
                    HouseholderQr qr = HouseholderQr.of(a);
                    INDArray q = qr.q();
                    t.close("Q^T Q", q.transpose().mmul(q), Nd4j.eye(n), new Tolerance(1e-13, 0));
                    t.close("Q^{-1} (Gauss-Jordan) = Q^T", GaussianElimination.inverse(q), q.transpose(), new Tolerance(1e-12, 0));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n, 1));
                    t.close("||Qx||", q.mmul(x).norm2Number().doubleValue(), x.norm2Number().doubleValue(), Tolerance.IDENTITY);
                    t.close("QR", q.mmul(qr.r()), a, new Tolerance(1e-12, 1e-12));
                    for (int i = 1; i < n; i++) {
                        for (int j = 0; j < Math.min(i, m); j++) {
                            t.close("R below the diagonal (" + i + "," + j + ")", qr.r().getDouble(i, j), 0, new Tolerance(1e-12, 0));
                        }
                    }
                }),
                forAll("diag(v) x = v (.) x", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray v = t.draw("v", TensorGen.dense(-3, 3, n));
                    INDArray x = t.draw("x", TensorGen.dense(-3, 3, n));
                    t.close("diag(v) x", Nd4j.diag(v).mmul(x.reshape(n, 1)).reshape(n), v.mul(x), Tolerance.IDENTITY);
                }),
                forAll("A + A^T is symmetric", t -> {
                    int n = t.draw("n", Gen.integers(1, 7));
                    INDArray a = t.draw("A", TensorGen.dense(-3, 3, n, n));
                    INDArray s = a.add(a.transpose());
                    t.close("S - S^T", s.sub(s.transpose()), Nd4j.zeros(n, n), new Tolerance(0, 0));
                })));
    }
}
