package io.verideck.verifier.claims;

import static io.verideck.verifier.claim.ClaimProperty.forAll;
import static io.verideck.verifier.claim.ClaimProperty.once;

import io.verideck.numeric.linreg.Ridge;
import io.verideck.numeric.rnn.EchoStateNetwork;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Tolerance;
import io.verideck.verifier.property.Trial;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/** K14: echo state networks (contraction, the rho-vs-norm mistake, ridge readout, memory capacity). */
final class EchoStateClaims {
    private EchoStateClaims() {
    }

    static List<Claim> claims() {
        return List.of(echoState());
    }

    /** @return {@code ||W||_2}, from the largest eigenvalue of {@code W^T W} (ND4J's symmetric eigensolver) */
    static double spectralNorm(INDArray w) {
        INDArray eig = Eigen.symmetricGeneralizedEigenvalues(w.transpose().mmul(w));
        return Math.sqrt(eig.maxNumber().doubleValue());
    }

    static INDArray reservoir(Trial t, int n, double norm) {
        INDArray w = t.draw("W", TensorGen.dense(-1, 1, n, n));
        double s = spectralNorm(w);
        t.require(s > 1e-6, "degenerate draw");
        return w.muli(norm / s);
    }

    private static Claim echoState() {
        return new Claim("K14", "esn-echo-state",
                "h_t=\\tanh(W_{\\mathrm{in}}x_t+Wh_{t-1}),\\ \\|h_t-h'_t\\|\\le\\|W\\|_2^t\\|h_0-h'_0\\|,\\ MC=\\sum_kr^2(x_{t-k},o_k(t))\\le N",
                "io.verideck.numeric.rnn.EchoStateNetwork", Set.of("rnn", "esn"), List.of(
                forAll("||W||_2 < 1: two runs on the same input from different states converge, ||h_t - h'_t|| <= ||W||_2^t ||h_0 - h'_0||", 10, t -> {
                    int n = t.draw("N", Gen.integers(2, 8));
                    double norm = t.draw("||W||", Gen.doubles(0.3, 0.95));
                    EchoStateNetwork esn = new EchoStateNetwork(t.draw("W_in", TensorGen.dense(-1, 1, n, 1)), reservoir(t, n, norm));
                    INDArray xs = t.draw("xs", TensorGen.dense(-1, 1, 30, 1));
                    INDArray h0 = t.draw("h0", TensorGen.dense(-1, 1, n));
                    INDArray h0b = t.draw("h0'", TensorGen.dense(-1, 1, n));
                    double gap0 = h0.sub(h0b).norm2Number().doubleValue();
                    INDArray a = esn.states(xs, h0);
                    INDArray b = esn.states(xs, h0b);
                    double w2 = spectralNorm(esn.reservoir());
                    double[] gaps = a.sub(b).norm2(1).toDoubleVector();
                    for (int s = 0; s < 30; s++) {
                        double gap = gaps[s];
                        t.require(gap <= Math.pow(w2, s + 1) * gap0 * (1 + 1e-9) + 1e-15,
                                "step " + (s + 1) + ": gap " + gap + " > ||W||^t gap0 = " + Math.pow(w2, s + 1) * gap0);
                    }
                }),
                once("Z-46: W = [[0.5, 5], [0, 0.5]] has rho = 0.5 (W^100 -> 0) but ||W||_2 > 5, and one step expands a pair of states", t -> {
                    INDArray w = Nd4j.createFromArray(new double[][] {{0.5, 5}, {0, 0.5}});
                    EchoStateNetwork esn = new EchoStateNetwork(Nd4j.zeros(2, 1), w);
                    double norm = spectralNorm(w);
                    INDArray power = Nd4j.eye(2);
                    for (int k = 0; k < 100; k++) {
                        power = power.mmul(w);
                    }
                    t.require(power.norm2Number().doubleValue() < 1e-20, "W^100 does not vanish: rho >= 1");
                    t.require(norm > 5, "||W||_2 = " + norm);
                    INDArray h0 = Nd4j.zeros(2);
                    INDArray h0b = Nd4j.createFromArray(0.0, 0.01);
                    INDArray x = Nd4j.zeros(1, 1);
                    double before = h0.sub(h0b).norm2Number().doubleValue();
                    double after = esn.states(x, h0).getRow(0).sub(esn.states(x, h0b).getRow(0)).norm2Number().doubleValue();
                    t.record(after, before);
                    t.require(after > before, "one step did not expand: " + after + " <= " + before);
                }),
                forAll("the readout is ridge regression on the collected states: the ridge gradient vanishes at it", 10, t -> {
                    int n = t.draw("N", Gen.integers(2, 8));
                    EchoStateNetwork esn = new EchoStateNetwork(t.draw("W_in", TensorGen.dense(-1, 1, n, 1)), reservoir(t, n, 0.9));
                    INDArray xs = t.draw("xs", TensorGen.dense(-1, 1, 200, 1));
                    INDArray states = esn.states(xs, Nd4j.zeros(n));
                    INDArray target = Nd4j.zeros(200, 1);
                    target.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 200), org.nd4j.linalg.indexing.NDArrayIndex.all())
                            .assign(xs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 199), org.nd4j.linalg.indexing.NDArrayIndex.all()));
                    double alpha = t.draw("alpha", Gen.doubles(1e-3, 1));
                    INDArray w = EchoStateNetwork.readout(states, target, alpha);
                    INDArray grad = Ridge.gradient(states, target, w, alpha);
                    double scale = states.transpose().mmul(target).norm2Number().doubleValue();
                    t.close("||grad J(w*)|| / ||X^T y||", grad.norm2Number().doubleValue() / scale, 0, new Tolerance(1e-9, 0));
                }),
                once("memory capacity of N = 10 units on i.i.d. U[-1, 1] input: 0 < sum_{k <= 20} r^2 <= N + slack (T = 4000)", t -> {
                    int n = 10;
                    INDArray w = reservoir(t, n, 0.9);
                    INDArray win = t.draw("W_in", TensorGen.dense(-0.5, 0.5, n, 1));
                    SplittableRandom random = new SplittableRandom(t.seed());
                    double[] u = new double[4000];
                    for (int i = 0; i < u.length; i++) {
                        u[i] = random.nextDouble(-1, 1);
                    }
                    INDArray inputs = Nd4j.createFromArray(u);
                    INDArray states = new EchoStateNetwork(win, w).states(inputs.reshape(u.length, 1), Nd4j.zeros(n));
                    INDArray curve = EchoStateNetwork.memoryCurve(inputs, states, 2 * n, 100);
                    double mc = curve.sumNumber().doubleValue();
                    // Sampling slack: each in-sample r^2 with N + 1 regressors is biased up by about (N + 1) / T.
                    double slack = 2 * n * 5.0 * (n + 1) / (u.length - 2 * n);
                    t.record(mc, n);
                    t.require(mc > 1 && mc <= n + slack, "MC = " + mc + " outside (1, " + (n + slack) + "]");
                    t.require(curve.getDouble(0) >= curve.getDouble(2 * n - 1), "memory does not fade with the delay: " + curve);
                })));
    }
}
