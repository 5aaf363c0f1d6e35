package io.verideck.numeric.mlp;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Rosenblatt's perceptron {@code y = sign(w^T x + b)} and its learning rule: for each misclassified
 * example ({@code y_i (w^T x_i + b) <= 0}) set {@code w += y_i x_i}, {@code b += y_i}. On linearly
 * separable data the rule stops after finitely many updates (Novikoff, 1962); on XOR it never does.
 * The decision is invariant to rescaling {@code (w, b)} by a positive factor. Shapes: {@code X [N, d]},
 * labels {@code y [N]} in {-1, +1}. Reference: Rosenblatt (1958); Goodfellow et al., section 1.2.1.
 *
 * @param w weights {@code [d]}
 * @param b bias
 */
public record Perceptron(INDArray w, double b) {

    /**
     * @param x inputs {@code [N, d]}
     * @return {@code sign(X w + b)} in {-1, 0, +1}, {@code [N]}
     */
    public INDArray predict(INDArray x) {
        return Transforms.sign(x.mmul(w.reshape(w.length(), 1)).addi(b).reshape(x.size(0)), false);
    }

    /**
     * The outcome of training.
     *
     * @param model the last weights
     * @param converged whether an epoch made no mistake
     * @param updates number of updates made
     */
    public record Training(Perceptron model, boolean converged, int updates) {
    }

    /**
     * @param x inputs {@code [N, d]}
     * @param y labels in {-1, +1}, {@code [N]}
     * @param epochs passes over the data at most
     * @return the weights after the last epoch, and whether an epoch made no mistake
     */
    public static Training train(INDArray x, INDArray y, int epochs) {
        int d = (int) x.size(1);
        double[] flat = x.dup('c').data().asDouble();
        double[][] rows = new double[(int) x.size(0)][d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(flat, i * d, rows[i], 0, d);
        }
        double[] labels = y.toDoubleVector();
        double[] w = new double[(int) x.size(1)];
        double b = 0;
        int updates = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            boolean mistake = false;
            for (int i = 0; i < rows.length; i++) {
                double score = b;
                for (int j = 0; j < w.length; j++) {
                    score += w[j] * rows[i][j];
                }
                if (labels[i] * score <= 0) {
                    for (int j = 0; j < w.length; j++) {
                        w[j] += labels[i] * rows[i][j];
                    }
                    b += labels[i];
                    updates++;
                    mistake = true;
                }
            }
            if (!mistake) {
                return new Training(new Perceptron(Nd4j.createFromArray(w), b), true, updates);
            }
        }
        return new Training(new Perceptron(Nd4j.createFromArray(w), b), false, updates);
    }
}
