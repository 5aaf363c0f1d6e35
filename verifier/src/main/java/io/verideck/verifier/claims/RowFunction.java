package io.verideck.verifier.claims;

import io.verideck.verifier.gradcheck.Differentiable;
import io.verideck.verifier.gradcheck.ParameterLayout;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A scalar function of a flat parameter vector written on {@code double[]}, evaluated row by row
 * for the gradient checker's stacked inputs: for the small convolution and autoencoder shapes a
 * plain loop is far cheaper than one ND4J call per perturbed row.
 */
final class RowFunction {
    private RowFunction() {
    }

    /**
     * @param layout names of the parameters
     * @param value {@code f(theta)}
     * @param gradient the hand-written {@code grad f(theta)}
     * @return the differentiable view
     */
    static Differentiable scalar(ParameterLayout layout, ToDoubleFunction<double[]> value, Function<double[], double[]> gradient) {
        return Differentiable.scalar(layout, stack -> {
            int m = (int) stack.size(0);
            int n = (int) stack.size(1);
            double[] all = stack.dup('c').data().asDouble();
            double[] out = new double[m];
            for (int i = 0; i < m; i++) {
                out[i] = value.applyAsDouble(java.util.Arrays.copyOfRange(all, i * n, (i + 1) * n));
            }
            return Nd4j.createFromArray(out);
        }, x -> Nd4j.createFromArray(gradient.apply(x.dup('c').reshape(x.length()).toDoubleVector())));
    }

    /**
     * @param a array
     * @return its entries, c order
     */
    static double[] flat(INDArray a) {
        return a.dup('c').data().asDouble();
    }

    /**
     * @param parts arrays
     * @return them concatenated
     */
    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    /**
     * @param a vector
     * @param from start
     * @param length length
     * @return the slice
     */
    static double[] slice(double[] a, int from, int length) {
        return java.util.Arrays.copyOfRange(a, from, from + length);
    }

    /**
     * @param a one array
     * @param b another of the same length
     * @return {@code sum a_i b_i}
     */
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
