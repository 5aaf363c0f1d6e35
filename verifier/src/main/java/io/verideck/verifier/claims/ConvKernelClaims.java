package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.conv.Conv2d;
import io.verideck.numeric.conv.ConvOutputSize;
import io.verideck.numeric.conv.ConvSameDiff;
import io.verideck.numeric.conv.ConvSpec;
import io.verideck.numeric.conv.ImageKernels;
import io.verideck.numeric.conv.PlaneConvolution;
import io.verideck.numeric.conv.TransposedConv2d;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** H11, H12, H16: hand-crafted kernels, the convolution backward pass, the transposed convolution. */
final class ConvKernelClaims {
    private ConvKernelClaims() {
    }

    static Claim handcrafted() {
        return new Claim("H11", "conv-handcrafted-kernels",
                "\\textstyle\\sum K_{box}=1,\\ \\sum K_{sharp}=1,\\ \\sum G_x=\\sum g^{(k)}=0\\ (3\\cdot5-5\\cdot3=0),\\ G_x\\star\\text{ramp}=-8",
                "io.verideck.numeric.conv.ImageKernels", Set.of("convolution"), List.of(
                forAll("blur and sharpen (any amount) sum to 1; Sobel, Prewitt, edge and all 8 Kirsch kernels sum to 0", t -> {
                    double a = t.draw("amount", Gen.doubles(-5, 5));
                    t.close("box blur", ImageKernels.boxBlur().sumNumber().doubleValue(), 1, Tolerance.IDENTITY);
                    t.close("sharpen", ImageKernels.sharpen(a).sumNumber().doubleValue(), 1, Tolerance.IDENTITY);
                    t.close("Sobel", ImageKernels.sobelX().sumNumber().doubleValue(), 0, Tolerance.IDENTITY);
                    t.close("Prewitt", ImageKernels.prewittX().sumNumber().doubleValue(), 0, Tolerance.IDENTITY);
                    t.close("edge", ImageKernels.edge().sumNumber().doubleValue(), 0, Tolerance.IDENTITY);
                    for (int k = 1; k <= 8; k++) {
                        t.close("Kirsch " + k, ImageKernels.kirsch(k).sumNumber().doubleValue(), 0, Tolerance.IDENTITY);
                    }
                }),
                forAll("a constant image maps to the constant (blur, sharpen) or to 0 (edge kernels)", t -> {
                    double c = t.draw("c", Gen.doubles(-10, 10));
                    int n = t.draw("N", Gen.integers(3, 8));
                    double a = t.draw("amount", Gen.doubles(0, 3));
                    INDArray image = Nd4j.ones(n, n).muli(c);
                    long o = n - 2;
                    t.close("blur", PlaneConvolution.correlateValid(image, ImageKernels.boxBlur()), Nd4j.ones(o, o).muli(c), Tolerance.IDENTITY);
                    t.close("sharpen", PlaneConvolution.correlateValid(image, ImageKernels.sharpen(a)), Nd4j.ones(o, o).muli(c),
                            Tolerance.IDENTITY);
                    for (INDArray k : new INDArray[] {ImageKernels.sobelX(), ImageKernels.prewittX(), ImageKernels.kirsch(1), ImageKernels.kirsch(5)}) {
                        t.close("edge kernel", PlaneConvolution.correlateValid(image, k), Nd4j.zeros(o, o), Tolerance.IDENTITY);
                    }
                }),
                forAll("Sobel G_x on the ramp I(i, j) = j: -8 per pixel under cross-correlation, +8 under convolution", t -> {
                    int h = t.draw("H", Gen.integers(3, 7));
                    int w = t.draw("W", Gen.integers(3, 7));
                    INDArray ramp = Nd4j.zeros(h, w);
                    for (int j = 0; j < w; j++) {
                        ramp.getColumn(j).assign(j);
                    }
                    t.close("cross-correlation", PlaneConvolution.correlateValid(ramp, ImageKernels.sobelX()), Nd4j.ones(h - 2, w - 2).muli(-8),
                            Tolerance.IDENTITY);
                    t.close("convolution", PlaneConvolution.convolveValid(ramp, ImageKernels.sobelX()), Nd4j.ones(h - 2, w - 2).muli(8),
                            Tolerance.IDENTITY);
                }),
                once("Kirsch g(2) and g(3) are g(1) and g(2) with the ring turned 45 degrees (the lecture's matrices)", t -> {
                    INDArray g1 = Nd4j.createFromArray(new double[][] {{5, 5, 5}, {-3, 0, -3}, {-3, -3, -3}});
                    INDArray g2 = Nd4j.createFromArray(new double[][] {{5, 5, -3}, {5, 0, -3}, {-3, -3, -3}});
                    INDArray g3 = Nd4j.createFromArray(new double[][] {{5, -3, -3}, {5, 0, -3}, {5, -3, -3}});
                    t.close("g1", ImageKernels.kirsch(1), g1, Tolerance.IDENTITY);
                    t.close("g2", ImageKernels.kirsch(2), g2, Tolerance.IDENTITY);
                    t.close("g3", ImageKernels.kirsch(3), g3, Tolerance.IDENTITY);
                    t.close("turn g1", ImageKernels.turnRing(g1), g2, Tolerance.IDENTITY);
                    t.close("turn g2", ImageKernels.turnRing(g2), g3, Tolerance.IDENTITY);
                    INDArray g = g1;
                    for (int k = 0; k < 8; k++) {
                        g = ImageKernels.turnRing(g);
                    }
                    t.close("8 turns = identity", g, g1, Tolerance.IDENTITY);
                })));
    }

    static Claim backprop() {
        return new Claim("H12", "conv-backprop",
                "Y=X\\star K:\\ \\nabla_K=X\\star\\delta,\\ \\nabla_X=\\delta*_{\\text{full}}K,\\ \\nabla_b=\\textstyle\\sum\\delta",
                "io.verideck.numeric.conv.Conv2d", Set.of("convolution", "gradient"), List.of(
                forAll("gradients match central differences (1-D and 2-D, multi-channel, stride, padding)", t -> {
                    boolean oneD = t.draw("1-D", Gen.oneOf(false, true));
                    Conv2d conv = t.draw("geometry", ConvLayerClaims.geometry(1));
                    if (oneD) {
                        conv = new Conv2d(conv.batch(), conv.channels(), 1, conv.width(), conv.filters(), 1, conv.kernelW(),
                                new ConvSpec(conv.spec().stride(), 0, 1));
                    }
                    ConvLayerClaims.gradientCheck(t, conv);
                }),
                forAll("grouped convolution: gradients match central differences", 10, t -> {
                    ConvLayerClaims.gradientCheck(t, t.draw("geometry", ConvLayerClaims.geometry(2)));
                }),
                forAll("closed forms: grad_K = X xcorr delta, grad_X = delta full-conv K (one channel, valid)", t -> {
                    int h = t.draw("H", Gen.integers(2, 7));
                    int w = t.draw("W", Gen.integers(2, 7));
                    int kh = t.draw("kh", Gen.integers(1, h));
                    int kw = t.draw("kw", Gen.integers(1, w));
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, h, w));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, kh, kw));
                    INDArray delta = t.draw("delta", TensorGen.dense(-1, 1, h - kh + 1, w - kw + 1));
                    Conv2d conv = Conv2d.of(new long[] {1, 1, h, w}, new long[] {1, 1, kh, kw}, ConvSpec.VALID);
                    INDArray d4 = delta.reshape(1, 1, h - kh + 1, w - kw + 1);
                    t.close("grad K", conv.kernelGradient(x.reshape(1, 1, h, w), d4), PlaneConvolution.correlateValid(x, delta),
                            Tolerance.IDENTITY);
                    t.close("grad X", conv.transpose(d4, k.reshape(1, 1, kh, kw)), PlaneConvolution.full(delta, k), Tolerance.IDENTITY);
                    t.close("grad b", conv.biasGradient(d4).getDouble(0), delta.sumNumber().doubleValue(), Tolerance.IDENTITY);
                }),
                forAll("equals SameDiff's gradients of its conv2d op", 5, t -> {
                    Conv2d conv = t.draw("geometry", ConvLayerClaims.geometry(1));
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, conv.inputShape()));
                    INDArray k = t.draw("K", TensorGen.dense(-1, 1, conv.kernelShape()));
                    INDArray b = t.draw("b", TensorGen.dense(-1, 1, conv.filters()));
                    INDArray d = t.draw("D", TensorGen.dense(-1, 1, conv.outputShape()));
                    ConvSameDiff sd = ConvSameDiff.gradients(conv, x, k, b, d);
                    t.close("dX", conv.transpose(d, k), sd.input(), Tolerance.IDENTITY);
                    t.close("dK", conv.kernelGradient(x, d), sd.kernel(), Tolerance.IDENTITY);
                    t.close("db", conv.biasGradient(d), sd.bias(), Tolerance.IDENTITY);
                })));
    }

    static Claim transposed() {
        return new Claim("H16", "conv-transposed",
                "\\langle\\operatorname{conv}(x),y\\rangle=\\langle x,\\operatorname{conv}^\\top(y)\\rangle,\\quad O=(N-1)S-2P+F",
                "io.verideck.numeric.conv.TransposedConv2d", Set.of("convolution"), List.of(
                forAll("adjoint identity <conv(x), y> = <x, convT(y)>", t -> {
                    Sample s = sample(t);
                    Conv2d conv = TransposedConv2d.geometry(s.y.shape(), s.k.shape(), s.spec);
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, conv.inputShape()));
                    double lhs = conv.forward(x, s.k, null).mul(s.y).sumNumber().doubleValue();
                    double rhs = x.mul(TransposedConv2d.forward(s.y, s.k, s.spec)).sumNumber().doubleValue();
                    t.close("adjoint", lhs, rhs, Tolerance.IDENTITY);
                }),
                forAll("output size (N - 1) S - 2P + F; stride 2 upsamples", t -> {
                    Sample s = sample(t);
                    INDArray up = TransposedConv2d.forward(s.y, s.k, s.spec);
                    long n = s.y.size(2);
                    long f = s.k.size(2);
                    t.require(up.size(2) == (n - 1) * s.spec.stride() - 2L * s.spec.padding() + f, "height " + up.size(2));
                    t.require(up.size(2) == ConvOutputSize.transposed((int) n, (int) f, s.spec.padding(), s.spec.stride()), "formula");
                    if (s.spec.stride() == 2 && s.spec.padding() == 0 && f >= 2) {
                        t.require(up.size(2) >= 2 * n, "stride 2 did not upsample: " + n + " -> " + up.size(2));
                    }
                }),
                forAll("equals ND4J's built-in deconv2d op", 10, t -> {
                    Sample s = sample(t);
                    t.close("deconv2d", TransposedConv2d.forward(s.y, s.k, s.spec), TransposedConv2d.builtIn(s.y, s.k, s.spec), Tolerance.IDENTITY);
                }),
                forAll("conv(convT(y)) has the shape of y", t -> {
                    Sample s = sample(t);
                    INDArray up = TransposedConv2d.forward(s.y, s.k, s.spec);
                    INDArray back = Conv2d.of(up.shape(), s.k.shape(), s.spec).forward(up, s.k, null);
                    t.require(java.util.Arrays.equals(back.shape(), s.y.shape()), "shape " + java.util.Arrays.toString(back.shape()));
                })));
    }

    private record Sample(INDArray y, INDArray k, ConvSpec spec) {
    }

    private static Sample sample(io.verideck.verifier.property.Trial t) {
        int stride = t.draw("S", Gen.integers(1, 3));
        int f = t.draw("F", Gen.integers(1, 4));
        int pad = t.draw("P", Gen.integers(0, (f - 1) / 2));
        int n = t.draw("N", Gen.integers(2, 5));
        int o = t.draw("O", Gen.integers(1, 3));
        int c = t.draw("C", Gen.integers(1, 3));
        INDArray y = t.draw("y", TensorGen.dense(-1, 1, 1, o, n, n));
        INDArray k = t.draw("K", TensorGen.dense(-1, 1, o, c, f, f));
        return new Sample(y, k, ConvSpec.of(stride, pad));
    }
}
