package io.verideck.verifier.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.numeric.NumericBackend;
import io.verideck.numeric.gan.GanValue;
import io.verideck.numeric.gan.JensenShannon;
import io.verideck.numeric.linreg.GaussianLikelihood;
import io.verideck.numeric.linreg.LeastSquares;
import io.verideck.numeric.linreg.Ridge;
import io.verideck.numeric.rnn.GruCell;
import io.verideck.numeric.rnn.GruConvention;
import io.verideck.numeric.rnn.GruParameters;
import io.verideck.numeric.softmax.BinaryCrossEntropy;
import io.verideck.numeric.softmax.CategoricalCrossEntropy;
import io.verideck.numeric.softmax.Softmax;
import io.verideck.numeric.softmax.SoftmaxCrossEntropy;
import io.verideck.numeric.vae.GaussianKl;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The numeric-core implementations of the first 19 claims against mpmath values (reference.json). */
class ReferenceValuesTest {
    private static final double REL = 1e-13;
    private static JsonNode ref;
    private static int compared;

    @BeforeAll
    static void load() throws IOException {
        NumericBackend.load();
        try (InputStream in = ReferenceValuesTest.class.getResourceAsStream("/reference/reference.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        assertTrue(ref.get("generator").asText().contains("mpmath"));
    }

    /** Relative agreement, with an absolute floor at the smallest normal double for values that underflow. */
    private static void close(String what, double expected, double actual, double rel) {
        compared++;
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(expected - actual) <= rel * scale + Double.MIN_NORMAL, what + ": reference " + expected + ", implementation " + actual);
    }

    private static double num(JsonNode n) {
        return Double.parseDouble(n.asText());
    }

    private static double[] doubles(JsonNode n) {
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).isNumber() ? n.get(i).asDouble() : num(n.get(i));
        }
        return out;
    }

    private static INDArray row(JsonNode n) {
        return Nd4j.create(doubles(n), new long[] {1, n.size()}, DataType.DOUBLE);
    }

    private static INDArray vector(JsonNode n) {
        return Nd4j.create(doubles(n), new long[] {n.size()}, DataType.DOUBLE);
    }

    private static INDArray matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = doubles(n.get(i));
        }
        return Nd4j.create(m).castTo(DataType.DOUBLE);
    }

    private static void closeAll(String what, JsonNode expected, INDArray actual, double rel) {
        double[] a = actual.dup().data().asDouble();
        assertEquals(expected.size(), a.length, what + " size");
        for (int i = 0; i < a.length; i++) {
            close(what + "[" + i + "]", num(expected.get(i)), a[i], rel);
        }
    }

    @Test
    void softmaxLogSumExpAndCrossEntropyIncludingExtremeLogits() {
        for (JsonNode c : ref.get("softmaxCrossEntropy")) {
            String at = " at z = " + c.get("z");
            INDArray z = row(c.get("z"));
            INDArray y = row(c.get("y"));
            close("LSE" + at, num(c.get("lse")), Softmax.logSumExp(z).getDouble(0), REL);
            close("softmax CE (D8)" + at, num(c.get("loss")), SoftmaxCrossEntropy.loss(z, y), REL);
            closeAll("softmax (D6)" + at, c.get("probabilities"), Softmax.probabilities(z), REL);
            closeAll("softmax CE gradient (D8)" + at, c.get("gradient"), SoftmaxCrossEntropy.gradient(z, y), REL);
        }
    }

    @Test
    void binaryAndCategoricalCrossEntropy() {
        for (JsonNode c : ref.get("binaryCrossEntropy")) {
            close("BCE (E8) at p = " + c.get("p"), num(c.get("loss")), BinaryCrossEntropy.loss(vector(c.get("p")), vector(c.get("y"))), REL);
        }
        for (JsonNode c : ref.get("categoricalCrossEntropy")) {
            close("CE (E9) at p = " + c.get("p"), num(c.get("loss")), CategoricalCrossEntropy.loss(row(c.get("p")), row(c.get("y"))), REL);
        }
    }

    @Test
    void gaussianKl() {
        for (JsonNode c : ref.get("gaussianKl")) {
            close("KL (M13) at mu = " + c.get("mu"), num(c.get("kl")), GaussianKl.value(vector(c.get("mu")), vector(c.get("logVar"))), REL);
        }
    }

    @Test
    void ganValueOptimalDiscriminatorAndJensenShannon() {
        for (JsonNode c : ref.get("gan")) {
            INDArray pd = vector(c.get("pData"));
            INDArray pg = vector(c.get("pG"));
            String at = " at p_data = " + c.get("pData") + ", p_g = " + c.get("pG");
            close("V(D, G) (M14)" + at, num(c.get("value")), GanValue.value(pd, pg, vector(c.get("d"))), REL);
            INDArray dStar = GanValue.optimalDiscriminator(pd, pg);
            closeAll("D* (M15)" + at, c.get("optimalD"), dStar, REL);
            close("JSD" + at, num(c.get("jsd")), JensenShannon.divergence(pd, pg), 1e-12);
            close("V(D*, G)" + at, num(c.get("valueAtOptimum")), GanValue.value(pd, pg, dStar), REL);
            close("-log 4 + 2 JSD" + at, num(c.get("minusLog4Plus2Jsd")), GanValue.value(pd, pg, dStar), 1e-12);
        }
    }

    @Test
    void gruCellOnFixedWeightsBothConventions() {
        JsonNode g = ref.get("gru");
        GruParameters p = new GruParameters(matrix(g.get("U")), matrix(g.get("W")), vector(g.get("bi")), vector(g.get("bh")));
        for (GruConvention convention : GruConvention.values()) {
            INDArray next = new GruCell(convention).forward(p, row(g.get("x")), row(g.get("h"))).next();
            closeAll("GRU h' (K11, " + convention + ")", g.get("next").get(convention.name()), next, REL);
        }
    }

    @Test
    void leastSquaresRidgeAndGaussianLikelihood() {
        JsonNode c = ref.get("leastSquares");
        INDArray x = matrix(c.get("X"));
        INDArray y = Nd4j.create(doubles(c.get("y")), new long[] {c.get("y").size(), 1}, DataType.DOUBLE);
        closeAll("normal equation (C2)", c.get("theta"), LeastSquares.normalEquation(x, y), 1e-11);
        closeAll("QR solve (C2)", c.get("theta"), LeastSquares.qrSolve(x, y), 1e-11);
        closeAll("ridge (C9)", c.get("ridge"), Ridge.solve(x, y, c.get("alpha").asDouble()), 1e-11);
        INDArray theta = Nd4j.create(doubles(c.get("theta")), new long[] {3, 1}, DataType.DOUBLE);
        close("Gaussian log-likelihood (C5)", num(c.get("logLikelihoodAtTheta")),
                GaussianLikelihood.logLikelihood(x, y, theta, c.get("sigma").asDouble()), REL);
        assertTrue(compared > 0);
    }
}
