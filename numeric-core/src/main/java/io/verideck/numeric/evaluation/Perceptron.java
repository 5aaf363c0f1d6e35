package io.verideck.numeric.evaluation;

/**
 * Rosenblatt's perceptron: {@code f(x) = sign(w^T x + b)}; for each misclassified example
 * ({@code y_i (w^T x_i + b) <= 0}) update {@code w += y_i x_i}, {@code b += y_i}. It stops after an
 * epoch without mistakes, which happens in finitely many epochs iff the data are linearly separable
 * (Novikoff, 1962); on XOR it cycles forever. Plain arrays: points {@code [m][d]}, labels {@code +-1}.
 * Reference: Rosenblatt (1958); Goodfellow et al. (2016), section 6.1.
 *
 * @param weights final {@code w}
 * @param bias final {@code b}
 * @param converged whether an epoch without mistakes was reached
 * @param epochs epochs run
 */
public record Perceptron(double[] weights, double bias, boolean converged, int epochs) {

    /**
     * @param weights weights
     * @param bias bias
     * @param converged converged
     * @param epochs epochs
     */
    public Perceptron {
        weights = weights.clone();
    }

    /**
     * @param points {@code [m][d]}
     * @param labels {@code [m]}, -1 or +1
     * @param maxEpochs give up after this many epochs
     * @return the trained perceptron
     */
    public static Perceptron train(double[][] points, double[] labels, int maxEpochs) {
        int d = points[0].length;
        double[] w = new double[d];
        double b = 0;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            boolean mistake = false;
            for (int i = 0; i < points.length; i++) {
                double f = b;
                for (int j = 0; j < d; j++) {
                    f += w[j] * points[i][j];
                }
                if (labels[i] * f <= 0) {
                    mistake = true;
                    for (int j = 0; j < d; j++) {
                        w[j] += labels[i] * points[i][j];
                    }
                    b += labels[i];
                }
            }
            if (!mistake) {
                return new Perceptron(w, b, true, epoch);
            }
        }
        return new Perceptron(w, b, false, maxEpochs);
    }
}
