package io.verideck.verifier.bench;

import io.verideck.numeric.NumericBackend;
import io.verideck.numeric.mlp.Activation;
import io.verideck.numeric.mlp.Layer;
import io.verideck.numeric.mlp.Mlp;
import io.verideck.numeric.mlp.MlpLoss;
import io.verideck.numeric.rnn.GruConvention;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.verifier.claims.GruClaims;
import io.verideck.verifier.claims.MlpClaims;
import io.verideck.verifier.claims.SoftmaxClaims;
import io.verideck.verifier.claims.VaeClaims;
import io.verideck.verifier.gen.Source;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.GradientCheckResult;
import io.verideck.verifier.gradcheck.GradientChecker;
import io.verideck.verifier.gradcheck.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Times full-Jacobian gradient checks after warm-up at the sizes of issue 4 and prints the median of
 * several runs. Run: {@code mvn -q -pl verifier -am test-compile exec:java} (see docs/benchmarks.md).
 */
public final class GradientCheckBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 15;
    private static String only = "";

    private GradientCheckBenchmark() {
    }

    /**
     * @param args optionally a word: only the checks whose label contains it run (e.g. {@code MLP})
     */
    public static void main(String[] args) {
        only = args.length > 0 ? args[0] : "";
        NumericBackend.load();
        GradientChecker full = GradientChecker.of(GradientChecker.Mode.FULL_JACOBIAN, Tolerance.DEFAULT);
        long seed = 42;

        INDArray logits = TensorGen.dense(-3, 3, 32, 10).generate(Source.random(seed));
        INDArray labels = TensorGen.oneHot(32, 10).generate(Source.random(seed + 1));
        time("softmax-CE 32x10 logits (320 inputs)", full, SoftmaxClaims.softmaxCrossEntropy(labels), logits.reshape(320));

        Mlp mlp = new Mlp(List.of(
                new Layer(TensorGen.dense(-1, 1, 8, 16).generate(Source.random(seed + 2)),
                        TensorGen.dense(-0.5, 0.5, 16).generate(Source.random(seed + 3)), Activation.TANH),
                new Layer(TensorGen.dense(-1, 1, 16, 4).generate(Source.random(seed + 4)),
                        TensorGen.dense(-0.5, 0.5, 4).generate(Source.random(seed + 5)), Activation.IDENTITY)));
        INDArray x = TensorGen.dense(-1, 1, 8, 8).generate(Source.random(seed + 6));
        INDArray y = TensorGen.oneHot(8, 4).generate(Source.random(seed + 7));
        Differentiable mlpLoss = MlpClaims.lossOfParameters(mlp, MlpLoss.SOFTMAX_CROSS_ENTROPY, x, y);
        time("MLP 8-16-4, batch 8, softmax-CE (192 weights + 20 biases)", full, mlpLoss, flat(mlp));

        GruParameters p = new GruParameters(TensorGen.dense(-0.5, 0.5, 8, 48).generate(Source.random(seed + 8)),
                TensorGen.dense(-0.5, 0.5, 16, 48).generate(Source.random(seed + 9)),
                TensorGen.dense(-0.5, 0.5, 48).generate(Source.random(seed + 10)),
                TensorGen.dense(-0.5, 0.5, 48).generate(Source.random(seed + 11)));
        INDArray gx = TensorGen.dense(-1, 1, 4, 8).generate(Source.random(seed + 12));
        INDArray gh = TensorGen.dense(-1, 1, 4, 16).generate(Source.random(seed + 13));
        Differentiable cell = GruClaims.cellOutput(GruConvention.RESET_AFTER_PRODUCT, gx, gh);
        time("GRU cell 8->16, batch 4, full Jacobian 64 x 1,248", full, cell,
                GruClaims.layout(8, 16).pack(p.inputWeights(), p.hiddenWeights(), p.inputBias(), p.hiddenBias()));

        INDArray mu = TensorGen.dense(-1, 1, 4, 6).generate(Source.random(seed + 14));
        INDArray lv = TensorGen.dense(-1, 1, 4, 6).generate(Source.random(seed + 15));
        Differentiable kl = VaeClaims.gaussianKlFunction(4, 6);
        time("Gaussian KL 4x6 (mu and log-variance, 48 inputs)", full, kl, kl.layout().pack(mu, lv));
    }

    private static INDArray flat(Mlp mlp) {
        return io.verideck.verifier.gradcheck.ParameterLayout.of("W1", mlp.layers().get(0).weights(), "b1", mlp.layers().get(0).bias(),
                "W2", mlp.layers().get(1).weights(), "b2", mlp.layers().get(1).bias()).pack(mlp.layers().get(0).weights(),
                mlp.layers().get(0).bias(), mlp.layers().get(1).weights(), mlp.layers().get(1).bias());
    }

    private static void time(String label, GradientChecker checker, Differentiable f, INDArray x) {
        if (!label.contains(only)) {
            return;
        }
        GradientCheckResult last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = checker.check(f, x, 1);
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = checker.check(f, x, 1);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // With one ND4J thread, the calling thread's CPU time is the work itself: it is what the
        // wall time would be on an idle machine, and it is robust to other processes' load.
        System.out.printf(Locale.ROOT, "%-60s median wall %8.2f ms (min %.2f)  median cpu %8.2f ms  %d runs  passed=%s maxRel=%.1e entries=%d nd4jOps=%d%n",
                label, ms[RUNS / 2], ms[0], cpu[RUNS / 2], RUNS, last.passed(), last.maxRelError(), last.compared(),
                opCount(() -> checker.check(f, x, 1)));
    }

    /** ND4J ops executed by {@code work} (the op profiler's invocation count). */
    @SuppressWarnings("deprecation") // setProfilingMode is the documented switch in 1.0.0-M2.1
    private static long opCount(Runnable work) {
        org.nd4j.linalg.api.ops.executioner.OpExecutioner executioner = org.nd4j.linalg.factory.Nd4j.getExecutioner();
        org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode before = executioner.getProfilingMode();
        executioner.setProfilingMode(org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode.OPERATIONS);
        try {
            org.nd4j.linalg.profiler.OpProfiler.getInstance().reset();
            work.run();
            return org.nd4j.linalg.profiler.OpProfiler.getInstance().getInvocationsCount();
        } finally {
            executioner.setProfilingMode(before);
            org.nd4j.linalg.profiler.OpProfiler.getInstance().reset();
        }
    }
}
