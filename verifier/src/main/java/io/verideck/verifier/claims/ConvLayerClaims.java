package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.conv.Conv2d;
import io.verideck.numeric.conv.ConvOutputSize;
import io.verideck.numeric.conv.ConvSpec;
import io.verideck.numeric.conv.Im2col;
import io.verideck.numeric.conv.LocallyConnected2d;
import io.verideck.numeric.conv.PlaneConvolution;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/** H5 to H10: multi-channel, grouped, strided, locally connected and tiled convolution; equivariance; sparsity. */
final class ConvLayerClaims {
    static final GradientChecker NETWORK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.NETWORK);

    private ConvLayerClaims() {
    }

    static Claim multichannel() {
        return new Claim("H5", "conv-multichannel",
                "Z_{i,j,k}=\\sum_{l,m,n}V_{l,j+m-1,k+n-1}K_{i,l,m,n},\\quad \\#\\text{params}=C_{out}(F_hF_wC_{in}+1)",
                "io.verideck.numeric.conv.Conv2d", Set.of("convolution", "gradient"), List.of(
                forAll("loop implementation = im2col matrix product = ND4J conv2d (stride, padding, bias)", 10, t -> {
                    Conv2d conv = t.draw("geometry", geometry(1));
                    INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    INDArray b = t.draw("b", TensorGen.dense(-1, 1, conv.filters()));
                    INDArray z = conv.forward(x, k, b);
                    INDArray bias = b.reshape(1, conv.filters(), 1, 1).broadcast(conv.outputShape());
                    t.close("im2col", Im2col.forward(conv, x, k).add(bias), z, Tolerance.IDENTITY);
                    t.close("ND4J conv2d", conv.builtIn(x, k, b), z, Tolerance.IDENTITY);
                }),
                once("parameter counts: 4 filters 5x5x3 -> 304; 45 filters 5x5x32 -> 36045; one 5x5x3 window = 75 products", t -> {
                    t.require(Conv2d.of(new long[] {1, 3, 32, 32}, new long[] {4, 3, 5, 5}, ConvSpec.VALID).parameterCount() == 304, "304");
                    t.require(Conv2d.of(new long[] {1, 32, 9, 9}, new long[] {45, 32, 5, 5}, ConvSpec.VALID).parameterCount() == 36045, "36045");
                    Conv2d one = Conv2d.of(new long[] {1, 3, 5, 5}, new long[] {1, 3, 5, 5}, ConvSpec.VALID);
                    INDArray z = one.forward(Nd4j.ones(1, 3, 5, 5), Nd4j.ones(1, 3, 5, 5), null);
                    t.require(z.length() == 1, "one output position");
                    t.close("products summed", z.getDouble(0), 75, Tolerance.IDENTITY);
                }),
                forAll("output depth = number of filters; kernel depth = input channels", t -> {
                    Conv2d conv = t.draw("geometry", geometry(1));
                    INDArray z = conv.forward(Nd4j.zeros(conv.inputShape()), Nd4j.zeros(conv.kernelShape()), null);
                    t.require(z.size(1) == conv.filters(), "depth " + z.size(1));
                    t.require(conv.kernelShape()[1] == conv.channels(), "kernel depth");
                }),
                forAll("a multi-channel conv is the sum over input channels of single-channel convs", t -> {
                    Conv2d conv = t.draw("geometry", geometry(1));
                    INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    Conv2d single = new Conv2d(conv.batch(), 1, conv.height(), conv.width(), conv.filters(), conv.kernelH(),
                            conv.kernelW(), conv.spec());
                    INDArray sum = Nd4j.zeros(conv.outputShape());
                    for (int c = 0; c < conv.channels(); c++) {
                        sum.addi(single.forward(channel(x, c), channel(k, c), null));
                    }
                    t.close("sum of channels", sum, conv.forward(x, k, null), Tolerance.IDENTITY);
                }),
                forAll("gradient w.r.t. V, K and b matches central differences", t -> {
                    Conv2d conv = t.draw("geometry", geometry(1));
                    gradientCheck(t, conv);
                })));
    }

    static Claim groups() {
        return new Claim("H6", "conv-groups",
                "\\operatorname{conv}_g(x)=\\operatorname{concat}_i\\operatorname{conv}(x_{[i]},K_{[i]}),\\quad \\#\\text{weights}=C_{out}\\frac{C_{in}}{g}F^2",
                "io.verideck.numeric.conv.Conv2d", Set.of("convolution"), List.of(
                forAll("groups = g equals g independent convs on channel slices, concatenated", t -> {
                    int g = t.draw("g", Gen.integers(1, 3));
                    int cin = g * t.draw("C/g", Gen.integers(1, 2));
                    int cout = g * t.draw("O/g", Gen.integers(1, 2));
                    int n = t.draw("N", Gen.integers(3, 6));
                    int f = t.draw("F", Gen.integers(1, 3));
                    Conv2d conv = Conv2d.of(new long[] {2, cin, n, n}, new long[] {cout, cin / g, f, f}, new ConvSpec(1, 0, g));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    Conv2d slice = Conv2d.of(new long[] {2, cin / g, n, n}, new long[] {cout / g, cin / g, f, f}, ConvSpec.VALID);
                    INDArray[] parts = new INDArray[g];
                    for (int i = 0; i < g; i++) {
                        parts[i] = slice.forward(x.get(NDArrayIndex.all(), NDArrayIndex.interval(i * cin / g, (i + 1) * cin / g)).dup(),
                                k.get(NDArrayIndex.interval(i * cout / g, (i + 1) * cout / g)).dup(), null);
                    }
                    t.close("split/concat", Nd4j.concat(1, parts), conv.forward(x, k, null), Tolerance.IDENTITY);
                }),
                forAll("weights C_out (C_in / g) F^2 (+ C_out biases): 1/g of the dense conv's", t -> {
                    int g = t.draw("g", Gen.integers(1, 8));
                    int cin = g * t.draw("C/g", Gen.integers(1, 8));
                    int cout = g * t.draw("O/g", Gen.integers(1, 8));
                    int f = t.draw("F", Gen.integers(1, 7));
                    Conv2d grouped = Conv2d.of(new long[] {1, cin, f, f}, new long[] {cout, cin / g, f, f}, new ConvSpec(1, 0, g));
                    Conv2d dense = Conv2d.of(new long[] {1, cin, f, f}, new long[] {cout, cin, f, f}, ConvSpec.VALID);
                    long weights = grouped.parameterCount() - cout;
                    t.require(weights == (long) cout * (cin / g) * f * f, "count " + weights);
                    t.require(weights * g == dense.parameterCount() - cout, "not 1/g of the dense weights");
                }),
                forAll("g = 1 is the normal conv (ND4J); g = C_in = C_out is depthwise", 10, t -> {
                    int c = t.draw("C", Gen.integers(1, 4));
                    int n = t.draw("N", Gen.integers(3, 6));
                    int f = t.draw("F", Gen.integers(1, 3));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 1, c, n, n));
                    INDArray kd = t.draw("K dense", TensorGen.dense(-1, 1, c, c, f, f));
                    Conv2d one = Conv2d.of(x.shape(), kd.shape(), new ConvSpec(1, 0, 1));
                    t.close("g = 1", one.forward(x, kd, null), one.builtIn(x, kd, null), Tolerance.IDENTITY);
                    INDArray kw = t.draw("K depthwise", TensorGen.dense(-1, 1, c, 1, f, f));
                    INDArray z = Conv2d.of(x.shape(), kw.shape(), new ConvSpec(1, 0, c)).forward(x, kw, null);
                    for (int ch = 0; ch < c; ch++) {
                        t.close("channel " + ch, z.get(NDArrayIndex.point(0), NDArrayIndex.point(ch)),
                                PlaneConvolution.correlateValid(x.get(NDArrayIndex.point(0), NDArrayIndex.point(ch)).dup(),
                                        kw.get(NDArrayIndex.point(ch), NDArrayIndex.point(0)).dup()), Tolerance.IDENTITY);
                    }
                })));
    }

    static Claim equivariance() {
        return new Claim("H7", "conv-translation-equivariance", "f(g(x))=g(f(x)),\\quad g:\\ I'(x,y)=I(x-1,y)",
                "io.verideck.numeric.conv.PlaneConvolution", Set.of("convolution"), List.of(
                forAll("circular padding: conv(shift(I)) = shift(conv(I)) exactly", t -> {
                    INDArray image = t.draw("I", TensorGen.dense(-1, 1, t.draw("H", Gen.integers(2, 7)), t.draw("W", Gen.integers(2, 7))));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, t.draw("kh", Gen.integers(1, 3)), t.draw("kw", Gen.integers(1, 3))));
                    int dy = t.draw("dy", Gen.integers(-3, 3));
                    int dx = t.draw("dx", Gen.integers(-3, 3));
                    t.close("shift commutes", PlaneConvolution.correlateCircular(PlaneConvolution.shift(image, dy, dx), k),
                            PlaneConvolution.shift(PlaneConvolution.correlateCircular(image, k), dy, dx), EXACT);
                }),
                forAll("zero fill: equality away from the border the shift exposes", t -> {
                    INDArray image = t.draw("I", TensorGen.dense(-1, 1, t.draw("H", Gen.integers(3, 7)), t.draw("W", Gen.integers(4, 8))));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, t.draw("kh", Gen.integers(1, 3)), t.draw("kw", Gen.integers(1, 3))));
                    INDArray shifted = zeroShiftRight(image);
                    INDArray a = PlaneConvolution.correlateValid(shifted, k);
                    INDArray b = PlaneConvolution.correlateValid(image, k);
                    long w = a.size(1);
                    t.close("interior", a.get(NDArrayIndex.all(), NDArrayIndex.interval(1, w)),
                            b.get(NDArrayIndex.all(), NDArrayIndex.interval(0, w - 1)), EXACT);
                }),
                forAll("rotation by 90 degrees is not equivariant for a non-symmetric kernel (witness)", t -> {
                    int n = t.draw("N", Gen.integers(3, 6));
                    INDArray image = t.draw("I", TensorGen.dense(-1, 1, n, n));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, 2, 2));
                    INDArray a = PlaneConvolution.correlateValid(PlaneConvolution.rotate90(image), k);
                    INDArray b = PlaneConvolution.rotate90(PlaneConvolution.correlateValid(image, k));
                    witness(t, a.sub(b).amaxNumber().doubleValue(), "rotation commuted");
                }),
                forAll("a locally connected layer is not translation-equivariant (witness)", t -> {
                    INDArray image = t.draw("I", TensorGen.dense(-1, 1, 1, 1, 4, 6));
                    LocallyConnected2d lc = new LocallyConnected2d(Conv2d.of(image.shape(), new long[] {1, 1, 2, 2}, ConvSpec.VALID));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, lc.weightShape()));
                    INDArray a = lc.forward(zeroShiftRight(image.reshape(4, 6)).reshape(1, 1, 4, 6), w);
                    INDArray b = lc.forward(image, w);
                    double gap = a.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 5))
                            .sub(b.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 4)))
                            .amaxNumber().doubleValue();
                    witness(t, gap, "the locally connected layer commuted with the shift");
                })));
    }

    static Claim sparsity() {
        return new Claim("H8", "conv-sparsity-efficiency",
                "\\text{width-3 kernel: each input feeds 3 outputs};\\ 319\\cdot280\\cdot3=267{,}960\\ \\text{vs}\\ 320\\cdot280\\cdot319\\cdot280",
                "io.verideck.numeric.conv.Conv1d", Set.of("convolution"), List.of(
                forAll("finite-difference Jacobian of a width-3 conv: at most 3 nonzeros per column, exactly 3 inside", t -> {
                    int n = t.draw("n", Gen.integers(5, 12));
                    INDArray w = t.draw("w", TensorGen.dense(0.1, 1, 3));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, n));
                    double h = 1e-6;
                    for (int i = 0; i < n; i++) {
                        INDArray up = x.dup();
                        up.putScalar(i, x.getDouble(i) + h);
                        INDArray down = x.dup();
                        down.putScalar(i, x.getDouble(i) - h);
                        INDArray column = io.verideck.numeric.conv.Conv1d.correlateValid(up, w)
                                .sub(io.verideck.numeric.conv.Conv1d.correlateValid(down, w)).divi(2 * h);
                        int nonzero = (int) Transforms.abs(column, true).gt(1e-6).castTo(column.dataType()).sumNumber().doubleValue();
                        t.require(nonzero <= 3, "input " + i + " affects " + nonzero + " outputs");
                        if (i >= 2 && i < n - 2) {
                            t.require(nonzero == 3, "interior input " + i + " affects " + nonzero + " outputs");
                        }
                    }
                }),
                once("the edge detector on 320 x 280: 319 x 280 outputs, 267,960 flops, dense 8,003,072,000 entries (64 GB)", t -> {
                    Conv2d edge = Conv2d.of(new long[] {1, 1, 280, 320}, new long[] {1, 1, 1, 2}, ConvSpec.VALID);
                    t.require(edge.outHeight() == 280 && edge.outWidth() == 319, "output " + edge.outHeight() + " x " + edge.outWidth());
                    long outputs = (long) edge.outHeight() * edge.outWidth();
                    long flops = outputs * (2 + 1);
                    t.require(flops == 267_960L, "flops " + flops);
                    long dense = 320L * 280 * outputs;
                    t.require(dense == 8_003_072_000L, "dense entries " + dense);
                    t.close("GB in float64", dense * 8 / 1e9, 64.0, new Tolerance(0.1, 0));
                    t.require(319L * 320 * 3 != 267_960L, "the source's product 319 x 320 x 3 would be right");
                }),
                forAll("the edge kernel [-1, 1] computes x(i, j+1) - x(i, j)", t -> {
                    INDArray image = t.draw("I", TensorGen.dense(-1, 1, t.draw("H", Gen.integers(1, 6)), t.draw("W", Gen.integers(2, 7))));
                    long w = image.size(1);
                    t.close("difference", PlaneConvolution.correlateValid(image, io.verideck.numeric.conv.ImageKernels.edge()),
                            image.get(NDArrayIndex.all(), NDArrayIndex.interval(1, w)).sub(image.get(NDArrayIndex.all(), NDArrayIndex.interval(0, w - 1))),
                            EXACT);
                })));
    }

    static Claim strided() {
        return new Claim("H9", "conv-strided", "\\operatorname{conv}_s(x)[i]=\\operatorname{conv}_1(x)[s\\,i]",
                "io.verideck.numeric.conv.Conv2d", Set.of("convolution"), List.of(
                forAll("stride s equals unit stride then keeping every s-th output (1-D and 2-D, s in {2, 3})", t -> {
                    int s = t.draw("s", Gen.integers(2, 3));
                    boolean oneD = t.draw("1-D", Gen.oneOf(true, false));
                    int n = t.draw("N", Gen.integers(3, 9));
                    int f = t.draw("F", Gen.integers(1, 3));
                    int p = oneD ? 0 : t.draw("P", Gen.integers(0, 1));
                    long[] xs = {1, 2, oneD ? 1 : n, n};
                    long[] ks = {2, 2, oneD ? 1 : f, f};
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, xs));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, ks));
                    Conv2d strided = new Conv2d(1, 2, (int) xs[2], n, 2, (int) ks[2], f, new ConvSpec(s, p, 1));
                    Conv2d unit = new Conv2d(1, 2, (int) xs[2], n, 2, (int) ks[2], f, new ConvSpec(1, p, 1));
                    INDArray full = unit.forward(x, k, null);
                    INDArray sub = full.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.indices(every(s, full.size(2))),
                            NDArrayIndex.indices(every(s, full.size(3))));
                    t.close("subsampled", strided.forward(x, k, null), sub, EXACT);
                    t.require(strided.outWidth() == ConvOutputSize.of(n, f, p, s), "output size disagrees with H4");
                })));
    }

    static Claim locallyConnected() {
        return new Claim("H10", "conv-locally-connected-tiled",
                "Z_{i,j,k}=\\sum_{l,m,n}V_{l,j+m-1,k+n-1}w_{i,j,k,l,m,n};\\ \\text{tiled: } K_{\\cdot,\\cdot,\\cdot,\\cdot,j\\%t,k\\%t};\\ t=1\\Rightarrow\\text{conv}",
                "io.verideck.numeric.conv.LocallyConnected2d", Set.of("convolution", "gradient"), List.of(
                forAll("a locally connected layer with all positions tied equals conv", t -> {
                    Conv2d conv = t.draw("geometry", validGeometry());
                    LocallyConnected2d lc = new LocallyConnected2d(conv);
                    INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    t.close("tied", lc.forward(x, lc.tied(k)), conv.forward(x, k, null), Tolerance.IDENTITY);
                }),
                forAll("tiled convolution with t = 1 equals conv; t >= 2 differs (witness)", t -> {
                    Conv2d conv = t.draw("geometry", validGeometry().filter(c -> c.outWidth() >= 2));
                    LocallyConnected2d lc = new LocallyConnected2d(conv);
                    INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    t.close("t = 1", lc.forward(x, lc.tiled(k.reshape('c', prepend(k.shape(), 1, 1)))), conv.forward(x, k, null),
                            Tolerance.IDENTITY);
                    INDArray two = t.draw("kernels t=2", TensorGen.dense(-1, 1, prepend(k.shape(), 2, 2)));
                    witness(t, lc.forward(x, lc.tiled(two)).sub(conv.forward(x, two.get(NDArrayIndex.point(0), NDArrayIndex.point(0)).dup(), null))
                            .amaxNumber().doubleValue(), "t = 2 gave the ordinary conv");
                }),
                forAll("parameters: LC = output positions x kernel parameters; tiled (1-D) = t x kernel parameters", t -> {
                    int n = t.draw("N", Gen.integers(3, 12));
                    int f = t.draw("F", Gen.integers(1, 3));
                    int tt = t.draw("t", Gen.integers(1, 4));
                    int c = t.draw("C", Gen.integers(1, 3));
                    int o = t.draw("O", Gen.integers(1, 3));
                    Conv2d conv = Conv2d.of(new long[] {1, c, 1, n}, new long[] {o, c, 1, f}, ConvSpec.VALID);
                    LocallyConnected2d lc = new LocallyConnected2d(conv);
                    long kernel = (long) o * c * f;
                    t.require(lc.parameterCount() == conv.outWidth() * kernel, "LC count " + lc.parameterCount());
                    INDArray kernels = Nd4j.zeros(1, tt, o, c, 1, f);
                    t.require(kernels.length() == tt * kernel, "tiled count " + kernels.length());
                    t.require(lc.tiled(kernels).length() == lc.parameterCount(), "expanded tiled weights have the LC shape");
                }),
                forAll("gradient of the LC layer w.r.t. its weights matches central differences", 10, t -> {
                    Conv2d conv = t.draw("geometry", validGeometry());
                    LocallyConnected2d lc = new LocallyConnected2d(conv);
                    INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, lc.weightShape()));
                    INDArray d = t.draw("D", TensorGen.dense(-1, 1, conv.outputShape()));
                    double[] dv = RowFunction.flat(d);
                    double[] xv = RowFunction.flat(x);
                    ParameterLayout layout = ParameterLayout.of("w", w);
                    t.gradient("dL/dw", NETWORK, RowFunction.scalar(layout,
                            theta -> RowFunction.dot(dv, lc.forward(xv, theta)),
                            theta -> RowFunction.flat(lc.weightGradient(x, d))), w);
                })));
    }

    static final Tolerance EXACT = new Tolerance(1e-12, 1e-12);

    /** Checks {@code L = sum(D * (conv(X, K) + b))} against central differences in X, K and b. */
    static void gradientCheck(Trial t, Conv2d conv) {
        INDArray x = t.draw("V", TensorGen.dense(-1, 1, conv.inputShape()));
        INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
        INDArray b = t.draw("b", TensorGen.dense(-1, 1, conv.filters()));
        INDArray d = t.draw("D", TensorGen.dense(-1, 1, conv.outputShape()));
        double[] dv = RowFunction.flat(d);
        int nx = (int) x.length();
        int nk = (int) k.length();
        ParameterLayout layout = ParameterLayout.of("V", x, "K", k, "b", b);
        t.gradient("dL/dV, dL/dK, dL/db", NETWORK, RowFunction.scalar(layout,
                theta -> RowFunction.dot(dv, conv.forward(RowFunction.slice(theta, 0, nx), RowFunction.slice(theta, nx, nk),
                        RowFunction.slice(theta, nx + nk, conv.filters()))),
                theta -> RowFunction.concat(RowFunction.flat(conv.transpose(d, k)), RowFunction.flat(conv.kernelGradient(x, d)),
                        RowFunction.flat(conv.biasGradient(d)))), layout.pack(x, k, b));
    }

    /** Random small conv geometries with {@code groups} groups (stride 1-2, padding 0-1, kernel 1-3). */
    static Gen<Conv2d> geometry(int groups) {
        return s -> {
            int batch = Gen.integers(1, 2).generate(s);
            int c = Gen.integers(1, 3).generate(s);
            int o = Gen.integers(1, 3).generate(s);
            int f = Gen.integers(1, 3).generate(s);
            int p = Gen.integers(0, 1).generate(s);
            int st = Gen.integers(1, 2).generate(s);
            int h = Gen.integers(Math.max(1, f - 2 * p), 5).generate(s);
            int w = Gen.integers(Math.max(1, f - 2 * p), 5).generate(s);
            return new Conv2d(batch, c * groups, h, w, o * groups, f, f, new ConvSpec(st, p, groups));
        };
    }

    private static Gen<Conv2d> validGeometry() {
        return s -> {
            int c = Gen.integers(1, 2).generate(s);
            int o = Gen.integers(1, 2).generate(s);
            int f = Gen.integers(1, 3).generate(s);
            int h = Gen.integers(f, 5).generate(s);
            int w = Gen.integers(f, 5).generate(s);
            return new Conv2d(1, c, h, w, o, f, f, ConvSpec.VALID);
        };
    }

    private static long[] every(int s, long n) {
        long[] idx = new long[(int) ((n + s - 1) / s)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = (long) i * s;
        }
        return idx;
    }

    private static INDArray channel(INDArray a, int c) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.interval(c, c + 1)).dup();
    }

    private static INDArray zeroShiftRight(INDArray image) {
        INDArray out = Nd4j.zeros(image.shape());
        long w = image.size(1);
        out.get(NDArrayIndex.all(), NDArrayIndex.interval(1, w)).assign(image.get(NDArrayIndex.all(), NDArrayIndex.interval(0, w - 1)));
        return out;
    }

    private static long[] prepend(long[] shape, long a, long b) {
        long[] out = new long[shape.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(shape, 0, out, 2, shape.length);
        return out;
    }

    /** Requires a gap of at least 1e-3 between two computations; a smaller one discards the try. */
    static void witness(Trial t, double gap, String message) {
        if (gap < 1e-3) {
            throw new Discard("the two sides happen to be nearly equal here");
        }
        t.require(gap >= 1e-3, message);
    }
}
