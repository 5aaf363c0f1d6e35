package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The lookup-table network that represents any Boolean function of n inputs with {@code 2^n} hidden
 * ReLU units, one per input pattern p: {@code h_p(x) = max(0, (2p - 1)^T x - |p| + 1)} is 1 at
 * {@code x = p} and 0 at every other binary x, and the output {@code sum_p T(p) h_p(x)} reproduces the
 * truth table T. There are {@code 2^(2^n)} such functions. Shapes: patterns as rows {@code [2^n, n]},
 * truth tables as columns {@code [2^n, F]}. Reference: Goodfellow et al., <i>Deep Learning</i>,
 * section 6.4.1 (universal approximation; the lookup construction is the classical one).
 */
public final class BooleanLookupNetwork {
    private BooleanLookupNetwork() {
    }

    /** @param n inputs @return all binary patterns {@code [2^n, n]}, row r = bits of r (most significant first) */
    public static INDArray patterns(int n) {
        int rows = 1 << n;
        double[][] p = new double[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                p[r][j] = (r >> (n - 1 - j)) & 1;
            }
        }
        return Nd4j.createFromArray(p);
    }

    /** @param x binary inputs {@code [B, n]} @return the hidden layer {@code [B, 2^n]} */
    public static INDArray hidden(INDArray x) {
        int n = (int) x.size(1);
        INDArray p = patterns(n);
        INDArray bias = p.sum(1).rsubi(1.0).reshape(1, p.size(0));
        return Transforms.relu(x.mmul(p.mul(2.0).subi(1.0).transpose()).addiRowVector(bias), false);
    }

    /**
     * @param x binary inputs {@code [B, n]}
     * @param tables truth tables as columns {@code [2^n, F]}, row r for pattern r
     * @return the network outputs {@code [B, F]}
     */
    public static INDArray outputs(INDArray x, INDArray tables) {
        return hidden(x).mmul(tables);
    }

    /** @param n inputs (any positive real in the formula's domain) @return {@code 2^(2^n)} */
    public static double functionCount(double n) {
        return Math.pow(2, Math.pow(2, n));
    }
}
