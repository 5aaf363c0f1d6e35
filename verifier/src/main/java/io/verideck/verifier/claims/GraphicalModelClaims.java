package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.generative.BayesNet;
import io.verideck.numeric.generative.IsingModel;
import io.verideck.numeric.generative.MarkovRandomField;
import io.verideck.numeric.generative.NaiveBayes;
import io.verideck.numeric.generative.Rbm;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Discard;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.ParameterLayout;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** M1 (Bayes nets), M2 (undirected models), M3 (log-partition gradient), M9 (naive Bayes), M19 (RBM). */
final class GraphicalModelClaims {
    private static final GradientChecker CHECK = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.ELEMENTWISE);
    private static final Tolerance EXACT = new Tolerance(0, 0);

    private GraphicalModelClaims() {
    }

    static List<Claim> claims() {
        return List.of(directed(), undirected(), logPartition(), naiveBayes(), rbm());
    }

    static BayesNet drawNet(Trial t, int n, boolean full) {
        int[][] parents = new int[n][];
        double[][] tables = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> pa = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (full || t.draw("edge " + j + "->" + i, Gen.integers(0, 1)) == 1) {
                    pa.add(j);
                }
            }
            parents[i] = pa.stream().mapToInt(Integer::intValue).toArray();
            tables[i] = t.draw("P(x" + i + " = 1 | pa)", TensorGen.dense(0.05, 0.95, 1L << parents[i].length)).toDoubleVector();
        }
        return new BayesNet(parents, tables);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static Claim directed() {
        return new Claim("M1", "pgm-directed", "P(x_1,\\dots,x_n)=\\prod_iP(x_i\\mid\\operatorname{pa}(x_i))", "io.verideck.numeric.generative.BayesNet",
                Set.of("pgm", "probability"), List.of(
                forAll("random DAGs on <= 6 binary nodes with random CPTs: the joint is nonnegative and sums to 1", t -> {
                    BayesNet net = drawNet(t, t.draw("n", Gen.integers(1, 6)), false);
                    double[] joint = net.joint();
                    for (double p : joint) {
                        t.require(p >= 0, "negative joint entry " + p);
                    }
                    t.close("sum of the joint", sum(joint), 1, Tolerance.IDENTITY);
                }),
                forAll("ancestral-sampling frequencies match the enumerated marginals (100,000 samples, 5 SE)", 3, t -> {
                    int n = t.draw("n", Gen.integers(2, 6));
                    BayesNet net = drawNet(t, n, false);
                    SplittableRandom random = new SplittableRandom(t.seed());
                    int samples = 100_000;
                    double[][] u = new double[samples][n];
                    for (double[] row : u) {
                        for (int i = 0; i < n; i++) {
                            row[i] = random.nextDouble();
                        }
                    }
                    int[][] x = net.sample(u);
                    double[] m = net.marginals();
                    for (int i = 0; i < n; i++) {
                        double freq = 0;
                        for (int[] row : x) {
                            freq += row[i];
                        }
                        freq /= samples;
                        double se = Math.sqrt(m[i] * (1 - m[i]) / samples);
                        t.record(freq, m[i]);
                        t.require(Math.abs(freq - m[i]) <= 5 * se, "node " + i + ": frequency " + freq + " vs P = " + m[i] + " (5 SE = " + 5 * se + ")");
                    }
                }),
                forAll("free parameters sum_i 2^|pa(i)| = the CPT entries <= 2^n - 1, with equality for the complete DAG", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    BayesNet net = drawNet(t, n, false);
                    long entries = 0;
                    for (double[] table : net.tables()) {
                        entries += table.length;
                    }
                    t.close("count", net.parameterCount(), entries, EXACT);
                    t.require(net.parameterCount() <= BayesNet.fullTableParameters(n), net.parameterCount() + " > 2^n - 1");
                    t.close("complete DAG", drawNet(t, n, true).parameterCount(), BayesNet.fullTableParameters(n), EXACT);
                })));
    }

    static MarkovRandomField drawChain(Trial t, int n, double lo) {
        List<int[]> cliques = new ArrayList<>();
        List<double[]> potentials = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            cliques.add(new int[] {i, i + 1});
            potentials.add(t.draw("phi " + i, TensorGen.dense(lo, 2, 4)).toDoubleVector());
        }
        return new MarkovRandomField(n, cliques, potentials);
    }

    private static Claim undirected() {
        return new Claim("M2", "pgm-undirected-ebm", "P(x)=\\frac1Z\\prod_c\\phi_c(x_c)=\\frac{e^{-E(x)}}{Z},\\ Z=\\sum_x\\prod_c\\phi_c(x_c)",
                "io.verideck.numeric.generative.MarkovRandomField", Set.of("pgm", "probability", "energy"), List.of(
                forAll("chain MRFs on <= 12 binary variables: brute-force Z equals the transfer-matrix product and P sums to 1", 10, t -> {
                    int n = t.draw("n", Gen.integers(2, 12));
                    MarkovRandomField mrf = drawChain(t, n, 0.05);
                    INDArray row = Nd4j.ones(1, 2);
                    for (double[] phi : mrf.potentials()) {
                        row = row.mmul(Nd4j.create(new double[] {phi[0], phi[2], phi[1], phi[3]}, new long[] {2, 2}, 'c'));
                    }
                    t.close("Z", mrf.partition(), row.sumNumber().doubleValue(), Tolerance.IDENTITY);
                    t.close("sum P", sum(mrf.probabilities()), 1, Tolerance.IDENTITY);
                }),
                forAll("multiplying every potential by a constant leaves P unchanged", t -> {
                    int n = t.draw("n", Gen.integers(2, 8));
                    MarkovRandomField mrf = drawChain(t, n, 0.05);
                    double k = t.draw("k", Gen.doubles(0.1, 10));
                    List<double[]> scaled = new ArrayList<>();
                    for (double[] phi : mrf.potentials()) {
                        double[] s = phi.clone();
                        for (int i = 0; i < s.length; i++) {
                            s[i] *= k;
                        }
                        scaled.add(s);
                    }
                    t.close("P", Nd4j.createFromArray(new MarkovRandomField(n, mrf.cliques(), scaled).probabilities()),
                            Nd4j.createFromArray(mrf.probabilities()), Tolerance.IDENTITY);
                }),
                forAll("Z-48: exp(-E(x)) without Z does not sum to 1 for a random energy; exp(-E)/Z does", t -> {
                    int n = t.draw("n", Gen.integers(1, 6));
                    double[] e = t.draw("E", TensorGen.dense(-3, 3, 1L << n)).toDoubleVector();
                    double raw = 0;
                    for (double v : e) {
                        raw += Math.exp(-v);
                    }
                    if (Math.abs(raw - 1) < 1e-3) {
                        throw new Discard("the drawn energies happen to be normalized");
                    }
                    t.require(Math.abs(raw - 1) >= 1e-3, "sum exp(-E) = " + raw);
                    t.close("sum of exp(-E)/Z", sum(MarkovRandomField.boltzmann(e)), 1, Tolerance.IDENTITY);
                }),
                forAll("positive potentials <=> finite energies E = -log P~; a zero potential gives E = +inf and P = 0 exactly there", t -> {
                    int n = t.draw("n", Gen.integers(2, 6));
                    MarkovRandomField mrf = drawChain(t, n, 0.05);
                    double[] e = mrf.energies();
                    for (double v : e) {
                        t.require(Double.isFinite(v), "infinite energy with positive potentials");
                    }
                    t.close("exp(-E)/Z = P", Nd4j.createFromArray(MarkovRandomField.boltzmann(e)), Nd4j.createFromArray(mrf.probabilities()),
                            Tolerance.IDENTITY);
                    int clique = t.draw("clique", Gen.integers(0, n - 2));
                    int entry = t.draw("entry", Gen.integers(0, 3));
                    List<double[]> zeroed = new ArrayList<>(mrf.potentials());
                    double[] phi = zeroed.get(clique).clone();
                    phi[entry] = 0;
                    zeroed.set(clique, phi);
                    MarkovRandomField hard = new MarkovRandomField(n, mrf.cliques(), zeroed);
                    double[] he = hard.energies();
                    double[] hp = hard.probabilities();
                    for (int code = 0; code < he.length; code++) {
                        int k = ((code >> clique) & 1) | (((code >> (clique + 1)) & 1) << 1);
                        boolean forbidden = k == entry;
                        t.require(forbidden == (he[code] == Double.POSITIVE_INFINITY), "state " + code + ": energy " + he[code]);
                        t.require(!forbidden || hp[code] == 0, "state " + code + " has P = " + hp[code]);
                    }
                })));
    }

    private static Claim logPartition() {
        return new Claim("M3", "log-partition-gradient", "\\nabla_\\theta\\log Z(\\theta)=\\mathbb E_{x\\sim p_\\theta}[\\nabla_\\theta\\log\\tilde p(x;\\theta)]",
                "io.verideck.numeric.generative.IsingModel", Set.of("pgm", "gradient", "sampling"), List.of(
                forAll("Ising model (n <= 5): central differences of log Z (enumeration) equal E_p[phi]", t -> {
                    IsingModel m = new IsingModel(t.draw("n", Gen.integers(1, 5)));
                    INDArray theta = t.draw("theta", TensorGen.dense(-1, 1, m.parameters()));
                    ParameterLayout layout = ParameterLayout.of("theta", theta);
                    t.gradient("dlogZ/dtheta", CHECK, Differentiable.scalar(layout, m::logPartition, m::expectedFeatures), theta);
                }),
                once("Gibbs sampling estimates E_p[phi] (n = 4, 200 chains x 500 sweeps after burn-in, 5 SE across chains)", t -> {
                    IsingModel m = new IsingModel(4);
                    double[] theta = t.draw("theta", TensorGen.dense(-0.5, 0.5, m.parameters())).toDoubleVector();
                    double[] exact = m.expectedFeatures(Nd4j.createFromArray(theta)).toDoubleVector();
                    SplittableRandom random = new SplittableRandom(t.seed());
                    int chains = 200;
                    double[][] perChain = new double[chains][];
                    for (int c = 0; c < chains; c++) {
                        double[][] f = m.gibbs(theta, 100, 500, random.split());
                        perChain[c] = Nd4j.createFromArray(f).mean(0).toDoubleVector();
                    }
                    INDArray means = Nd4j.createFromArray(perChain);
                    INDArray estimate = means.mean(0);
                    INDArray se = means.std(0).divi(Math.sqrt(chains));
                    for (int k = 0; k < exact.length; k++) {
                        t.record(estimate.getDouble(k), exact[k]);
                        t.require(Math.abs(estimate.getDouble(k) - exact[k]) <= 5 * se.getDouble(k),
                                "feature " + k + ": Gibbs " + estimate.getDouble(k) + " vs exact " + exact[k] + " (5 SE = " + 5 * se.getDouble(k) + ")");
                    }
                }),
                forAll("the log-likelihood gradient is the positive phase minus the negative phase (central differences)", t -> {
                    IsingModel m = new IsingModel(t.draw("n", Gen.integers(1, 5)));
                    INDArray theta = t.draw("theta", TensorGen.dense(-1, 1, m.parameters()));
                    int count = t.draw("N", Gen.integers(1, 10));
                    int[][] data = new int[count][];
                    for (int i = 0; i < count; i++) {
                        data[i] = m.state(t.draw("x" + i, Gen.integers(0, (1 << m.spins()) - 1)));
                    }
                    ParameterLayout layout = ParameterLayout.of("theta", theta);
                    t.gradient("d mean log p(data)/dtheta", CHECK, Differentiable.scalar(layout, s -> m.meanLogLikelihood(s, data),
                            v -> m.positivePhase(data).subi(m.expectedFeatures(v))), theta);
                })));
    }

    private static Claim naiveBayes() {
        return new Claim("M9", "naive-bayes", "p(c\\mid x_{1..n})=\\frac{p(c)\\prod_ip(x_i\\mid c)}{\\sum_{c'}p(c')\\prod_ip(x_i\\mid c')}",
                "io.verideck.numeric.generative.NaiveBayes", Set.of("probability", "bayes"), List.of(
                forAll("the posterior sums to 1 over c; the unnormalized product (Z-18's '=') does not", t -> {
                    NaiveBayes nb = drawNaiveBayes(t);
                    int[] x = drawFeatures(t, nb);
                    t.close("sum of posterior", sum(nb.posterior(x)), 1, Tolerance.IDENTITY);
                    double raw = sum(nb.unnormalized(x));
                    t.require(Math.abs(raw - 1) > 1e-6, "the unnormalized product sums to " + raw);
                }),
                forAll("data from a conditionally independent model: the NB posterior equals the exact posterior of the enumerated joint", t -> {
                    NaiveBayes nb = drawNaiveBayes(t);
                    int n = nb.likelihood()[0].length;
                    int v = nb.likelihood()[0][0].length;
                    int classes = nb.prior().length;
                    int states = (int) Math.pow(v, n);
                    double[][] joint = new double[classes][states];
                    for (int c = 0; c < classes; c++) {
                        for (int code = 0; code < states; code++) {
                            double p = nb.prior()[c];
                            int rest = code;
                            for (int i = 0; i < n; i++) {
                                p *= nb.likelihood()[c][i][rest % v];
                                rest /= v;
                            }
                            joint[c][code] = p;
                        }
                    }
                    int code = t.draw("x", Gen.integers(0, states - 1));
                    int[] x = new int[n];
                    int rest = code;
                    for (int i = 0; i < n; i++) {
                        x[i] = rest % v;
                        rest /= v;
                    }
                    double evidence = 0;
                    for (int c = 0; c < classes; c++) {
                        evidence += joint[c][code];
                    }
                    double[] posterior = nb.posterior(x);
                    for (int c = 0; c < classes; c++) {
                        t.close("p(" + c + " | x)", posterior[c], joint[c][code] / evidence, Tolerance.IDENTITY);
                    }
                }),
                forAll("witness: for a joint that is not conditionally independent, NB with the true marginals p(x_i | c) misses the exact posterior", t -> {
                    double[] joint = t.draw("p(c, x1, x2)", TensorGen.probabilityVector(8, 0.2)).toDoubleVector();
                    double[] prior = new double[2];
                    double[][][] lik = new double[2][2][2];
                    for (int code = 0; code < 8; code++) {
                        int c = code & 1;
                        prior[c] += joint[code];
                        lik[c][0][(code >> 1) & 1] += joint[code];
                        lik[c][1][(code >> 2) & 1] += joint[code];
                    }
                    for (int c = 0; c < 2; c++) {
                        for (int i = 0; i < 2; i++) {
                            for (int v = 0; v < 2; v++) {
                                lik[c][i][v] /= prior[c];
                            }
                        }
                    }
                    NaiveBayes nb = new NaiveBayes(prior, lik);
                    double worst = 0;
                    for (int x = 0; x < 4; x++) {
                        double exact = joint[x << 1] / (joint[x << 1] + joint[(x << 1) | 1]);
                        worst = Math.max(worst, Math.abs(nb.posterior(new int[] {x & 1, x >> 1})[0] - exact));
                    }
                    t.require(worst > 1e-6, "NB matched a dependent joint everywhere (max gap " + worst + ")");
                })));
    }

    private static NaiveBayes drawNaiveBayes(Trial t) {
        int classes = t.draw("C", Gen.integers(2, 4));
        int n = t.draw("n", Gen.integers(1, 4));
        int v = t.draw("V", Gen.integers(2, 3));
        double[][][] lik = new double[classes][n][];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < n; i++) {
                lik[c][i] = t.draw("p(x" + i + " | " + c + ")", TensorGen.probabilityVector(v, 0.2)).toDoubleVector();
            }
        }
        return new NaiveBayes(t.draw("prior", TensorGen.probabilityVector(classes, 0.2)).toDoubleVector(), lik);
    }

    private static int[] drawFeatures(Trial t, NaiveBayes nb) {
        int n = nb.likelihood()[0].length;
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = t.draw("x" + i, Gen.integers(0, nb.likelihood()[0][i].length - 1));
        }
        return x;
    }

    private static Rbm drawRbm(Trial t) {
        double[][] w = t.draw("W", TensorGen.dense(-1.5, 1.5, 3, 2)).toDoubleMatrix();
        return new Rbm(t.draw("a", TensorGen.dense(-1, 1, 3)).toDoubleVector(), t.draw("b", TensorGen.dense(-1, 1, 2)).toDoubleVector(), w);
    }

    private static Claim rbm() {
        return new Claim("M19", "gibbs-rbm", "p(h_j=1\\mid v)=\\sigma(b_j+v^TW_{:,j}),\\ p(v_i=1\\mid h)=\\sigma(a_i+W_{i,:}h),\\ p(v)\\propto e^{-F(v)}",
                "io.verideck.numeric.generative.Rbm", Set.of("pgm", "rbm", "sampling"), List.of(
                forAll("3 visible, 2 hidden: both conditionals equal the enumeration of the joint", t -> {
                    Rbm r = drawRbm(t);
                    double[][] joint = r.joint();
                    for (int v = 0; v < 8; v++) {
                        double pv = sum(joint[v]);
                        double[] ph = r.hiddenGivenVisible(Rbm.bits(v, 3));
                        for (int j = 0; j < 2; j++) {
                            double on = 0;
                            for (int h = 0; h < 4; h++) {
                                on += ((h >> j) & 1) == 1 ? joint[v][h] : 0;
                            }
                            t.close("p(h_" + j + " = 1 | v = " + v + ")", ph[j], on / pv, Tolerance.IDENTITY);
                        }
                    }
                    for (int h = 0; h < 4; h++) {
                        double phs = 0;
                        for (int v = 0; v < 8; v++) {
                            phs += joint[v][h];
                        }
                        double[] pv = r.visibleGivenHidden(Rbm.bits(h, 2));
                        for (int i = 0; i < 3; i++) {
                            double on = 0;
                            for (int v = 0; v < 8; v++) {
                                on += ((v >> i) & 1) == 1 ? joint[v][h] : 0;
                            }
                            t.close("p(v_" + i + " = 1 | h = " + h + ")", pv[i], on / phs, Tolerance.IDENTITY);
                        }
                    }
                }),
                forAll("the free energy reproduces the visible marginal: exp(-F(v)) / sum exp(-F) = sum_h p(v, h)", t -> {
                    Rbm r = drawRbm(t);
                    double[][] joint = r.joint();
                    double[] e = new double[8];
                    for (int v = 0; v < 8; v++) {
                        e[v] = r.freeEnergy(Rbm.bits(v, 3));
                    }
                    double[] fromF = MarkovRandomField.boltzmann(e);
                    for (int v = 0; v < 8; v++) {
                        t.close("p(v = " + v + ")", fromF[v], sum(joint[v]), Tolerance.IDENTITY);
                    }
                }),
                once("block Gibbs sampling: visible-state frequencies converge to the exact marginals (200 chains x 1,000 steps, 5 SE)", t -> {
                    Rbm r = drawRbm(t);
                    double[][] joint = r.joint();
                    SplittableRandom random = new SplittableRandom(t.seed());
                    int chains = 200;
                    int steps = 1000;
                    double[][] freq = new double[chains][8];
                    for (int c = 0; c < chains; c++) {
                        long[] visits = r.gibbsVisits(50, steps, random.split());
                        for (int v = 0; v < 8; v++) {
                            freq[c][v] = visits[v] / (double) steps;
                        }
                    }
                    INDArray f = Nd4j.createFromArray(freq);
                    INDArray mean = f.mean(0);
                    INDArray se = f.std(0).divi(Math.sqrt(chains));
                    for (int v = 0; v < 8; v++) {
                        double exact = sum(joint[v]);
                        t.record(mean.getDouble(v), exact);
                        t.require(Math.abs(mean.getDouble(v) - exact) <= 5 * se.getDouble(v) + 1e-12,
                                "state " + v + ": Gibbs " + mean.getDouble(v) + " vs exact " + exact + " (5 SE = " + 5 * se.getDouble(v) + ")");
                    }
                })));
    }
}
