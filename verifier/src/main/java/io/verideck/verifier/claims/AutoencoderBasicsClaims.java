package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.autoencoder.Autoencoder;
import io.verideck.numeric.autoencoder.AutoencoderTraining;
import io.verideck.numeric.autoencoder.CodePenalty;
import io.verideck.numeric.autoencoder.Pca;
import io.verideck.numeric.autoencoder.Squash;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/** L1, L2, L3, L8: the autoencoder forward pass and loss, linear autoencoders and PCA, the overcomplete identity. */
final class AutoencoderBasicsClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);

    private AutoencoderBasicsClaims() {
    }

    static Claim forwardLoss() {
        return new Claim("L1", "ae-forward-loss", "h=\\sigma_1(Wx+b),\\ x'=\\sigma_2(W'h+b'),\\ L=\\|x-x'\\|^2,\\ x'=g(f(x))",
                "io.verideck.numeric.autoencoder.Autoencoder", Set.of("autoencoder", "gradient"), List.of(
                forAll("gradient w.r.t. W, b, W', b' matches central differences", t -> {
                    AutoencoderParameters shape = t.draw("shape", shapes());
                    INDArray theta = t.draw("theta", shape.vectors(1.5));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, t.draw("n", Gen.integers(1, 3)), shape.inputs())).toDoubleMatrix();
                    t.gradient("dL/dtheta", CHECK, RowFunction.scalar(shape.layout(), th -> shape.unpack(th).loss(x, x),
                            th -> shape.unpack(th).gradients(x, x).flat()), theta);
                }),
                forAll("h has p entries, x' has d; ND4J's sigmoid(X W^T + b) agrees", t -> {
                    AutoencoderParameters shape = t.draw("shape", shapes().filter(s -> s.encoder() == Squash.SIGMOID));
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(1.5))));
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, 2, shape.inputs()));
                    INDArray h = ae.encode(x);
                    INDArray r = ae.decode(h);
                    t.require(h.size(1) == shape.codes() && r.size(1) == shape.inputs(), "shapes " + h.shapeInfoToString() + " " + r.shapeInfoToString());
                    INDArray oracle = Transforms.sigmoid(x.mmul(Nd4j.createFromArray(ae.w()).transpose()).addRowVector(Nd4j.createFromArray(ae.b())));
                    t.close("encoder vs ND4J", h, oracle, Tolerance.IDENTITY);
                }),
                forAll("decode(encode(x)) is defined; encode(decode(x)) is a shape error when p != d", t -> {
                    AutoencoderParameters shape = t.draw("shape", shapes().filter(s -> s.codes() != s.inputs()));
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(1.5))));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 1, shape.inputs()));
                    t.require(ae.decode(ae.encode(x)).size(1) == shape.inputs(), "g(f(x)) has the wrong width");
                    boolean failed;
                    try {
                        ae.decode(x);
                        failed = false;
                    } catch (IllegalArgumentException expected) {
                        failed = true;
                    }
                    t.require(failed, "f(g(x)) accepted an input of width d = " + shape.inputs() + " as a code of width p = " + shape.codes());
                }),
                forAll("the loss is 0 iff x' = x", t -> {
                    AutoencoderParameters shape = t.draw("shape", shapes());
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(1.5))));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, 2, shape.inputs())).toDoubleMatrix();
                    double[][] r = ae.reconstruct(x);
                    t.close("target = reconstruction", ae.loss(x, r), 0, new Tolerance(1e-300, 0));
                    double delta = t.draw("delta", Gen.doubles(1e-3, 1));
                    r[0][0] += delta;
                    t.close("one entry off by delta", ae.loss(x, r), delta * delta / 2, Tolerance.IDENTITY);
                })));
    }

    static Claim linearPca() {
        return new Claim("L2", "ae-linear-pca", "\\min_{W,W'}\\tfrac1n\\|X-XW^\\top W'^\\top\\|^2=\\textstyle\\sum_{i>k}\\lambda_i,\\ \\operatorname{span}W'=\\operatorname{span}Q_k",
                "io.verideck.numeric.autoencoder.AutoencoderTraining", Set.of("autoencoder", "pca"), List.of(
                once("a linear AE trained by gradient descent reaches the PCA-k error (relative 1e-6) and spans the top-k subspace "
                        + "(angles < 1e-3 rad) without an orthonormal decoder", t -> {
                    INDArray x = centred(lowRankish(40, 4, new double[] {2.0, 1.4, 0.6, 0.3}, 11));
                    Pca pca = Pca.byEigen(x);
                    Autoencoder start = AutoencoderTraining.initial(2, 4, 0.3, Squash.IDENTITY, Squash.IDENTITY, 5);
                    // An unbalanced start (decoder much smaller than encoder): gradient flow keeps W W^T - V^T V, so V^T V != I.
                    double[][] v = start.v();
                    for (double[] row : v) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] *= 0.2;
                        }
                    }
                    double[][] data = x.toDoubleMatrix();
                    Autoencoder ae = new AutoencoderTraining(0.1, 600).train(start, data, data, CodePenalty.NONE);
                    t.close("MSE vs PCA-2", ae.loss(data, data), pca.reconstructionError(x, 2), new Tolerance(0, 1e-6));
                    INDArray decoder = Nd4j.createFromArray(ae.v());
                    INDArray basis = orthonormalColumns(decoder);
                    INDArray residual = basis.sub(pca.top(2).mmul(pca.top(2).transpose()).mmul(basis));
                    double sinMax = residual.norm2Number().doubleValue();
                    t.require(sinMax < Math.sin(1e-3), "largest principal angle about " + Math.asin(Math.min(1, sinMax)) + " rad");
                    double offIdentity = decoder.transpose().mmul(decoder).sub(Nd4j.eye(2)).amaxNumber().doubleValue();
                    t.require(offIdentity > 1e-3, "the trained decoder came out orthonormal (max |W'^T W' - I| = " + offIdentity + ")");
                }),
                once("a tanh autoencoder with a 1-D code beats PCA-1 on a curved 1-D manifold in 2-D (constructed weights)", t -> {
                    SplittableRandom random = new SplittableRandom(72);
                    int n = 2000;
                    double[][] pts = new double[n][2];
                    for (int i = 0; i < n; i++) {
                        double s = random.nextDouble(-1, 1);
                        pts[i][0] = s;
                        pts[i][1] = Math.tanh(3 * s);
                    }
                    INDArray x = Nd4j.createFromArray(pts);
                    double pcaError = Pca.byEigen(x).reconstructionError(x, 1);
                    // Code h = x_1; decoder x' = U tanh(a h) with a = (0.01, 3), U = diag(100, 1).
                    INDArray h = x.getColumn(0).reshape(n, 1);
                    INDArray hidden = Transforms.tanh(h.mmul(Nd4j.createFromArray(new double[][] {{0.01, 3}})));
                    INDArray recon = hidden.mmul(Nd4j.createFromArray(new double[][] {{100, 0}, {0, 1}}));
                    INDArray e = recon.sub(x);
                    double aeError = e.mul(e).sumNumber().doubleValue() / n;
                    t.require(aeError < pcaError / 100, "tanh AE error " + aeError + " vs PCA-1 " + pcaError);
                })));
    }

    static Claim pcaEigen() {
        return new Claim("L3", "pca-eigen", "\\Sigma=\\tfrac1nX_c^\\top X_c=Q\\Lambda Q^\\top,\\ Z=X_cQ_k,\\ \\tfrac1n\\|X_c-X_cQ_kQ_k^\\top\\|^2=\\textstyle\\sum_{i>k}\\lambda_i",
                "io.verideck.numeric.autoencoder.Pca", Set.of("pca", "linear-algebra"), List.of(
                forAll("reconstruction error = sum of the discarded eigenvalues", t -> {
                    INDArray x = t.draw("X", data());
                    int k = t.draw("k", Gen.integers(0, x.columns()));
                    Pca pca = Pca.byEigen(x);
                    t.close("error", pca.reconstructionError(x, k), pca.tail(k), new Tolerance(1e-10, 1e-8));
                }),
                forAll("Cov(Z) is diagonal with entries lambda_1 >= ... >= lambda_k", t -> {
                    INDArray x = t.draw("X", data());
                    int k = t.draw("k", Gen.integers(1, x.columns()));
                    Pca pca = Pca.byEigen(x);
                    INDArray z = pca.codes(x, k);
                    INDArray cov = z.transpose().mmul(z).divi(x.rows());
                    INDArray lambda = pca.eigenvalues().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, k));
                    t.close("Cov(Z)", cov, Nd4j.diag(lambda), new Tolerance(1e-10, 1e-8));
                    for (int i = 1; i < k; i++) {
                        t.require(lambda.getDouble(i - 1) >= lambda.getDouble(i), "eigenvalues not descending");
                    }
                }),
                forAll("PCA via SVD equals PCA via eigendecomposition (components up to sign)", t -> {
                    INDArray x = t.draw("X", data());
                    Pca eig = Pca.byEigen(x);
                    if (minRelativeGap(eig.eigenvalues()) < 1e-3) {
                        throw new Discard("nearly repeated eigenvalues: the directions are not determined");
                    }
                    Pca svd = Pca.bySvd(x);
                    t.close("eigenvalues", svd.eigenvalues(), eig.eigenvalues(), new Tolerance(1e-10, 1e-8));
                    t.close("|Q_svd^T Q_eig| = I", Transforms.abs(svd.components().transpose().mmul(eig.components()), true),
                            Nd4j.eye(x.columns()), new Tolerance(1e-6, 0));
                }),
                forAll("the first PC maximizes the projected variance (1000 random unit vectors)", 10, t -> {
                    INDArray x = t.draw("X", data());
                    Pca pca = Pca.byEigen(x);
                    INDArray xc = x.subRowVector(pca.mean());
                    INDArray u = t.draw("U", TensorGen.gaussian(0, 1, x.columns(), 1000));
                    u.diviRowVector(u.norm2(0));
                    INDArray proj = xc.mmul(u);
                    double best = proj.mul(proj).sum(0).divi(x.rows()).maxNumber().doubleValue();
                    INDArray q1 = xc.mmul(pca.top(1));
                    double first = q1.mul(q1).sumNumber().doubleValue() / x.rows();
                    t.close("variance along q1 = lambda_1", first, pca.eigenvalues().getDouble(0), new Tolerance(1e-10, 1e-9));
                    t.require(best <= first * (1 + 1e-12), "a random direction beat the first PC: " + best + " > " + first);
                })));
    }

    static Claim overcompleteIdentity() {
        return new Claim("L8", "ae-overcomplete-identity", "p\\ge d\\Rightarrow \\exists\\,W'W=I:\\ L=0",
                "io.verideck.numeric.autoencoder.Autoencoder", Set.of("autoencoder"), List.of(
                once("a linear AE with p = d trained by gradient descent drives the MSE below 1e-10", t -> {
                    INDArray x = lowRankish(20, 3, new double[] {1.0, 0.9, 0.8}, 3);
                    double[][] data = x.toDoubleMatrix();
                    Autoencoder start = AutoencoderTraining.initial(3, 3, 0.5, Squash.IDENTITY, Squash.IDENTITY, 9);
                    Autoencoder ae = new AutoencoderTraining(0.2, 300).train(start, data, data, CodePenalty.NONE);
                    double mse = ae.loss(data, data);
                    t.require(mse < 1e-10, "MSE " + mse);
                }),
                forAll("any invertible W with W' = W^-1 (zero biases) reconstructs exactly", t -> {
                    int d = t.draw("d", Gen.integers(1, 5));
                    INDArray w = t.draw("W", TensorGen.wellConditioned(d));
                    INDArray x = t.draw("X", TensorGen.dense(-2, 2, 5, d));
                    Autoencoder ae = Autoencoder.of(w, Nd4j.zeros(d), InvertMatrix.invert(w, false), Nd4j.zeros(d), Squash.IDENTITY, Squash.IDENTITY);
                    double[][] data = x.toDoubleMatrix();
                    t.close("MSE", ae.loss(data, data), 0, new Tolerance(1e-24, 0));
                }),
                forAll("with p < rank(data) the error is at least the PCA tail", t -> {
                    INDArray x = t.draw("X", data());
                    int p = t.draw("p", Gen.integers(1, x.columns() - 1));
                    AutoencoderParameters shape = new AutoencoderParameters(p, x.columns(), Squash.IDENTITY, Squash.IDENTITY);
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(1))));
                    double[][] data = x.toDoubleMatrix();
                    double tail = Pca.byEigen(x).tail(p);
                    t.require(ae.loss(data, data) >= tail * (1 - 1e-9), "linear AE error " + ae.loss(data, data) + " below the PCA tail " + tail);
                })));
    }

    /** Autoencoder shapes {@code p, d} in 1..4 with sigmoid or tanh encoder and sigmoid or linear decoder. */
    private static Gen<AutoencoderParameters> shapes() {
        return s -> new AutoencoderParameters(Gen.integers(1, 4).generate(s), Gen.integers(1, 4).generate(s),
                Gen.oneOf(Squash.SIGMOID, Squash.TANH).generate(s), Gen.oneOf(Squash.SIGMOID, Squash.IDENTITY).generate(s));
    }

    /** Data {@code [n, d]}: Gaussian columns with distinct scales, mixed by a random matrix. */
    private static Gen<INDArray> data() {
        return s -> {
            int d = Gen.integers(2, 5).generate(s);
            int n = Gen.integers(d + 3, 30).generate(s);
            INDArray g = TensorGen.gaussian(0, 1, n, d).generate(s);
            INDArray scales = Nd4j.createFromArray(3.0, 2.0, 1.2, 0.6, 0.3).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, d));
            INDArray mix = TensorGen.wellConditioned(d).generate(s);
            return g.mulRowVector(scales).mmul(mix).addRowVector(TensorGen.dense(-1, 1, d).generate(s));
        };
    }

    static INDArray lowRankish(int n, int d, double[] scales, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = scales[j] * gaussian(random);
            }
        }
        // A fixed rotation so the principal axes are not the coordinate axes.
        INDArray q = Pca.byEigen(Nd4j.createFromArray(randomSquare(d, random))).components();
        return Nd4j.createFromArray(x).mmul(q.transpose());
    }

    static INDArray centred(INDArray x) {
        return x.subRowVector(x.mean(0));
    }

    private static double[][] randomSquare(int d, SplittableRandom random) {
        double[][] m = new double[d + 2][d];
        for (double[] row : m) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        return m;
    }

    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static INDArray orthonormalColumns(INDArray a) {
        INDArray q = a.dup();
        for (int j = 0; j < q.columns(); j++) {
            INDArray col = q.getColumn(j);
            for (int i = 0; i < j; i++) {
                INDArray prev = q.getColumn(i);
                col.subi(prev.mul(prev.mul(col).sumNumber().doubleValue()));
            }
            col.divi(col.norm2Number());
        }
        return q;
    }

    private static double minRelativeGap(INDArray values) {
        double gap = Double.POSITIVE_INFINITY;
        double scale = values.getDouble(0);
        for (int i = 1; i < values.length(); i++) {
            gap = Math.min(gap, (values.getDouble(i - 1) - values.getDouble(i)) / scale);
        }
        return gap;
    }
}
