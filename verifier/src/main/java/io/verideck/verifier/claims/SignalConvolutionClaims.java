package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.conv.Conv1d;
import io.verideck.numeric.conv.Conv2d;
import io.verideck.numeric.conv.ConvOutputSize;
import io.verideck.numeric.conv.ConvSpec;
import io.verideck.numeric.conv.Fourier;
import io.verideck.numeric.conv.PlaneConvolution;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** H1 to H4: discrete convolution, convolution vs cross-correlation, the matrix view, the output size. */
final class SignalConvolutionClaims {
    private static final Tolerance EXACT = new Tolerance(1e-12, 1e-12);

    private SignalConvolutionClaims() {
    }

    static Claim discrete() {
        return new Claim("H1", "conv-discrete", "(x*w)(t)=\\sum_a x(a)\\,w(t-a),\\quad x*w=w*x",
                "io.verideck.numeric.conv.Conv1d", Set.of("convolution"), List.of(
                forAll("full 1-D convolution is commutative", t -> {
                    INDArray x = t.draw("x", signal(t, "n"));
                    INDArray w = t.draw("w", signal(t, "m"));
                    t.close("x*w vs w*x", Conv1d.full(x, w), Conv1d.full(w, x), EXACT);
                }),
                forAll("equals polynomial multiplication (evaluate both at a point)", t -> {
                    INDArray x = t.draw("x", signal(t, "n"));
                    INDArray w = t.draw("w", signal(t, "m"));
                    double z = t.draw("t", Gen.doubles(-1.5, 1.5));
                    t.close("p(t) q(t)", polynomial(Conv1d.full(x, w), z), polynomial(x, z) * polynomial(w, z), Tolerance.IDENTITY);
                }),
                forAll("equals the FFT-based convolution", t -> {
                    INDArray x = t.draw("x", signal(t, "n"));
                    INDArray w = t.draw("w", signal(t, "m"));
                    t.close("FFT", Conv1d.viaFft(x, w), Conv1d.full(x, w), EXACT);
                }),
                forAll("linear in each argument", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, n));
                    INDArray y = t.draw("y", TensorGen.dense(-1, 1, n));
                    INDArray w = t.draw("w", signal(t, "m"));
                    double a = t.draw("a", Gen.doubles(-3, 3));
                    double b = t.draw("b", Gen.doubles(-3, 3));
                    INDArray lhs = Conv1d.full(x.mul(a).add(y.mul(b)), w);
                    t.close("first argument", lhs, Conv1d.full(x, w).mul(a).add(Conv1d.full(y, w).mul(b)), Tolerance.IDENTITY);
                    t.close("second argument", Conv1d.full(w, x.mul(a).add(y.mul(b))),
                            Conv1d.full(w, x).mul(a).add(Conv1d.full(w, y).mul(b)), Tolerance.IDENTITY);
                }),
                forAll("two Gaussian densities convolve to the Gaussian with summed variances (quadrature)", t -> {
                    double s1 = t.draw("s1", Gen.doubles(0.3, 2));
                    double s2 = t.draw("s2", Gen.doubles(0.3, 2));
                    double at = t.draw("t", Gen.doubles(-3, 3));
                    // Trapezoid rule on [-12, 12] with step 1e-2: spectrally accurate for Gaussians this wide.
                    double h = 1e-2;
                    double sum = 0;
                    for (int i = -1200; i <= 1200; i++) {
                        double tau = i * h;
                        sum += normal(tau, s1) * normal(at - tau, s2);
                    }
                    t.close("(f*g)(t)", sum * h, normal(at, Math.sqrt(s1 * s1 + s2 * s2)), new Tolerance(1e-10, 1e-8));
                })));
    }

    static Claim crossCorrelation() {
        return new Claim("H2", "conv-vs-crosscorrelation",
                "(I*K)(i,j)=\\sum_{m,n}I(m,n)K(i-m,j-n),\\quad (I\\star K)(i,j)=\\sum_{m,n}I(i+m,j+n)K(m,n),\\quad I*K=I\\star\\operatorname{flip}(K)",
                "io.verideck.numeric.conv.PlaneConvolution", Set.of("convolution"), List.of(
                forAll("valid convolution equals cross-correlation with the flipped kernel", t -> {
                    INDArray[] ik = imageAndKernel(t);
                    t.close("flip identity", PlaneConvolution.convolveValid(ik[0], ik[1]),
                            PlaneConvolution.correlateValid(ik[0], PlaneConvolution.flip(ik[1])), EXACT);
                }),
                forAll("full convolution commutes; full cross-correlation does not (witness)", t -> {
                    INDArray a = t.draw("A", TensorGen.dense(-1, 1, t.draw("ha", Gen.integers(2, 5)), t.draw("wa", Gen.integers(2, 5))));
                    INDArray b = t.draw("B", TensorGen.dense(-1, 1, t.draw("hb", Gen.integers(2, 4)), t.draw("wb", Gen.integers(2, 4))));
                    t.close("A*B vs B*A", PlaneConvolution.full(a, b), PlaneConvolution.full(b, a), EXACT);
                    double gap = PlaneConvolution.correlateFull(a, b).sub(PlaneConvolution.correlateFull(b, a)).amaxNumber().doubleValue();
                    if (gap < 1e-3) {
                        throw new Discard("cross-correlation happens to be nearly symmetric here");
                    }
                    t.require(gap >= 1e-3, "cross-correlation commuted");
                }),
                forAll("valid output size is (H - k_h + 1) x (W - k_w + 1)", t -> {
                    INDArray[] ik = imageAndKernel(t);
                    long[] s = PlaneConvolution.correlateValid(ik[0], ik[1]).shape();
                    t.require(s[0] == ik[0].size(0) - ik[1].size(0) + 1 && s[1] == ik[0].size(1) - ik[1].size(1) + 1,
                            "shape " + java.util.Arrays.toString(s));
                }),
                forAll("equals ND4J's built-in conv2d (a cross-correlation)", 10, t -> {
                    INDArray[] ik = imageAndKernel(t);
                    long[] is = ik[0].shape();
                    long[] ks = ik[1].shape();
                    Conv2d conv = Conv2d.of(new long[] {1, 1, is[0], is[1]}, new long[] {1, 1, ks[0], ks[1]}, ConvSpec.VALID);
                    INDArray builtIn = conv.builtIn(ik[0].reshape(1, 1, is[0], is[1]), ik[1].reshape(1, 1, ks[0], ks[1]), null);
                    t.close("ND4J conv2d", builtIn, PlaneConvolution.correlateValid(ik[0], ik[1]), Tolerance.IDENTITY);
                })));
    }

    static Claim asMatrix() {
        return new Claim("H3", "conv-as-matrix",
                "s=Tx,\\ T_{t,t+a}=w_a\\ \\text{(banded Toeplitz)},\\quad C_{ij}=c_{(i-j)\\bmod n},\\quad \\nabla_x=T^\\top\\delta",
                "io.verideck.numeric.conv.Conv1d", Set.of("convolution", "linear-algebra"), List.of(
                forAll("the explicit Toeplitz matrix times x equals the valid correlation and convolution", t -> {
                    int n = t.draw("n", Gen.integers(1, 9));
                    int m = t.draw("m", Gen.integers(1, n));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, n));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, m));
                    t.close("T x", Conv1d.toeplitz(w, n).mmul(x.reshape(n, 1)), Conv1d.correlateValid(x, w), Tolerance.IDENTITY);
                    t.close("T(flip w) x", Conv1d.toeplitz(Conv1d.reversed(w), n).mmul(x.reshape(n, 1)), Conv1d.convolveValid(x, w),
                            Tolerance.IDENTITY);
                }),
                forAll("circular convolution is the circulant product, and the DFT diagonalizes the circulant", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray c = t.draw("c", TensorGen.dense(-1, 1, n));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, n));
                    INDArray circ = Conv1d.circulant(c);
                    t.close("C x", circ.mmul(x.reshape(n, 1)), Conv1d.circular(x, c), Tolerance.IDENTITY);
                    int size = Integer.bitCount(n) == 1 ? n : 0;
                    double[][] lambda = size > 0 ? Fourier.transform(RowFunction.flat(c), new double[n], false) : dft(RowFunction.flat(c));
                    for (int k = 0; k < n; k++) {
                        double[] re = new double[n];
                        double[] im = new double[n];
                        for (int j = 0; j < n; j++) {
                            re[j] = Math.cos(2 * Math.PI * j * k / n);
                            im[j] = Math.sin(2 * Math.PI * j * k / n);
                        }
                        INDArray fr = Nd4j.createFromArray(re).reshape(n, 1);
                        INDArray fi = Nd4j.createFromArray(im).reshape(n, 1);
                        double lr = lambda[0][k];
                        double li = lambda[1][k];
                        t.close("Re C f_" + k, circ.mmul(fr), fr.mul(lr).sub(fi.mul(li)), Tolerance.IDENTITY);
                        t.close("Im C f_" + k, circ.mmul(fi), fi.mul(lr).add(fr.mul(li)), Tolerance.IDENTITY);
                    }
                }),
                forAll("the Toeplitz matrix has at most k n nonzeros, all copies of the k kernel entries", t -> {
                    int n = t.draw("n", Gen.integers(1, 12));
                    int m = t.draw("m", Gen.integers(1, n));
                    INDArray w = t.draw("w", TensorGen.dense(0.1, 1, m));
                    INDArray tm = Conv1d.toeplitz(w, n);
                    double nnz = tm.neq(0).castTo(tm.dataType()).sumNumber().doubleValue();
                    t.require(nnz <= (double) m * n, "nonzeros " + nnz + " > k n = " + m * n);
                    t.close("shared entries: column sums of T over the band", tm.sum(0).sumNumber().doubleValue(),
                            (n - m + 1) * w.sumNumber().doubleValue(), Tolerance.IDENTITY);
                }),
                forAll("adjoint test <conv x, y> = <x, convT y> (stride, padding, channels)", t -> {
                    int stride = t.draw("S", Gen.integers(1, 3));
                    int pad = t.draw("P", Gen.integers(0, 2));
                    int f = t.draw("F", Gen.integers(1, 3));
                    int n = t.draw("N", Gen.integers(Math.max(1, f - 2 * pad), 7));
                    int cin = t.draw("C", Gen.integers(1, 3));
                    int cout = t.draw("O", Gen.integers(1, 3));
                    Conv2d conv = Conv2d.of(new long[] {2, cin, n, n + 1}, new long[] {cout, cin, f, f}, ConvSpec.of(stride, pad));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    INDArray y = t.draw("y", TensorGen.dense(-1, 1, conv.outputShape()));
                    double lhs = conv.forward(x, k, null).mul(y).sumNumber().doubleValue();
                    double rhs = x.mul(conv.transpose(y, k)).sumNumber().doubleValue();
                    t.close("<Tx,y> vs <x,T^T y>", lhs, rhs, Tolerance.IDENTITY);
                })));
    }

    static Claim outputSize() {
        return new Claim("H4", "conv-output-size",
                "O=\\left\\lfloor\\frac{N-F+2P}{S}\\right\\rfloor+1,\\quad P=\\tfrac{F-1}{2}\\Rightarrow O=\\lceil N/S\\rceil",
                "io.verideck.numeric.conv.ConvOutputSize", Set.of("convolution", "shapes"), List.of(
                once("the formula equals the implementation's output length for all N <= 12, F <= 5, P <= 2, S <= 3", t -> {
                    int checked = 0;
                    for (int n = 1; n <= 12; n++) {
                        for (int f = 1; f <= 5; f++) {
                            for (int p = 0; p <= 2; p++) {
                                for (int s = 1; s <= 3; s++) {
                                    if (f > n + 2 * p) {
                                        continue;
                                    }
                                    // Square input and kernel: the implementation's output has O x O entries.
                                    Conv2d conv = new Conv2d(1, 1, n, n, 1, f, f, new ConvSpec(s, p, 1));
                                    int actual = conv.forward(new double[n * n], new double[f * f], null).length;
                                    int formula = (n - f + 2 * p) / s + 1;
                                    t.require(actual == formula * formula, "N=" + n + " F=" + f + " P=" + p + " S=" + s + ": " + actual
                                            + " outputs but the formula gives " + formula + " per side");
                                    checked++;
                                }
                            }
                        }
                    }
                    t.require(checked > 500, "only " + checked + " cases");
                }),
                forAll("golden cases: 3x3 gives N-2, 5x5 gives N-4, same padding stride 2 gives ceil(N/2)", t -> {
                    int n = t.draw("N", Gen.integers(5, 64));
                    t.require(ConvOutputSize.of(n, 3, 0, 1) == n - 2, "3x3 valid");
                    t.require(ConvOutputSize.of(n, 5, 0, 1) == n - 4, "5x5 valid");
                    t.require(ConvOutputSize.of(n, 3, ConvOutputSize.samePadding(3), 2) == (n + 1) / 2, "same, stride 2");
                    t.require(ConvOutputSize.of(n, 5, ConvOutputSize.samePadding(5), 1) == n, "same, stride 1");
                }),
                once("the edge kernel on a 320-pixel row gives 319; 28 x 28 kept with same padding; 227, 11, 0, 4 gives 55", t -> {
                    t.require(ConvOutputSize.of(320, 2, 0, 1) == 319, "320 -> 319");
                    t.require(ConvOutputSize.of(28, 5, 2, 1) == 28, "28 kept");
                    t.require(ConvOutputSize.of(227, 11, 0, 4) == 55, "227 -> 55");
                }),
                forAll("the source's \"(N/2)x(Nx2)\" for same padding and stride 2 is rejected", t -> {
                    int n = t.draw("N", Gen.integers(2, 32));
                    Conv2d conv = Conv2d.of(new long[] {1, 1, n, n}, new long[] {1, 1, 3, 3}, ConvSpec.of(2, 1));
                    t.require(conv.outHeight() == (n + 1) / 2 && conv.outWidth() == (n + 1) / 2, "not ceil(N/2) both ways");
                    t.require(conv.outWidth() != 2 * n, "width N x 2 would be upsampling");
                })));
    }

    private static Gen<INDArray> signal(io.verideck.verifier.property.Trial t, String lengthName) {
        int n = t.draw(lengthName, Gen.integers(1, 8));
        return TensorGen.dense(-1, 1, n);
    }

    private static INDArray[] imageAndKernel(io.verideck.verifier.property.Trial t) {
        int h = t.draw("H", Gen.integers(1, 7));
        int w = t.draw("W", Gen.integers(1, 7));
        int kh = t.draw("kh", Gen.integers(1, h));
        int kw = t.draw("kw", Gen.integers(1, w));
        return new INDArray[] {t.draw("I", TensorGen.dense(-1, 1, h, w)), t.draw("K", TensorGen.dense(-1, 1, kh, kw))};
    }

    private static double polynomial(INDArray coefficients, double z) {
        double s = 0;
        double[] c = RowFunction.flat(coefficients);
        for (int i = c.length - 1; i >= 0; i--) {
            s = s * z + c[i];
        }
        return s;
    }

    private static double normal(double x, double sd) {
        return Math.exp(-x * x / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
    }

    private static double[][] dft(double[] c) {
        int n = c.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                out[0][k] += c[j] * Math.cos(-2 * Math.PI * j * k / n);
                out[1][k] += c[j] * Math.sin(-2 * Math.PI * j * k / n);
            }
        }
        return out;
    }
}
