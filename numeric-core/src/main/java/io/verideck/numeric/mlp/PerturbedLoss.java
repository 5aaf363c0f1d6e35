package io.verideck.numeric.mlp;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The loss of a network at many parameter vectors that each differ from the network's own parameters
 * in one coordinate: what a full-Jacobian finite-difference check evaluates.
 *
 * <p>Parameters are flattened as {@code W_1, b_1, W_2, b_2, ...}, each row-major, so the block of
 * layer {@code l} is the extended matrix {@code [W_l; b_l^T]} of shape {@code [n_{l-1} + 1, n_l]}.
 * Moving entry {@code (p, q)} of that block by {@code d} changes only column {@code q} of the
 * pre-activation, {@code A_l[:, q] += d * Hext_{l-1}[:, p]} with {@code Hext = [H, 1]}, hence only
 * column {@code q} of {@code H_l}, and the next pre-activation by a rank-one term:
 * {@code A_{l+1} += (g(A_l[:, q] + d Hext[:, p]) - H_l[:, q]) W_{l+1}[q, :]}. So the layers below are
 * computed once for all copies, the moved column goes through the activation as one vector, and only
 * the layers above {@code l + 1} run per copy, as one matrix product of
 * {@code [copies * B, n_{m-1}] x [n_{m-1}, n_m]} per layer; the loss of all copies is one stacked
 * evaluation. Values equal {@link Mlp#forwardStacked} followed by {@link MlpLoss#valueStacked} at the
 * moved parameters, up to rounding. No derivative is used.
 */
public final class PerturbedLoss {
    private PerturbedLoss() {
    }

    /**
     * @param mlp the network at the base parameters
     * @param loss the loss
     * @param x inputs {@code [B, n_0]}
     * @param y targets {@code [B, n_L]}
     * @param start first flat parameter index moved
     * @param plus {@code plus[j]}: the moved value of parameter {@code start + j} in copy {@code j}
     * @param minus {@code minus[j]}: its value in copy {@code c + j}
     * @return {@code [2c]} losses, the {@code plus} copies first
     */
    public static double[] losses(Mlp mlp, MlpLoss loss, INDArray x, INDArray y, int start, double[] plus, double[] minus) {
        int c = plus.length;
        Mlp.Trace trace = mlp.trace(x);
        List<Layer> layers = mlp.layers();
        int batch = (int) x.size(0);
        int offset = 0;
        List<INDArray> outputs = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int block = (int) ((layer.inputs() + 1) * layer.outputs());
            int from = Math.max(start, offset);
            int to = Math.min(start + c, offset + block);
            if (from < to) {
                outputs.add(moveLayer(mlp, l, trace, batch, offset, from - start, to - start, start, plus, minus));
                ranges.add(new int[] {from - start, to - start});
            }
            offset += block;
        }
        if (start + c > offset) {
            throw new IllegalArgumentException("parameter index " + (start + c - 1) + " out of range " + offset);
        }
        INDArray all = outputs.size() == 1 ? outputs.get(0) : Nd4j.vstack(outputs.toArray(new INDArray[0]));
        long k = all.size(1);
        double[] values = values(loss.valueStacked(all.reshape('c', all.size(0) / batch, batch, k), y));
        double[] out = new double[2 * c];
        int copy = 0;
        for (int[] r : ranges) {
            int m = r[1] - r[0];
            System.arraycopy(values, copy, out, r[0], m);
            System.arraycopy(values, copy + m, out, c + r[0], m);
            copy += 2 * m;
        }
        return out;
    }

    /**
     * Network outputs for the moved entries {@code plus/minus[from..to-1]}, all in layer {@code l}'s block.
     *
     * @return {@code [2m * B, n_L]}: the {@code m} plus copies, then the {@code m} minus copies
     */
    private static INDArray moveLayer(Mlp mlp, int l, Mlp.Trace trace, int batch, int offset, int from, int to, int start,
            double[] plus, double[] minus) {
        Layer layer = mlp.layers().get(l);
        int in = (int) layer.inputs();
        int width = (int) layer.outputs();
        int m = to - from;
        double[] pre = values(trace.preActivations().get(l));
        double[] below = values(trace.activations().get(l));
        double[] weights = values(layer.weights());
        double[] bias = values(layer.bias());
        int[] column = new int[m];
        double[] moved = new double[2 * m * batch];
        for (int j = 0; j < m; j++) {
            int r = start + from + j - offset;
            int p = r / width;
            int q = r % width;
            column[j] = q;
            double value = p < in ? weights[p * width + q] : bias[q];
            double up = plus[from + j] - value;
            double down = minus[from + j] - value;
            for (int b = 0; b < batch; b++) {
                double h = p < in ? below[b * in + p] : 1.0;
                double a = pre[b * width + q];
                moved[j * batch + b] = a + up * h;
                moved[(m + j) * batch + b] = a + down * h;
            }
        }
        if (l == mlp.layers().size() - 1) {
            // Output layer: the copies' pre-activations are the base with one column replaced.
            double[] rows = new double[2 * m * batch * width];
            for (int copy = 0; copy < 2 * m; copy++) {
                int q = column[copy % m];
                System.arraycopy(pre, 0, rows, copy * batch * width, batch * width);
                for (int b = 0; b < batch; b++) {
                    rows[(copy * batch + b) * width + q] = moved[copy * batch + b];
                }
            }
            return layer.activation().apply(matrix(rows, 2L * m * batch, width));
        }
        // The moved column through the activation, as one vector; the next layer changes by a rank-one term.
        double[] g = values(layer.activation().apply(matrix(moved, 1, moved.length)));
        double[] post = values(trace.activations().get(l + 1));
        Layer next = mlp.layers().get(l + 1);
        int nextWidth = (int) next.outputs();
        double[] nextPre = values(trace.preActivations().get(l + 1));
        double[] nextWeights = values(next.weights());
        double[] rows = new double[2 * m * batch * nextWidth];
        for (int copy = 0; copy < 2 * m; copy++) {
            int q = column[copy % m];
            for (int b = 0; b < batch; b++) {
                double dh = g[copy * batch + b] - post[b * width + q];
                int row = (copy * batch + b) * nextWidth;
                for (int o = 0; o < nextWidth; o++) {
                    rows[row + o] = nextPre[b * nextWidth + o] + dh * nextWeights[q * nextWidth + o];
                }
            }
        }
        INDArray h = next.activation().apply(matrix(rows, 2L * m * batch, nextWidth));
        for (int k = l + 2; k < mlp.layers().size(); k++) {
            Layer above = mlp.layers().get(k);
            h = above.activation().apply(h.mmul(above.weights()).addiRowVector(above.bias()));
        }
        return h;
    }

    /** The entries in row-major order; copies the buffer without an ND4J op when it already is that. */
    static double[] values(INDArray a) {
        if (a.ordering() == 'c' && !a.isView() && a.data().length() == a.length()) {
            return a.data().asDouble();
        }
        return a.dup('c').data().asDouble();
    }

    /** A c-order matrix over a copy of {@code data}; the buffer is copied in bulk, not element by element. */
    private static INDArray matrix(double[] data, long rows, long columns) {
        return Nd4j.create(Nd4j.createBuffer(data), new long[] {rows, columns}, new long[] {columns, 1}, 0, 'c');
    }

    /**
     * @param mlp a network giving the shapes and activations
     * @param flat its parameters {@code W_1, b_1, ...} flattened row-major
     * @return the network with those parameters
     */
    public static Mlp withParameters(Mlp mlp, double[] flat) {
        List<Layer> layers = new ArrayList<>();
        int offset = 0;
        for (Layer old : mlp.layers()) {
            int in = (int) old.inputs();
            int width = (int) old.outputs();
            double[] w = new double[in * width];
            double[] b = new double[width];
            System.arraycopy(flat, offset, w, 0, w.length);
            System.arraycopy(flat, offset + w.length, b, 0, width);
            offset += w.length + width;
            layers.add(new Layer(matrix(w, in, width), Nd4j.create(Nd4j.createBuffer(b), new long[] {width}, new long[] {1}, 0, 'c'),
                    old.activation()));
        }
        if (offset != flat.length) {
            throw new IllegalArgumentException(flat.length + " parameters for a network of " + offset);
        }
        return new Mlp(layers);
    }
}
