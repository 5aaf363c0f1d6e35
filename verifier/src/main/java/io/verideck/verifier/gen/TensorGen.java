package io.verideck.verifier.gen;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Generators of float64 ND4J arrays for the math: dense tensors, well-conditioned, SPD and
 * full-rank design matrices, probability vectors, one-hot labels, sequences, and values kept away
 * from kinks. Every array is filled from {@link Source} choices, so it shrinks like any value.
 */
public final class TensorGen {
    private TensorGen() {
    }

    /**
     * @param lo lower end
     * @param hi upper end
     * @param shape shape
     * @return arrays with independent entries in {@code [lo, hi]}
     */
    public static Gen<INDArray> dense(double lo, double hi, long... shape) {
        Gen<Double> entry = Gen.doubles(lo, hi);
        return s -> {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = entry.generate(s);
            }
            return array(v, shape);
        };
    }

    /**
     * @param mean mean
     * @param sd standard deviation
     * @param shape shape
     * @return arrays with independent Gaussian entries
     */
    public static Gen<INDArray> gaussian(double mean, double sd, long... shape) {
        return s -> {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = mean + sd * s.gaussian();
            }
            return array(v, shape);
        };
    }

    /**
     * Entries in {@code [lo, hi]} at least {@code margin} away from every kink (ReLU at 0, ties).
     *
     * @param lo lower end
     * @param hi upper end
     * @param kinks points to avoid
     * @param margin minimum distance
     * @param shape shape
     * @return the generator
     */
    public static Gen<INDArray> awayFrom(double lo, double hi, double[] kinks, double margin, long... shape) {
        Gen<Double> entry = Gen.doubles(lo, hi).filter(x -> {
            for (double k : kinks) {
                if (Math.abs(x - k) < margin) {
                    return false;
                }
            }
            return true;
        });
        return s -> {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double[] v = new double[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = entry.generate(s);
            }
            return array(v, shape);
        };
    }

    /**
     * A square matrix {@code I * scale + E} with small noise, so its condition number stays below
     * about 3.
     *
     * @param n size
     * @return the generator
     */
    public static Gen<INDArray> wellConditioned(int n) {
        return dense(-0.5 / n, 0.5 / n, n, n).map(e -> Nd4j.eye(n).addi(e));
    }

    /**
     * A symmetric positive definite matrix {@code A A^T + n I}.
     *
     * @param n size
     * @return the generator
     */
    public static Gen<INDArray> spd(int n) {
        return dense(-1, 1, n, n).map(a -> a.mmul(a.transpose()).addi(Nd4j.eye(n).muli(n)));
    }

    /**
     * A design matrix {@code [rows, cols]}, {@code rows >= cols}, whose Gram matrix has its smallest
     * eigenvalue bounded away from zero: random entries in {@code [-1, 1]} plus {@code sqrt(rows)}
     * times the first {@code cols} rows of the identity.
     *
     * @param rows examples
     * @param cols features
     * @return the generator
     */
    public static Gen<INDArray> fullRankDesign(int rows, int cols) {
        if (rows < cols) {
            throw new IllegalArgumentException("a full-column-rank design needs rows >= cols");
        }
        return dense(-1, 1, rows, cols).map(x -> x.addi(Nd4j.eye(rows).getColumns(range(cols)).muli(Math.sqrt(rows))));
    }

    /**
     * Probability vectors with every entry at least {@code floor / k}.
     *
     * @param k length
     * @param floor share of the mass spread uniformly, in {@code (0, 1)}
     * @return the generator
     */
    public static Gen<INDArray> probabilityVector(int k, double floor) {
        return dense(0, 1, k).map(w -> {
            double total = w.sumNumber().doubleValue();
            INDArray p = total > 0 ? w.div(total) : Nd4j.ones(k).divi(k);
            return p.muli(1 - floor).addi(floor / k);
        });
    }

    /**
     * @param rows number of labels
     * @param classes number of classes
     * @return one-hot rows {@code [rows, classes]}
     */
    public static Gen<INDArray> oneHot(int rows, int classes) {
        return s -> {
            INDArray y = Nd4j.zeros(rows, classes);
            for (int i = 0; i < rows; i++) {
                y.putScalar(i, (int) s.draw(classes), 1.0);
            }
            return y;
        };
    }

    /**
     * @param steps sequence length {@code T}
     * @param batch batch size {@code B}
     * @param features features {@code d}
     * @return sequences {@code [T, B, d]} with entries in {@code [-1, 1]}
     */
    public static Gen<INDArray> sequence(int steps, int batch, int features) {
        return dense(-1, 1, steps, batch, features);
    }

    /** A row-major array over a copy of {@code v}, copied in bulk (not entry by entry as {@code Nd4j.create(double[], ...)}). */
    private static INDArray array(double[] v, long[] shape) {
        if (shape.length == 0 || v.length == 0) {
            return Nd4j.create(v, shape, 'c');
        }
        return Nd4j.create(Nd4j.createBuffer(v), shape, Nd4j.getStrides(shape, 'c'), 0, 'c');
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
