package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.autodiff.BooleanLookupNetwork;
import io.verideck.numeric.autodiff.DeepChain;
import io.verideck.numeric.autodiff.RandomFeatureFit;
import io.verideck.numeric.autodiff.TanhLayerMap;
import io.verideck.numeric.autodiff.TentMap;
import io.verideck.numeric.mlp.Activation;
import io.verideck.numeric.mlp.HiddenUnitSymmetry;
import io.verideck.numeric.mlp.Layer;
import io.verideck.numeric.mlp.Mlp;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** G10 to G14: gradients through depth, forward vs reverse cost, expressiveness counts, weight-space symmetry. */
final class DepthClaims {
    private DepthClaims() {
    }

    static List<Claim> claims() {
        return List.of(vanishing(), forwardVsReverse(), universalCounts(), depthFolding(), symmetry());
    }

    private static Claim vanishing() {
        return new Claim("G10", "vanishing-gradient-chain",
                "\\frac{\\partial h_d}{\\partial h_0}=\\prod_{l=1}^d w_l\\,g'(a_l);\\ \\text{sigmoid: }\\le\\prod_l|w_l|/4",
                "io.verideck.numeric.autodiff.DeepChain", Set.of("mlp", "gradient", "vanishing-gradient"), List.of(
                forAll("sigmoid scalar chain with |w_l| <= 1: the product matches FD and |dh_d/dh_0| <= 4^-d for d = 1..30", t -> {
                    INDArray w = t.draw("w", TensorGen.dense(-1, 1, 30));
                    double h0 = t.draw("h0", Gen.doubles(-3, 3));
                    double[] all = w.toDoubleVector();
                    for (int d = 1; d <= 30; d++) {
                        double[] prefix = java.util.Arrays.copyOf(all, d);
                        double g = Math.abs(DeepChain.sigmoidChainDerivative(prefix, h0));
                        t.require(g <= Math.pow(4, -d), "depth " + d + ": " + g + " > 4^-d");
                    }
                    double[] five = java.util.Arrays.copyOf(all, 5);
                    ParameterLayout layout = ParameterLayout.of("h0", Nd4j.zeros(1));
                    t.gradient("dh_5/dh_0", BackpropClaims.CHECK, Differentiable.scalar(layout, s -> {
                        double[] col = s.reshape(s.length()).toDoubleVector();
                        double[] out = new double[col.length];
                        for (int i = 0; i < col.length; i++) {
                            out[i] = DeepChain.sigmoidChainOutput(five, col[i]);
                        }
                        return Nd4j.createFromArray(out);
                    }, v -> Nd4j.createFromArray(DeepChain.sigmoidChainDerivative(five, v.getDouble(0)))), Nd4j.createFromArray(h0));
                }),
                forAll("the first-layer weight gradient of a random sigmoid MLP (backpropagation) decays geometrically with depth (log-slope < 0)", 2, t -> {
                    int width = t.draw("width", Gen.integers(2, 6));
                    List<INDArray> weights = new ArrayList<>();
                    for (int l = 0; l < 8; l++) {
                        weights.add(t.draw("W" + (l + 1), TensorGen.dense(-1, 1, width, width)));
                    }
                    INDArray x = t.draw("x", TensorGen.dense(-1, 1, width));
                    double[] depth = new double[8];
                    double[] logNorm = new double[8];
                    List<Layer> layers = new ArrayList<>();
                    for (int d = 1; d <= 8; d++) {
                        layers.add(new Layer(weights.get(d - 1).transpose().dup(), Nd4j.zeros(width), Activation.SIGMOID));
                        Mlp mlp = new Mlp(layers);
                        Mlp.Trace trace = mlp.trace(x.reshape(1, width));
                        INDArray firstLayer = io.verideck.numeric.mlp.Backpropagation.backward(mlp, trace, Nd4j.ones(1, width)).weights().get(0);
                        depth[d - 1] = d;
                        logNorm[d - 1] = Math.log(firstLayer.norm2Number().doubleValue());
                    }
                    double slope = slope(depth, logNorm);
                    t.require(slope < 0, "fitted log-slope " + slope + " is not negative");
                    // the same decay seen through the input Jacobian prod_l diag(sigma'(a_l)) W_l, one pass
                    double[] norms = DeepChain.sigmoidNetInputJacobianNorms(weights, x);
                    t.close("input-Jacobian norm at depth 3", norms[2],
                            DeepChain.sigmoidNetInputJacobian(weights.subList(0, 3), x).norm2Number().doubleValue(), Tolerance.IDENTITY);
                    t.require(norms[7] < norms[0], "input Jacobian did not shrink from depth 1 to 8");
                }),
                forAll("a ReLU chain with positive pre-activations and w = 1 keeps gradient 1 at every depth", t -> {
                    double h0 = t.draw("h0", Gen.doubles(1e-3, 5));
                    int d = t.draw("d", Gen.integers(1, 200));
                    double[] ones = new double[d];
                    java.util.Arrays.fill(ones, 1.0);
                    t.close("gradient", DeepChain.reluChainDerivative(ones, h0), 1.0, new Tolerance(0, 0));
                }),
                once("repeated factors w^d: |w| = 1.1 explodes and 0.9 vanishes exponentially (log = d log w)", t -> {
                    for (int d = 1; d <= 100; d++) {
                        double[] up = new double[d];
                        double[] down = new double[d];
                        java.util.Arrays.fill(up, 1.1);
                        java.util.Arrays.fill(down, 0.9);
                        t.close("log 1.1^" + d, Math.log(DeepChain.reluChainDerivative(up, 1.0)), d * Math.log(1.1), new Tolerance(1e-12, 1e-12));
                        t.close("log 0.9^" + d, Math.log(DeepChain.reluChainDerivative(down, 1.0)), d * Math.log(0.9), new Tolerance(1e-12, 1e-12));
                    }
                    t.require(Math.pow(1.1, 100) > 1e4 && Math.pow(0.9, 100) < 1e-4, "no explosion / vanishing at d = 100");
                })));
    }

    static double slope(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }

    private static Claim forwardVsReverse() {
        return new Claim("G11", "forward-vs-reverse-cost",
                "J\\in\\mathbb R^{m\\times n}:\\ n\\text{ JVPs (forward) or }m\\text{ VJPs (reverse)}",
                "io.verideck.numeric.autodiff.TanhLayerMap", Set.of("autodiff", "cost"), List.of(
                forAll("the full Jacobian takes n JVPs (columns) or m VJPs (rows); both equal FD", t -> {
                    int n = t.draw("n inputs", Gen.integers(1, 6));
                    int m = t.draw("m outputs", Gen.integers(1, 6));
                    TanhLayerMap f = new TanhLayerMap(t.draw("A", TensorGen.dense(-1, 1, m, n)), t.draw("c", TensorGen.dense(-1, 1, m)));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, n));
                    INDArray byColumns = Nd4j.zeros(m, n);
                    int jvps = 0;
                    for (int i = 0; i < n; i++) {
                        INDArray e = Nd4j.zeros(n);
                        e.putScalar(i, 1.0);
                        byColumns.putColumn(i, f.jvp(x, e).reshape(m, 1));
                        jvps++;
                    }
                    INDArray byRows = Nd4j.zeros(m, n);
                    int vjps = 0;
                    for (int k = 0; k < m; k++) {
                        INDArray e = Nd4j.zeros(m);
                        e.putScalar(k, 1.0);
                        byRows.putRow(k, f.vjp(x, e).reshape(1, n));
                        vjps++;
                    }
                    t.require(jvps == n && vjps == m, "passes: " + jvps + " JVPs, " + vjps + " VJPs");
                    t.close("forward = reverse", byColumns, byRows, Tolerance.IDENTITY);
                    ParameterLayout layout = ParameterLayout.of("x", x);
                    t.gradient("forward-mode Jacobian", BackpropClaims.CHECK, new Differentiable(layout, m, f::apply, v -> byColumns), x);
                    t.gradient("reverse-mode Jacobian", BackpropClaims.CHECK, new Differentiable(layout, m, f::apply, v -> byRows), x);
                    t.require((n < m) == (jvps < vjps), "forward mode is cheaper exactly when n < m");
                })));
    }

    private static Claim universalCounts() {
        return new Claim("G12", "universal-approx-and-counts",
                "|\\{f:\\{0,1\\}^n\\to\\{0,1\\}\\}|=2^{2^n};\\ 2^n\\text{ hidden units represent any Boolean function}",
                "io.verideck.numeric.autodiff.BooleanLookupNetwork", Set.of("mlp", "expressiveness"), List.of(
                forAll("the lookup network (one ReLU unit per pattern) reproduces a random truth table exactly, n <= 8", t -> {
                    int n = t.draw("n", Gen.integers(1, 8));
                    INDArray table = t.draw("T", TensorGen.dense(0, 1, 1 << n, 1)).gt(0.5).castTo(DataType.DOUBLE);
                    INDArray out = BooleanLookupNetwork.outputs(BooleanLookupNetwork.patterns(n), table);
                    t.close("outputs", out, table, new Tolerance(0, 0));
                }),
                once("2^(2^n) functions for n <= 4: enumerating every truth table through the network gives that many distinct functions", t -> {
                    for (int n = 1; n <= 4; n++) {
                        int rows = 1 << n;
                        int count = 1 << rows;
                        double[] tables = new double[rows * count];
                        for (int r = 0; r < rows; r++) {
                            for (int f = 0; f < count; f++) {
                                tables[r * count + f] = (f >> r) & 1;
                            }
                        }
                        INDArray out = BooleanLookupNetwork.outputs(BooleanLookupNetwork.patterns(n), Nd4j.create(tables, new long[] {rows, count}, 'c'));
                        double[] flat = out.dup('c').data().asDouble();
                        long[] keys = new long[count];
                        for (int r = 0; r < rows; r++) {
                            for (int f = 0; f < count; f++) {
                                double bit = flat[r * count + f];
                                if (bit != 0 && bit != 1) {
                                    t.require(false, "output " + bit + " is not Boolean");
                                }
                                keys[f] |= (long) bit << r;
                            }
                        }
                        long distinct = java.util.Arrays.stream(keys).distinct().count();
                        t.close("distinct functions n=" + n, distinct, BooleanLookupNetwork.functionCount(n), new Tolerance(0, 0));
                    }
                }),
                once("random-feature tanh nets fitted by least squares to sin on [-pi, pi]: the sup error falls as the width grows 4 -> 256", t -> {
                    INDArray x = Nd4j.linspace(-Math.PI, Math.PI, 401, DataType.DOUBLE).reshape(401, 1);
                    INDArray y = Transforms.sin(x, true);
                    org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(20_240_501L);
                    INDArray w = Nd4j.rand(rng, 1, 256).castTo(DataType.DOUBLE).muli(4).subi(2);
                    INDArray b = Nd4j.rand(rng, 1, 256).castTo(DataType.DOUBLE).muli(2 * Math.PI).subi(Math.PI);
                    double previous = Double.POSITIVE_INFINITY;
                    for (int k : new int[] {4, 16, 64, 256}) {
                        INDArray fit = RandomFeatureFit.fitted(x, y, w.getColumns(range(k)), b.getColumns(range(k)));
                        double sup = Transforms.abs(fit.sub(y)).maxNumber().doubleValue();
                        t.require(sup < previous, "width " + k + ": sup error " + sup + " not below " + previous);
                        previous = sup;
                    }
                    t.require(previous < 1e-2, "width 256 sup error " + previous);
                })));
    }

    static int[] range(int k) {
        return java.util.stream.IntStream.range(0, k).toArray();
    }

    private static Claim depthFolding() {
        return new Claim("G13", "depth-folding-regions",
                "t(x)=|2x-1|:\\ t^{\\circ L}\\text{ has }2^L\\text{ pieces; a width-}k\\text{ shallow ReLU net has}\\le k+1",
                "io.verideck.numeric.autodiff.TentMap", Set.of("mlp", "expressiveness"), List.of(
                once("t composed L times has 2^L linear pieces on [0, 1], L = 1..10 (exact dyadic grid)", t -> {
                    for (int depth = 1; depth <= 10; depth++) {
                        int points = (1 << depth) * 8 + 1;
                        INDArray x = Nd4j.linspace(0, 1, points, DataType.DOUBLE);
                        int pieces = TentMap.slopePieces(TentMap.compose(x, depth).toDoubleVector(), 1e-12);
                        t.close("pieces L=" + depth, pieces, 1 << depth, new Tolerance(0, 0));
                    }
                }),
                forAll("a random width-k shallow ReLU net has at most k + 1 pieces on [0, 1]", t -> {
                    int k = t.draw("k", Gen.integers(1, 12));
                    INDArray w = t.draw("w", TensorGen.dense(-5, 5, 1, k));
                    INDArray b = t.draw("b", TensorGen.dense(-5, 5, 1, k));
                    INDArray x = Nd4j.linspace(0, 1, 4001, DataType.DOUBLE).reshape(4001, 1);
                    int regions = TentMap.activationRegions(x, w, b);
                    t.require(regions <= k + 1, regions + " pieces with " + k + " units");
                    int breaks = 0;
                    for (int j = 0; j < k; j++) {
                        double root = -b.getDouble(0, j) / w.getDouble(0, j);
                        breaks += root > 0 && root < 1 ? 1 : 0;
                    }
                    t.require(regions <= breaks + 1, "more regions than breakpoints + 1");
                })));
    }

    private static Mlp network(Trial t, int[] widths, Activation hidden) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            INDArray w = t.draw("W" + (l + 1), TensorGen.dense(-2, 2, widths[l], widths[l + 1]));
            INDArray b = t.draw("b" + (l + 1), TensorGen.dense(-1, 1, widths[l + 1]));
            layers.add(new Layer(w, b, l + 2 == widths.length ? Activation.IDENTITY : hidden));
        }
        return new Mlp(layers);
    }

    private static int[] shuffled(Trial t, String name, int n) {
        int[] p = range(n);
        for (int i = n - 1; i > 0; i--) {
            int j = t.draw(name + " swap " + i, Gen.integers(0, i));
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        permute(range(n), 0, all);
        return all;
    }

    private static void permute(int[] p, int i, List<int[]> out) {
        if (i == p.length) {
            out.add(p.clone());
            return;
        }
        for (int j = i; j < p.length; j++) {
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
            permute(p, i + 1, out);
            p[j] = p[i];
            p[i] = tmp;
        }
    }

    private static Claim symmetry() {
        return new Claim("G14", "weight-space-symmetry",
                "f_{P\\theta}=f_\\theta\\ \\text{for hidden-unit permutations }P\\ ((n!)^m\\text{ settings});\\ \\mathrm{ReLU}: (\\alpha W_{in},\\alpha b,W_{out}/\\alpha)",
                "io.verideck.numeric.mlp.HiddenUnitSymmetry", Set.of("mlp", "symmetry"), List.of(
                forAll("permuting the units of a hidden layer leaves the outputs unchanged (1e-12)", t -> {
                    int[] widths = {t.draw("n0", Gen.integers(1, 4)), t.draw("n1", Gen.integers(2, 5)), t.draw("n2", Gen.integers(2, 5)), 2};
                    Activation g = t.draw("g", Gen.oneOf(Activation.SIGMOID, Activation.TANH, Activation.RELU));
                    Mlp mlp = network(t, widths, g);
                    int layer = t.draw("layer", Gen.integers(0, 1));
                    int[] p = shuffled(t, "P", widths[layer + 1]);
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 5, widths[0]));
                    t.close("outputs", HiddenUnitSymmetry.permute(mlp, layer, p).forward(x), mlp.forward(x), new Tolerance(1e-12, 0));
                }),
                forAll("ReLU: scaling a unit's incoming weights and bias by a > 0 and its outgoing weights by 1/a changes nothing", t -> {
                    int[] widths = {t.draw("n0", Gen.integers(1, 4)), t.draw("n1", Gen.integers(1, 5)), 2};
                    Mlp mlp = network(t, widths, Activation.RELU);
                    INDArray a = t.draw("a", TensorGen.dense(0.1, 10, widths[1]));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 5, widths[0]));
                    t.close("outputs", HiddenUnitSymmetry.rescale(mlp, 0, a).forward(x), mlp.forward(x), new Tolerance(1e-12, 1e-12));
                }),
                forAll("sigmoid: the same rescaling changes the outputs (witness)", t -> {
                    int[] widths = {t.draw("n0", Gen.integers(1, 4)), t.draw("n1", Gen.integers(1, 5)), 2};
                    Mlp mlp = network(t, widths, Activation.SIGMOID);
                    INDArray a = t.draw("a", TensorGen.dense(2, 5, widths[1]));
                    INDArray x = t.draw("x", TensorGen.dense(-2, 2, 5, widths[0]));
                    double diff = Transforms.abs(HiddenUnitSymmetry.rescale(mlp, 0, a).forward(x).sub(mlp.forward(x))).maxNumber().doubleValue();
                    if (Transforms.abs(mlp.layers().get(1).weights()).maxNumber().doubleValue() < 0.1) {
                        throw new Discard("outgoing weights are about 0");
                    }
                    t.require(diff > 1e-6, "sigmoid rescaling left the outputs unchanged: " + diff);
                }),
                once("count(n, m) = (n!)^m distinct weight settings with one function, by enumeration (n <= 3, m <= 2)", t -> {
                    Trial fixed = new Trial(io.verideck.verifier.gen.Source.random(7L), 7L);
                    for (int m = 1; m <= 2; m++) {
                        for (int n = 1; n <= 3; n++) {
                            int[] widths = new int[m + 2];
                            java.util.Arrays.fill(widths, n);
                            widths[0] = 2;
                            widths[m + 1] = 1;
                            Mlp mlp = network(fixed, widths, Activation.TANH);
                            INDArray x = fixed.draw("x", TensorGen.dense(-2, 2, 6, 2));
                            INDArray reference = mlp.forward(x);
                            Set<List<Double>> settings = new HashSet<>();
                            List<Mlp> frontier = List.of(mlp);
                            for (int layer = 0; layer < m; layer++) {
                                List<Mlp> next = new ArrayList<>();
                                for (Mlp base : frontier) {
                                    for (int[] p : permutations(n)) {
                                        next.add(HiddenUnitSymmetry.permute(base, layer, p));
                                    }
                                }
                                frontier = next;
                            }
                            for (Mlp variant : frontier) {
                                t.close("function n=" + n + " m=" + m, variant.forward(x), reference, new Tolerance(1e-12, 0));
                                List<Double> flat = new ArrayList<>();
                                for (Layer l : variant.layers()) {
                                    for (double v : l.weights().dup('c').reshape(l.weights().length()).toDoubleVector()) {
                                        flat.add(v);
                                    }
                                }
                                settings.add(flat);
                            }
                            long factorial = java.util.stream.LongStream.rangeClosed(1, n).reduce(1, (p, q) -> p * q);
                            t.close("settings n=" + n + " m=" + m, settings.size(), Math.pow(factorial, m), new Tolerance(0, 0));
                        }
                    }
                })));
    }
}
