package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.pooling.GlobalAveragePooling;
import io.verideck.numeric.pooling.PoolKind;
import io.verideck.numeric.pooling.Pooling2d;
import io.verideck.verifier.claim.Claim;
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
import org.nd4j.linalg.indexing.NDArrayIndex;

/** H13 to H15: max, average and L2 pooling; invariance to small translations; global average pooling. */
final class PoolingClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);

    private PoolingClaims() {
    }

    static Claim maxAvgL2() {
        return new Claim("H13", "pool-max-avg-l2",
                "\\max_i x_i,\\ \\tfrac1{k^2}\\textstyle\\sum_i x_i,\\ \\sqrt{\\sum_i x_i^2};\\ \\nabla: \\mathbb 1[i=\\arg\\max],\\ \\tfrac1{k^2},\\ x_i/\\|x\\|",
                "io.verideck.numeric.pooling.Pooling2d", Set.of("pooling", "gradient"), List.of(
                forAll("2x2 stride 2 maps H x W x C to H/2 x W/2 x C (28 x 28 x 3 -> 14 x 14 x 3)", t -> {
                    int h = 2 * t.draw("H/2", Gen.integers(1, 14));
                    int w = 2 * t.draw("W/2", Gen.integers(1, 14));
                    int c = t.draw("C", Gen.integers(1, 3));
                    long[] shape = new Pooling2d(PoolKind.MAX, 2, 2).forward(Nd4j.zeros(1, c, h, w)).shape();
                    t.require(shape[1] == c && shape[2] == h / 2 && shape[3] == w / 2, "shape " + java.util.Arrays.toString(shape));
                    t.require(java.util.Arrays.equals(new Pooling2d(PoolKind.AVERAGE, 2, 2).forward(Nd4j.zeros(1, 3, 28, 28)).shape(),
                            new long[] {1, 3, 14, 14}), "28 x 28 x 3");
                }),
                forAll("gradients match central differences (no ties, ||x|| > 0)", t -> {
                    PoolKind kind = t.draw("kind", Gen.oneOf(PoolKind.MAX, PoolKind.AVERAGE, PoolKind.L2));
                    Pooling2d pool = new Pooling2d(kind, t.draw("k", Gen.integers(1, 3)), t.draw("s", Gen.integers(1, 2)));
                    int h = t.draw("H", Gen.integers(pool.window(), 5));
                    int w = t.draw("W", Gen.integers(pool.window(), 5));
                    INDArray x = t.draw("x", distinct(new long[] {1, 2, h, w}));
                    INDArray d = t.draw("D", TensorGen.dense(-1, 1, pool.forward(x).shape()));
                    double[] dv = RowFunction.flat(d);
                    long[] shape = x.shape();
                    t.gradient(kind + " pooling", CHECK, RowFunction.scalar(ParameterLayout.of("x", x),
                            theta -> RowFunction.dot(dv, pool.forward(theta, shape)),
                            theta -> RowFunction.flat(pool.backward(x, d))), x);
                }),
                forAll("max >= average, and L2 >= max |x_i|", t -> {
                    int k = t.draw("k", Gen.integers(1, 3));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 1, 2, 6, 6));
                    INDArray max = new Pooling2d(PoolKind.MAX, k, 1).forward(x);
                    INDArray avg = new Pooling2d(PoolKind.AVERAGE, k, 1).forward(x);
                    INDArray l2 = new Pooling2d(PoolKind.L2, k, 1).forward(x);
                    INDArray absMax = new Pooling2d(PoolKind.MAX, k, 1).forward(org.nd4j.linalg.ops.transforms.Transforms.abs(x, true));
                    t.require(max.sub(avg).minNumber().doubleValue() >= -1e-12, "max < average somewhere");
                    t.require(l2.sub(absMax).minNumber().doubleValue() >= -1e-12, "L2 < max |x| somewhere");
                }),
                forAll("pooling acts per channel: permuting channels commutes with pooling", t -> {
                    PoolKind kind = t.draw("kind", Gen.oneOf(PoolKind.MAX, PoolKind.AVERAGE, PoolKind.L2));
                    Pooling2d pool = new Pooling2d(kind, 2, t.draw("s", Gen.integers(1, 2)));
                    int c = t.draw("C", Gen.integers(2, 4));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 2, c, 5, 4));
                    long[] perm = new long[c];
                    for (int i = 0; i < c; i++) {
                        perm[i] = (i + 1) % c;
                    }
                    INDArray permuted = x.get(NDArrayIndex.all(), NDArrayIndex.indices(perm)).dup();
                    t.close("commutes", pool.forward(permuted), pool.forward(x).get(NDArrayIndex.all(), NDArrayIndex.indices(perm)).dup(),
                            Tolerance.IDENTITY);
                }),
                forAll("max and average equal ND4J's maxPooling2d / avgPooling2d", 10, t -> {
                    PoolKind kind = t.draw("kind", Gen.oneOf(PoolKind.MAX, PoolKind.AVERAGE));
                    Pooling2d pool = new Pooling2d(kind, t.draw("k", Gen.integers(1, 3)), t.draw("s", Gen.integers(1, 3)));
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, 2, 2, t.draw("H", Gen.integers(3, 7)), t.draw("W", Gen.integers(3, 7))));
                    t.close("built-in", pool.forward(x), pool.builtIn(x), Tolerance.IDENTITY);
                })));
    }

    static Claim translationInvariance() {
        return new Claim("H14", "pool-translation-invariance",
                "\\text{after a 1-pixel shift only part of } \\max\\text{-pooled outputs change}",
                "io.verideck.numeric.pooling.Pooling2d", Set.of("pooling"), List.of(
                once("sparse maps: more max-pooled outputs than raw inputs survive a 1-pixel shift (1000 maps, 5 SE)", t -> {
                    SplittableRandom random = new SplittableRandom(20_141_208L);
                    int maps = 1000;
                    int n = 24;
                    long rawSame = 0;
                    long pooledSame = 0;
                    long count = 0;
                    double[] diffs = new double[maps];
                    for (int m = 0; m < maps; m++) {
                        double[] x = new double[n + 1];
                        for (int i = 0; i < x.length; i++) {
                            x[i] = random.nextDouble() < 0.2 ? random.nextDouble(0.01, 1) : 0;
                        }
                        double[] before = java.util.Arrays.copyOfRange(x, 1, n + 1);
                        double[] after = java.util.Arrays.copyOfRange(x, 0, n);
                        double[] pb = Pooling2d.maxPool1d(before, 3, 1);
                        double[] pa = Pooling2d.maxPool1d(after, 3, 1);
                        int r = 0;
                        int p = 0;
                        for (int i = 0; i < n; i++) {
                            r += before[i] == after[i] ? 1 : 0;
                        }
                        for (int i = 0; i < pb.length; i++) {
                            p += pb[i] == pa[i] ? 1 : 0;
                        }
                        rawSame += r;
                        pooledSame += p;
                        count++;
                        diffs[m] = (double) p / pb.length - (double) r / n;
                    }
                    double mean = java.util.Arrays.stream(diffs).average().orElse(0);
                    double var = java.util.Arrays.stream(diffs).map(v -> (v - mean) * (v - mean)).sum() / (maps - 1);
                    double se = Math.sqrt(var / maps);
                    t.require(mean > 5 * se, String.format("pooled-unchanged minus raw-unchanged fraction %.4f is not above 5 SE = %.4f "
                            + "(raw %d, pooled %d over %d maps)", mean, 5 * se, rawSame, pooledSame, count));
                }),
                once("Goodfellow fig. 9.8: (0.1, 1, 0.2, 0.1) -> (1, 1, 1, 0.2); shifted (0.3, 0.1, 1, 0.2) -> (0.3, 1, 1, 1)", t -> {
                    double[] before = {0.1, 1, 0.2, 0.1};
                    double[] after = {0.3, 0.1, 1, 0.2};
                    double[] pb = Pooling2d.maxPoolSame1d(before, 3);
                    double[] pa = Pooling2d.maxPoolSame1d(after, 3);
                    t.close("before", Nd4j.createFromArray(pb), Nd4j.createFromArray(1.0, 1, 1, 0.2), Tolerance.IDENTITY);
                    t.close("after", Nd4j.createFromArray(pa), Nd4j.createFromArray(0.3, 1, 1, 1), Tolerance.IDENTITY);
                    int inputsChanged = 0;
                    int outputsChanged = 0;
                    for (int i = 0; i < 4; i++) {
                        inputsChanged += before[i] != after[i] ? 1 : 0;
                        outputsChanged += pb[i] != pa[i] ? 1 : 0;
                    }
                    t.require(inputsChanged == 4 && outputsChanged == 2, inputsChanged + " inputs and " + outputsChanged + " outputs changed");
                }),
                forAll("with window and stride k the output length is about n / k", t -> {
                    int k = t.draw("k", Gen.integers(1, 5));
                    int n = t.draw("n", Gen.integers(k, 60));
                    int len = Pooling2d.maxPool1d(new double[n], k, k).length;
                    t.require(len == n / k && Math.abs(len - (double) n / k) < 1, "length " + len + " for n = " + n + ", k = " + k);
                })));
    }

    static Claim globalAverage() {
        return new Claim("H15", "pool-global-average",
                "\\mathrm{GAP}(X)_c=\\frac1{HW}\\sum_{h,w}X_{c,h,w},\\quad \\frac{\\partial\\,\\mathrm{GAP}_c}{\\partial X_{c,h,w}}=\\frac1{HW}",
                "io.verideck.numeric.pooling.GlobalAveragePooling", Set.of("pooling", "gradient"), List.of(
                forAll("output shape (batch, C) for any H, W; equals the plane means", t -> {
                    int b = t.draw("B", Gen.integers(1, 3));
                    int c = t.draw("C", Gen.integers(1, 4));
                    int h = t.draw("H", Gen.integers(1, 9));
                    int w = t.draw("W", Gen.integers(1, 9));
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, b, c, h, w));
                    INDArray g = GlobalAveragePooling.forward(x);
                    t.require(java.util.Arrays.equals(g.shape(), new long[] {b, c}), "shape " + java.util.Arrays.toString(g.shape()));
                    t.close("plane mean", g.getDouble(b - 1, c - 1),
                            x.get(NDArrayIndex.point(b - 1), NDArrayIndex.point(c - 1)).sumNumber().doubleValue() / (h * w), Tolerance.IDENTITY);
                }),
                forAll("gradient 1/(HW) per entry matches central differences", t -> {
                    INDArray x = t.draw("X", TensorGen.dense(-1, 1, 1, t.draw("C", Gen.integers(1, 3)), t.draw("H", Gen.integers(1, 4)),
                            t.draw("W", Gen.integers(1, 4))));
                    INDArray d = t.draw("D", TensorGen.dense(-1, 1, 1, x.size(1)));
                    double[] dv = RowFunction.flat(d);
                    long[] shape = x.shape();
                    t.gradient("dGAP/dX", CHECK, RowFunction.scalar(ParameterLayout.of("X", x),
                            theta -> RowFunction.dot(dv, RowFunction.flat(GlobalAveragePooling.forward(Nd4j.create(theta, shape, 'c')))),
                            theta -> RowFunction.flat(GlobalAveragePooling.backward(x, d))), x);
                }),
                forAll("a dense layer after GAP has C K weights whatever H and W are", t -> {
                    int c = t.draw("C", Gen.integers(1, 5));
                    int k = t.draw("K", Gen.integers(1, 5));
                    INDArray dense = t.draw("W", TensorGen.dense(-1, 1, c, k));
                    for (int size : new int[] {t.draw("N1", Gen.integers(1, 8)), t.draw("N2", Gen.integers(9, 16))}) {
                        INDArray logits = GlobalAveragePooling.forward(Nd4j.ones(2, c, size, size + 1)).mmul(dense);
                        t.require(logits.size(1) == k, "logits " + java.util.Arrays.toString(logits.shape()));
                    }
                    t.require(dense.length() == (long) c * k, "weights " + dense.length());
                })));
    }

    /** Arrays of distinct entries at least {@code 1.6/n} apart and {@code 0.1/n} away from 0: a shuffled grid plus jitter (no ties, no L2 kink). */
    private static Gen<INDArray> distinct(long[] shape) {
        return s -> {
            int n = 1;
            for (long d : shape) {
                n *= (int) d;
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = (int) s.draw(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double jitter = s.draw(1000) / 1000.0 * 0.2;
                v[i] = -1 + 2 * (order[i] + 0.25 + jitter) / n;
            }
            return Nd4j.create(v, shape, 'c');
        };
    }
}
