package io.verideck.verifier.gradcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Named tensors packed into one flat vector, so a function of several tensors can be checked as a
 * function of one vector and a failure can name {@code W1[2,3]} instead of {@code input 17}.
 *
 * @param names tensor names
 * @param shapes tensor shapes
 */
public record ParameterLayout(List<String> names, List<long[]> shapes) {
    /**
     * @param names names
     * @param shapes shapes
     */
    public ParameterLayout {
        names = List.copyOf(names);
        shapes = List.copyOf(shapes);
    }

    /**
     * @param tensors alternating name (String) and array (INDArray)
     * @return the layout of those arrays
     */
    public static ParameterLayout of(Object... tensors) {
        List<String> n = new ArrayList<>();
        List<long[]> s = new ArrayList<>();
        for (int i = 0; i < tensors.length; i += 2) {
            n.add((String) tensors[i]);
            s.add(((INDArray) tensors[i + 1]).shape());
        }
        return new ParameterLayout(n, s);
    }

    /** @return the total number of entries */
    public long size() {
        return shapes.stream().mapToLong(ParameterLayout::count).sum();
    }

    /**
     * @param tensors arrays in layout order
     * @return the flat vector {@code [n]}
     */
    public INDArray pack(INDArray... tensors) {
        INDArray[] flat = new INDArray[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            flat[i] = tensors[i].dup('c').reshape(1, tensors[i].length());
        }
        return Nd4j.hstack(flat).reshape(size());
    }

    /**
     * Packs stacked tensors (one leading axis of {@code m} rows each) into a matrix.
     *
     * @param tensors arrays {@code [m, ...shape]} in layout order
     * @return {@code [m, n]}
     */
    public INDArray packRows(INDArray... tensors) {
        INDArray[] flat = new INDArray[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            long m = tensors[i].size(0);
            flat[i] = tensors[i].dup('c').reshape('c', m, tensors[i].length() / m);
        }
        return Nd4j.hstack(flat);
    }

    /**
     * Splits a stack of flat vectors into the stacked tensors.
     *
     * @param stack {@code [m, n]}
     * @return per tensor {@code [m, ...shape]}
     */
    public List<INDArray> unpack(INDArray stack) {
        List<INDArray> out = new ArrayList<>();
        long offset = 0;
        long m = stack.size(0);
        for (long[] shape : shapes) {
            long c = count(shape);
            long[] target = new long[shape.length + 1];
            target[0] = m;
            System.arraycopy(shape, 0, target, 1, shape.length);
            out.add(stack.get(NDArrayIndex.all(), NDArrayIndex.interval(offset, offset + c)).dup('c').reshape('c', target));
            offset += c;
        }
        return out;
    }

    /**
     * @param flatIndex index into the flat vector
     * @return e.g. {@code W1[2,3]}
     */
    public String describe(long flatIndex) {
        long offset = flatIndex;
        for (int t = 0; t < shapes.size(); t++) {
            long c = count(shapes.get(t));
            if (offset < c) {
                long[] shape = shapes.get(t);
                long[] idx = new long[shape.length];
                long rest = offset;
                for (int d = shape.length - 1; d >= 0; d--) {
                    idx[d] = rest % shape[d];
                    rest /= shape[d];
                }
                String joined = Arrays.toString(idx).replace(" ", "");
                return names.get(t) + (shape.length == 0 ? "" : "[" + joined.substring(1, joined.length() - 1) + "]");
            }
            offset -= c;
        }
        return "input " + flatIndex;
    }

    private static long count(long[] shape) {
        long c = 1;
        for (long d : shape) {
            c *= d;
        }
        return c;
    }
}
