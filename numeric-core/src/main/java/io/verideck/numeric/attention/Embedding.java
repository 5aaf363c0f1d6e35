package io.verideck.numeric.attention;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An embedding table (claim K15): token {@code i} maps to row {@code E_{i,:} = E^T e_i}, where {@code e_i}
 * is the one-hot vector; the gradient of a loss with respect to {@code E} is nonzero only on the rows of
 * tokens that were looked up (the upstream gradients of repeated tokens add). Shapes: {@code E [V, d]},
 * token ids in {@code [0, V)}. Reference: Goodfellow et al. (2016), section 12.4; Chollet (2017),
 * section 6.1.
 *
 * @param table {@code E [V, d]}
 */
public record Embedding(INDArray table) {

    /**
     * @param ids token ids
     * @return rows {@code [len, d]}, by indexing
     */
    public INDArray lookup(int... ids) {
        return Nd4j.pullRows(table, 1, ids);
    }

    /**
     * @param ids token ids
     * @param vocabulary {@code V}
     * @return one-hot rows {@code [len, V]}
     */
    public static INDArray oneHot(int[] ids, long vocabulary) {
        INDArray out = Nd4j.zeros(ids.length, vocabulary);
        for (int r = 0; r < ids.length; r++) {
            out.putScalar(r, ids[r], 1.0);
        }
        return out;
    }

    /**
     * @param oneHot a one-hot vector
     * @return the index of its single one
     */
    public static int indexOf(INDArray oneHot) {
        return oneHot.reshape(oneHot.length()).argMax(0).getInt(0);
    }

    /**
     * The scatter-add backward pass of {@link #lookup}.
     *
     * @param ids token ids
     * @param upstream {@code dL/d(lookup)}, {@code [len, d]}
     * @return {@code dL/dE [V, d]}
     */
    public INDArray gradient(int[] ids, INDArray upstream) {
        INDArray g = Nd4j.zerosLike(table);
        for (int r = 0; r < ids.length; r++) {
            g.getRow(ids[r]).addi(upstream.getRow(r));
        }
        return g;
    }

    /**
     * Multi-hot vectorization of token sequences.
     *
     * @param sequences token ids per sequence
     * @param dimension vector length
     * @return {@code [n, dimension]} with a 1 at every index that occurs in the sequence
     */
    public static INDArray multiHot(int[][] sequences, long dimension) {
        INDArray out = Nd4j.zeros(sequences.length, dimension);
        for (int r = 0; r < sequences.length; r++) {
            for (int id : sequences[r]) {
                out.putScalar(r, id, 1.0);
            }
        }
        return out;
    }
}
