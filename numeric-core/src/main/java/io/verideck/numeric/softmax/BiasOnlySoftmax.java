package io.verideck.numeric.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A softmax model with no input, logits {@code z = b} (claim D9): the mean cross-entropy of labels
 * with class frequencies {@code f} is {@code L(b) = LSE(b) - f^T b}, with gradient {@code softmax(b) -
 * f}, so unregularized maximum likelihood drives {@code softmax(b)} to the empirical frequencies, and
 * every {@code b_k = log n_k + c} is a minimizer. Shapes: {@code b, f [K]}. Reference: Goodfellow et
 * al., <i>Deep Learning</i> (2016), section 6.2.2.3.
 */
public final class BiasOnlySoftmax {
    private BiasOnlySoftmax() {
    }

    /**
     * @param b logits {@code [K]}
     * @param frequencies class frequencies {@code [K]}, summing to 1
     * @return {@code LSE(b) - f^T b}
     */
    public static double loss(INDArray b, INDArray frequencies) {
        return Softmax.logSumExp(b).getDouble(0) - b.mul(frequencies).sumNumber().doubleValue();
    }

    /**
     * @param b logits
     * @param frequencies class frequencies
     * @return {@code softmax(b) - f}
     */
    public static INDArray gradient(INDArray b, INDArray frequencies) {
        return Softmax.probabilities(b).subi(frequencies);
    }

    /**
     * Gradient descent from {@code b = 0}, in plain float64 loops (many tiny steps).
     *
     * @param frequencies class frequencies {@code [K]}
     * @param rate step size
     * @param steps number of steps
     * @return the last iterate {@code [K]}
     */
    public static INDArray fit(INDArray frequencies, double rate, int steps) {
        double[] f = frequencies.toDoubleVector();
        int k = f.length;
        double[] b = new double[k];
        double[] e = new double[k];
        for (int step = 0; step < steps; step++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : b) {
                max = Math.max(max, v);
            }
            double total = 0;
            for (int i = 0; i < k; i++) {
                e[i] = Math.exp(b[i] - max);
                total += e[i];
            }
            for (int i = 0; i < k; i++) {
                b[i] -= rate * (e[i] / total - f[i]);
            }
        }
        return Nd4j.createFromArray(b);
    }

    /**
     * @param counts class counts {@code n_k > 0}
     * @return the closed-form minimizer {@code b_k = log n_k}
     */
    public static INDArray closedForm(INDArray counts) {
        return Transforms.log(counts, true);
    }
}
