package io.verideck.numeric;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products and bias additions over an optional leading stack axis, each done as one ND4J op
 * (see the package documentation). A rank-2 operand is shared by every copy in the stack.
 */
public final class Stacked {
    private Stacked() {
    }

    /**
     * Product of the last two axes: {@code [S,B,n] x [S,n,m]}, {@code [S,B,n] x [n,m]},
     * {@code [B,n] x [S,n,m]} or {@code [B,n] x [n,m]}.
     *
     * @param a left operand, rank 2 or 3
     * @param b right operand, rank 2 or 3
     * @return the product, rank 3 if either operand is
     */
    public static INDArray matmul(INDArray a, INDArray b) {
        if (a.rank() == 2 && b.rank() == 2) {
            return a.mmul(b);
        }
        if (a.rank() == 3 && b.rank() == 3) {
            return Nd4j.matmul(a, b);
        }
        if (a.rank() == 3) {
            long s = a.size(0);
            long rows = a.size(1);
            INDArray flat = a.dup('c').reshape('c', s * rows, a.size(2));
            return flat.mmul(b).reshape('c', s, rows, b.size(1));
        }
        long s = b.size(0);
        long n = b.size(1);
        long m = b.size(2);
        INDArray wide = b.permute(1, 0, 2).dup('c').reshape('c', n, s * m);
        return a.mmul(wide).reshape('c', a.size(0), s, m).permute(1, 0, 2).dup('c');
    }

    /**
     * Adds a bias row to every row: {@code [S,B,m] + [S,m]}, {@code [S,B,m] + [m]},
     * {@code [B,m] + [m]}.
     *
     * @param h activations
     * @param bias bias, rank 1 (shared) or rank 2 (one per copy)
     * @return {@code h + bias}
     */
    public static INDArray addBias(INDArray h, INDArray bias) {
        if (bias.rank() == 2 && h.rank() == 3) {
            return h.add(bias.reshape(bias.size(0), 1, bias.size(1)));
        }
        return h.add(bias);
    }

    /**
     * Gives a shared array a stack axis of length {@code s} by broadcasting (used when one operand
     * of an elementwise op is perturbed and the other is not).
     *
     * @param x array of any rank
     * @param s stack length
     * @return {@code [s, ...x.shape]}
     */
    public static INDArray repeat(INDArray x, long s) {
        long[] shape = new long[x.rank() + 1];
        shape[0] = s;
        System.arraycopy(x.shape(), 0, shape, 1, x.rank());
        long[] one = shape.clone();
        one[0] = 1;
        return x.reshape(one).broadcast(shape);
    }

    /**
     * Sums every axis but the first: one scalar per copy.
     *
     * @param x {@code [S, ...]}
     * @return {@code [S]}
     */
    public static INDArray sumPerCopy(INDArray x) {
        return x.reshape(x.size(0), x.length() / x.size(0)).sum(1);
    }
}
