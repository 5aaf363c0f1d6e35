package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.autoencoder.Autoencoder;
import io.verideck.numeric.autoencoder.AutoencoderGradients;
import io.verideck.numeric.autoencoder.AutoencoderTraining;
import io.verideck.numeric.autoencoder.CodePenalty;
import io.verideck.numeric.autoencoder.ContractivePenalty;
import io.verideck.numeric.autoencoder.Corruption;
import io.verideck.numeric.autoencoder.KlSparsity;
import io.verideck.numeric.autoencoder.LaplaceSparsity;
import io.verideck.numeric.autoencoder.ScalarDenoiser;
import io.verideck.numeric.autoencoder.Squash;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** L4 to L7: sparse (Laplace and KL), denoising and contractive autoencoders. */
final class RegularizedAutoencoderClaims {
    private static final GradientChecker ELEMENTWISE = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final GradientChecker NETWORK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);

    private RegularizedAutoencoderClaims() {
    }

    static Claim sparseLaplace() {
        return new Claim("L4", "ae-sparse-laplace",
                "\\Omega=\\lambda\\|h\\|_1,\\ p(h_i)=\\tfrac\\lambda2e^{-\\lambda|h_i|}:\\ -\\log\\prod_ip(h_i)=\\textstyle\\sum_i(\\lambda|h_i|-\\log\\tfrac\\lambda2)",
                "io.verideck.numeric.autoencoder.LaplaceSparsity", Set.of("autoencoder", "regularization", "gradient"), List.of(
                forAll("-log prod p(h_i) = sum (lambda |h_i| - log(lambda/2)); the source's -log sum p(h_i) differs", t -> {
                    int p = t.draw("p", Gen.integers(2, 6));
                    double lambda = t.draw("lambda", Gen.doubles(0.1, 5));
                    double[] h = RowFunction.flat(t.draw("h", TensorGen.dense(-3, 3, p)));
                    double product = 1;
                    double sum = 0;
                    for (double v : h) {
                        product *= LaplaceSparsity.density(v, lambda);
                        sum += LaplaceSparsity.density(v, lambda);
                    }
                    t.close("-log prod", -Math.log(product), LaplaceSparsity.negativeLogPrior(h, lambda), Tolerance.IDENTITY);
                    ConvLayerClaims.witness(t, Math.abs(-Math.log(sum) - LaplaceSparsity.negativeLogPrior(h, lambda)),
                            "-log sum p(h_i) agreed with the penalty");
                }),
                forAll("the Laplace density integrates to 1 (Simpson quadrature)", t -> {
                    double lambda = t.draw("lambda", Gen.doubles(0.2, 5));
                    double upper = 40 / lambda;
                    int m = 20_000;
                    double step = upper / m;
                    double s = 0;
                    for (int i = 0; i <= m; i++) {
                        double w = i == 0 || i == m ? 1 : (i % 2 == 1 ? 4 : 2);
                        s += w * LaplaceSparsity.density(i * step, lambda);
                    }
                    t.close("integral", 2 * s * step / 3, 1, new Tolerance(1e-10, 0));
                }),
                forAll("gradient lambda sign(h) matches central differences away from 0", t -> {
                    int p = t.draw("p", Gen.integers(1, 6));
                    double lambda = t.draw("lambda", Gen.doubles(0.1, 5));
                    INDArray h = t.draw("h", TensorGen.awayFrom(-3, 3, new double[] {0}, 1e-3, p));
                    t.gradient("d lambda|h|_1 / dh", ELEMENTWISE, RowFunction.scalar(ParameterLayout.of("h", h),
                            v -> LaplaceSparsity.penalty(v, lambda), v -> LaplaceSparsity.gradient(v, lambda)), h);
                }),
                forAll("through a tanh encoder: the penalty's gradient w.r.t. W and b matches central differences", t -> {
                    AutoencoderParameters shape = new AutoencoderParameters(t.draw("p", Gen.integers(1, 4)), t.draw("d", Gen.integers(1, 4)),
                            Squash.TANH, Squash.IDENTITY);
                    double lambda = t.draw("lambda", Gen.doubles(0.1, 2));
                    INDArray theta = t.draw("theta", shape.vectors(1.5));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, 2, shape.inputs())).toDoubleMatrix();
                    LaplaceSparsity penalty = new LaplaceSparsity(lambda);
                    for (double[] row : shape.unpack(RowFunction.flat(theta)).encode(x)) {
                        for (double v : row) {
                            if (Math.abs(v) < 1e-3) {
                                throw new Discard("a code unit is within 1e-3 of the kink");
                            }
                        }
                    }
                    t.gradient("dOmega/dtheta", NETWORK, RowFunction.scalar(shape.layout(), th -> penalty.value(shape.unpack(th), x),
                            th -> penalty.gradients(shape.unpack(th), x).flat()), theta);
                }),
                once("more lambda, more near-zero code units in trained sparse autoencoders (3 values, fixed seed)", t -> {
                    double[][] x = AutoencoderBasicsClaims.lowRankish(40, 4, new double[] {1.0, 0.7, 0.5, 0.3}, 21).toDoubleMatrix();
                    double[] lambdas = {0.001, 0.05, 0.3};
                    double[] fractions = new double[3];
                    for (int i = 0; i < 3; i++) {
                        Autoencoder start = AutoencoderTraining.initial(6, 4, 0.5, Squash.TANH, Squash.IDENTITY, 4);
                        Autoencoder ae = new AutoencoderTraining(0.05, 400).train(start, x, x, new LaplaceSparsity(lambdas[i]));
                        fractions[i] = nearZeroFraction(ae.encode(x), 0.05);
                    }
                    t.require(fractions[0] <= fractions[1] && fractions[1] <= fractions[2] && fractions[0] < fractions[2],
                            "near-zero fractions " + java.util.Arrays.toString(fractions) + " for lambda " + java.util.Arrays.toString(lambdas));
                })));
    }

    static Claim sparseKl() {
        return new Claim("L5", "ae-sparse-kl",
                "\\Omega=\\beta\\textstyle\\sum_j\\big[\\rho\\log\\frac\\rho{\\hat\\rho_j}+(1-\\rho)\\log\\frac{1-\\rho}{1-\\hat\\rho_j}\\big],\\ \\hat\\rho_j=\\frac1m\\sum_ih_j(x_i)",
                "io.verideck.numeric.autoencoder.KlSparsity", Set.of("autoencoder", "regularization", "gradient"), List.of(
                forAll("Omega >= 0, = 0 at rhohat = rho, > 0 when some rhohat_j differs", t -> {
                    double rho = t.draw("rho", Gen.doubles(0.02, 0.98));
                    double beta = t.draw("beta", Gen.doubles(0.1, 5));
                    double[] r = RowFunction.flat(t.draw("rhohat", TensorGen.dense(0.02, 0.98, t.draw("p", Gen.integers(1, 6)))));
                    double omega = KlSparsity.penalty(rho, r, beta);
                    t.require(omega >= 0, "Omega " + omega);
                    double[] same = new double[r.length];
                    java.util.Arrays.fill(same, rho);
                    t.close("Omega at rhohat = rho", KlSparsity.penalty(rho, same, beta), 0, new Tolerance(1e-15, 0));
                    double far = 0;
                    for (double v : r) {
                        far = Math.max(far, Math.abs(v - rho));
                    }
                    if (far > 1e-2) {
                        t.require(omega > 0, "Omega = 0 with rhohat != rho");
                    }
                }),
                forAll("gradient beta(-rho/rhohat + (1-rho)/(1-rhohat)) matches central differences", t -> {
                    double rho = t.draw("rho", Gen.doubles(0.02, 0.98));
                    double beta = t.draw("beta", Gen.doubles(0.1, 5));
                    INDArray r = t.draw("rhohat", TensorGen.dense(0.05, 0.95, t.draw("p", Gen.integers(1, 6))));
                    t.gradient("dOmega/drhohat", ELEMENTWISE, RowFunction.scalar(ParameterLayout.of("rhohat", r),
                            v -> KlSparsity.penalty(rho, v, beta), v -> KlSparsity.gradient(rho, v, beta)), r);
                }),
                forAll("rhohat is the mean activation over the batch (ND4J mean agrees)", t -> {
                    INDArray h = t.draw("H", TensorGen.dense(0, 1, t.draw("m", Gen.integers(1, 8)), t.draw("p", Gen.integers(1, 5))));
                    t.close("mean", Nd4j.createFromArray(KlSparsity.meanActivation(h.toDoubleMatrix())), h.mean(0), Tolerance.IDENTITY);
                })));
    }

    static Claim denoising() {
        return new Claim("L6", "ae-denoising",
                "\\min L(x,g(f(\\tilde x))),\\ \\tilde x\\sim C(\\tilde x\\mid x);\\ g(f(\\tilde x))\\approx\\tilde x+\\sigma^2\\nabla\\log p(\\tilde x)",
                "io.verideck.numeric.autoencoder.Corruption", Set.of("autoencoder", "regularization", "statistics"), List.of(
                once("masking noise zeroes a fraction q of the inputs (q = 0.3, 0.5; 1e5 entries, 5 SE)", t -> {
                    double[][] ones = new double[1000][100];
                    for (double[] row : ones) {
                        java.util.Arrays.fill(row, 1);
                    }
                    for (double q : new double[] {0.3, 0.5}) {
                        double[][] masked = Corruption.mask(ones, q, 17);
                        double zeros = 0;
                        for (double[] row : masked) {
                            for (double v : row) {
                                zeros += v == 0 ? 1 : 0;
                            }
                        }
                        double n = 1e5;
                        double se = Math.sqrt(q * (1 - q) / n);
                        t.close("zeroed fraction at q = " + q, zeros / n, q, new Tolerance(5 * se, 0));
                    }
                }),
                forAll("the training pair is (corrupted input, clean target): the loss compares with x, not x~", t -> {
                    AutoencoderParameters shape = new AutoencoderParameters(t.draw("p", Gen.integers(1, 4)), t.draw("d", Gen.integers(2, 4)),
                            Squash.SIGMOID, Squash.IDENTITY);
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(1.5))));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, 3, shape.inputs())).toDoubleMatrix();
                    Corruption.DenoisingPair pair = Corruption.pair(x, Corruption.gaussian(x, 0.5, t.seed()));
                    t.require(pair.target() == x, "the target is not the clean data");
                    double[][] r = ae.reconstruct(pair.input());
                    double byHand = 0;
                    for (int i = 0; i < x.length; i++) {
                        for (int j = 0; j < x[0].length; j++) {
                            byHand += (x[i][j] - r[i][j]) * (x[i][j] - r[i][j]);
                        }
                    }
                    t.close("DAE loss", ae.loss(pair.input(), pair.target()), byHand / x.length, Tolerance.IDENTITY);
                    ConvLayerClaims.witness(t, Math.abs(ae.loss(pair.input(), pair.target()) - ae.loss(pair.input(), pair.input())),
                            "comparing with x~ gave the same loss");
                }),
                forAll("1-D N(0,1) data, Gaussian corruption: the best linear denoiser is x~/(1+sigma^2) = the score form (1e5 samples, 5 SE)", 3, t -> {
                    double sigma = t.draw("sigma", Gen.doubles(0.2, 2));
                    SplittableRandom random = new SplittableRandom(t.seed());
                    int n = 100_000;
                    double[] clean = new double[n];
                    double[] noisy = new double[n];
                    for (int i = 0; i < n; i++) {
                        clean[i] = AutoencoderBasicsClaims.gaussian(random);
                        noisy[i] = clean[i] + sigma * AutoencoderBasicsClaims.gaussian(random);
                    }
                    double a = ScalarDenoiser.optimalGain(sigma);
                    double fitted = ScalarDenoiser.fitGain(noisy, clean, 0.5 / (1 + sigma * sigma), 200);
                    // Least-squares slope: its standard error is sd(residual) / (sqrt(n) sd(x~)).
                    double se = Math.sqrt(sigma * sigma / (1 + sigma * sigma)) / Math.sqrt(n * (1 + sigma * sigma));
                    t.close("GD gain vs 1/(1+sigma^2)", fitted, a, new Tolerance(5 * se, 0));
                    double probe = t.draw("x~", Gen.doubles(-3, 3));
                    t.close("score form", ScalarDenoiser.scoreDenoise(probe, sigma), a * probe, Tolerance.IDENTITY);
                }),
                once("an overcomplete DAE does not learn the identity: g(f(x~)) is closer to x than x~ is (2000 test points, 5 SE)", t -> {
                    // One draw split into training and test points, so both lie near the same line.
                    double[][] all = AutoencoderBasicsClaims.lowRankish(2100, 4, new double[] {1.0, 0.05, 0.05, 0.05}, 31).toDoubleMatrix();
                    double[][] train = java.util.Arrays.copyOfRange(all, 0, 100);
                    double sigma = 0.3;
                    Corruption.DenoisingPair pair = Corruption.pair(train, Corruption.gaussian(train, sigma, 32));
                    Autoencoder start = AutoencoderTraining.initial(6, 4, 0.3, Squash.TANH, Squash.IDENTITY, 33);
                    Autoencoder dae = new AutoencoderTraining(0.05, 300).train(start, pair.input(), pair.target(), CodePenalty.NONE);
                    double[][] test = java.util.Arrays.copyOfRange(all, 100, 2100);
                    double[][] noisy = Corruption.gaussian(test, sigma, 35);
                    double[][] recon = dae.reconstruct(noisy);
                    double[] gain = new double[test.length];
                    for (int i = 0; i < test.length; i++) {
                        double before = 0;
                        double after = 0;
                        for (int j = 0; j < 4; j++) {
                            before += (noisy[i][j] - test[i][j]) * (noisy[i][j] - test[i][j]);
                            after += (recon[i][j] - test[i][j]) * (recon[i][j] - test[i][j]);
                        }
                        gain[i] = before - after;
                    }
                    double mean = java.util.Arrays.stream(gain).average().orElse(0);
                    double sd = Math.sqrt(java.util.Arrays.stream(gain).map(g -> (g - mean) * (g - mean)).sum() / (gain.length - 1));
                    t.require(mean > 5 * sd / Math.sqrt(gain.length), "mean improvement " + mean + " not above 5 SE " + 5 * sd / Math.sqrt(gain.length));
                })));
    }

    static Claim contractive() {
        return new Claim("L7", "ae-contractive",
                "\\Omega=\\lambda\\|J_f(x)\\|_F^2,\\ h=\\sigma(Wx+b):\\ \\|J\\|_F^2=\\textstyle\\sum_j(h_j(1-h_j))^2\\|W_{j,:}\\|^2",
                "io.verideck.numeric.autoencoder.ContractivePenalty", Set.of("autoencoder", "regularization", "gradient"), List.of(
                forAll("closed-form ||J||_F^2 equals the finite-difference Jacobian's (relative 1e-6)", t -> {
                    AutoencoderParameters shape = sigmoidShape(t);
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(2))));
                    double[] x = RowFunction.flat(t.draw("x", TensorGen.dense(-1, 1, shape.inputs())));
                    double fd = 0;
                    double h = 1e-6;
                    for (int k = 0; k < x.length; k++) {
                        double[] up = x.clone();
                        double[] down = x.clone();
                        up[k] += h;
                        down[k] -= h;
                        double[] fu = ae.encode(new double[][] {up})[0];
                        double[] fdn = ae.encode(new double[][] {down})[0];
                        for (int j = 0; j < fu.length; j++) {
                            double d = (fu[j] - fdn[j]) / (2 * h);
                            fd += d * d;
                        }
                    }
                    t.close("||J||_F^2", ContractivePenalty.frobeniusSquared(ae, x), fd, new Tolerance(1e-9, 1e-6));
                    double[][] j = ContractivePenalty.jacobian(ae, x);
                    double fromJ = 0;
                    for (double[] row : j) {
                        for (double v : row) {
                            fromJ += v * v;
                        }
                    }
                    t.close("sum of squares of diag(h(1-h)) W", fromJ, ContractivePenalty.frobeniusSquared(ae, x), Tolerance.IDENTITY);
                }),
                forAll("gradient of Omega w.r.t. W and b matches central differences", t -> {
                    AutoencoderParameters shape = sigmoidShape(t);
                    double lambda = t.draw("lambda", Gen.doubles(0.1, 3));
                    INDArray theta = t.draw("theta", shape.vectors(2));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, 2, shape.inputs())).toDoubleMatrix();
                    ContractivePenalty penalty = new ContractivePenalty(lambda);
                    t.gradient("dOmega/dtheta", NETWORK, RowFunction.scalar(shape.layout(), th -> penalty.value(shape.unpack(th), x),
                            th -> penalty.gradients(shape.unpack(th), x).flat()), theta);
                }),
                once("more lambda, smaller average ||J||_F of the trained encoder (3 values, fixed seed)", t -> {
                    double[][] x = AutoencoderBasicsClaims.lowRankish(40, 4, new double[] {1.0, 0.7, 0.5, 0.3}, 41).toDoubleMatrix();
                    double[] lambdas = {0, 0.1, 1};
                    double[] norms = new double[3];
                    for (int i = 0; i < 3; i++) {
                        Autoencoder start = AutoencoderTraining.initial(6, 4, 0.5, Squash.SIGMOID, Squash.IDENTITY, 42);
                        Autoencoder ae = new AutoencoderTraining(0.1, 400).train(start, x, x, new ContractivePenalty(lambdas[i]));
                        for (double[] row : x) {
                            norms[i] += Math.sqrt(ContractivePenalty.frobeniusSquared(ae, row)) / x.length;
                        }
                    }
                    t.require(norms[0] > norms[1] && norms[1] > norms[2], "average ||J||_F " + java.util.Arrays.toString(norms));
                }),
                forAll("local contraction: ||f(x + delta) - f(x)|| = ||J delta|| to first order", t -> {
                    AutoencoderParameters shape = sigmoidShape(t);
                    Autoencoder ae = shape.unpack(RowFunction.flat(t.draw("theta", shape.vectors(2))));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, shape.inputs()));
                    INDArray u = t.draw("u", TensorGen.dense(-1, 1, shape.inputs()));
                    double eps = 1e-5;
                    INDArray delta = u.mul(eps);
                    INDArray j = Nd4j.createFromArray(ContractivePenalty.jacobian(ae, RowFunction.flat(x)));
                    double linear = j.mmul(delta.reshape(shape.inputs(), 1)).norm2Number().doubleValue();
                    double actual = ae.encode(x.add(delta).reshape(1, shape.inputs())).sub(ae.encode(x.reshape(1, shape.inputs()))).norm2Number()
                            .doubleValue();
                    if (linear < 1e-9 * u.norm2Number().doubleValue()) {
                        throw new Discard("J delta is nearly zero");
                    }
                    t.close("||f(x+delta) - f(x)|| vs ||J delta||", actual, linear, new Tolerance(0, 1e-3));
                }),
                forAll("tied weights W' = W^T: gradient descent keeps the decoder the mirror of the encoder; tied gradient = dW + dV^T", t -> {
                    AutoencoderParameters shape = sigmoidShape(t);
                    INDArray w = t.draw("W", TensorGen.dense(-1, 1, shape.codes(), shape.inputs()));
                    INDArray b = t.draw("b", TensorGen.dense(-1, 1, shape.codes()));
                    INDArray c = t.draw("c", TensorGen.dense(-1, 1, shape.inputs()));
                    double[][] x = t.draw("X", TensorGen.dense(-1, 1, 2, shape.inputs())).toDoubleMatrix();
                    Autoencoder ae = Autoencoder.tied(w.toDoubleMatrix(), RowFunction.flat(b), RowFunction.flat(c), Squash.SIGMOID, Squash.IDENTITY);
                    for (int s = 0; s < 3; s++) {
                        ae = ae.step(ae.gradients(x, x).tied(), 0.1);
                    }
                    t.close("V = W^T after 3 steps", Nd4j.createFromArray(ae.v()), Nd4j.createFromArray(ae.w()).transpose(), new Tolerance(0, 0));
                    int p = shape.codes();
                    int d = shape.inputs();
                    ParameterLayout layout = ParameterLayout.of("W", w);
                    double[] bv = RowFunction.flat(b);
                    double[] cv = RowFunction.flat(c);
                    t.gradient("d loss / d shared W", NETWORK, RowFunction.scalar(layout,
                            th -> tiedAt(th, p, d, bv, cv).loss(x, x), th -> {
                                AutoencoderGradients g = tiedAt(th, p, d, bv, cv).gradients(x, x).tied();
                                return RowFunction.slice(g.flat(), 0, p * d);
                            }), w);
                })));
    }

    private static Autoencoder tiedAt(double[] theta, int p, int d, double[] b, double[] c) {
        double[][] w = new double[p][d];
        for (int i = 0; i < p; i++) {
            System.arraycopy(theta, i * d, w[i], 0, d);
        }
        return Autoencoder.tied(w, b, c, Squash.SIGMOID, Squash.IDENTITY);
    }

    private static AutoencoderParameters sigmoidShape(io.verideck.verifier.property.Trial t) {
        return new AutoencoderParameters(t.draw("p", Gen.integers(1, 4)), t.draw("d", Gen.integers(1, 4)), Squash.SIGMOID, Squash.IDENTITY);
    }

    private static double nearZeroFraction(double[][] h, double threshold) {
        int count = 0;
        int total = 0;
        for (double[] row : h) {
            for (double v : row) {
                count += Math.abs(v) < threshold ? 1 : 0;
                total++;
            }
        }
        return (double) count / total;
    }
}
