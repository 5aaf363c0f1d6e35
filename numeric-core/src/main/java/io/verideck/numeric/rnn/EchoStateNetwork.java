package io.verideck.numeric.rnn;

import io.verideck.numeric.linreg.Ridge;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/**
 * An echo state network (claim K14): a fixed random reservoir {@code h_t = tanh(W_in x_t + W h_{t-1})}
 * (column form) with a trained linear readout. Since tanh is 1-Lipschitz, {@code ||h_t - h'_t|| <=
 * ||W||_2^t ||h_0 - h'_0||} for two runs on the same input, so {@code sigma_max(W) < 1} suffices for
 * the echo-state property; the spectral radius {@code rho(W) < 1} alone does not make one step
 * contractive when {@code W} is not normal. The readout is ridge regression on the collected states.
 * Memory capacity {@code MC = sum_k r^2(x_{t-k}, o_k(t))}, where {@code o_k} is the least-squares
 * readout for the input {@code k} steps back, is at most {@code N} for i.i.d. input. Shapes:
 * {@code W_in [N, d]}, {@code W [N, N]}, inputs {@code [T, d]}. Reference: Jaeger (2001, 2002);
 * Goodfellow et al. (2016), section 10.8.
 *
 * @param inputWeights {@code W_in}
 * @param reservoir {@code W}
 */
public record EchoStateNetwork(INDArray inputWeights, INDArray reservoir) {

    /**
     * @param xs inputs {@code [T, d]}
     * @param h0 initial state {@code [N]}
     * @return states {@code h_1..h_T}, {@code [T, N]}
     */
    public INDArray states(INDArray xs, INDArray h0) {
        // A sequential recurrence cannot be batched, and a reservoir is small: one ND4J op per step would
        // cost more than the arithmetic, so the loop runs on plain float64 arrays.
        double[][] drive = xs.mmul(inputWeights.transpose()).toDoubleMatrix();
        double[][] w = reservoir.toDoubleMatrix();
        int n = (int) h0.length();
        double[] h = h0.toDoubleVector();
        double[][] out = new double[drive.length][];
        for (int t = 0; t < drive.length; t++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double a = drive[t][i];
                for (int j = 0; j < n; j++) {
                    a += w[i][j] * h[j];
                }
                next[i] = Math.tanh(a);
            }
            out[t] = next;
            h = next;
        }
        return Nd4j.createFromArray(out);
    }

    /**
     * @param states collected states {@code [T, N]}
     * @param targets {@code [T]}
     * @param alpha ridge penalty
     * @return the readout weights {@code [N]}
     */
    public static INDArray readout(INDArray states, INDArray targets, double alpha) {
        return Ridge.solve(states, targets, alpha);
    }

    /**
     * Empirical memory capacity of a scalar-input reservoir: one multi-output least-squares fit for all
     * delays {@code 1..maxDelay}, then the squared correlation per delay.
     *
     * @param inputs {@code x_1..x_T}, {@code [T]}
     * @param states {@code [T, N]}
     * @param maxDelay largest delay
     * @param washout initial steps dropped
     * @return {@code r^2} per delay, {@code [maxDelay]}; their sum is MC
     */
    public static INDArray memoryCurve(INDArray inputs, INDArray states, int maxDelay, int washout) {
        int t0 = Math.max(washout, maxDelay);
        long rows = states.rows() - t0;
        INDArray s = states.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(t0, states.rows()), org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray design = Nd4j.hstack(s, Nd4j.ones(rows, 1));
        INDArray targets = Nd4j.create(inputs.dataType(), rows, maxDelay);
        for (int k = 1; k <= maxDelay; k++) {
            targets.getColumn(k - 1).assign(inputs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(t0 - k, t0 - k + rows)));
        }
        INDArray gram = design.transpose().mmul(design);
        INDArray coef = InvertMatrix.invert(gram, false).mmul(design.transpose().mmul(targets));
        INDArray fitted = design.mmul(coef);
        INDArray yc = targets.subRowVector(targets.mean(0));
        INDArray fc = fitted.subRowVector(fitted.mean(0));
        INDArray cov = yc.mul(fc).sum(0);
        INDArray r2 = cov.mul(cov).divi(yc.mul(yc).sum(0).muli(fc.mul(fc).sum(0)));
        return r2;
    }
}
