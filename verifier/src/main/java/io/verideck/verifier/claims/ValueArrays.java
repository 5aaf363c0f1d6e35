package io.verideck.verifier.claims;

import io.verideck.verifier.formula.Value;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between formula-language values (row-major matrices) and float64 ND4J arrays, for the formula bindings. */
final class ValueArrays {
    private ValueArrays() {
    }

    /**
     * @param v a value
     * @return a {@code [rows, cols]} float64 array
     */
    static INDArray matrix(Value v) {
        return Nd4j.create(v.data().clone(), new long[] {v.rows(), v.cols()}, 'c');
    }

    /**
     * @param v a column or row vector
     * @return a rank-1 array
     */
    static INDArray vector(Value v) {
        return Nd4j.createFromArray(v.data().clone());
    }

    /**
     * @param a an array of any shape
     * @return a column vector of its entries
     */
    static Value column(INDArray a) {
        return Value.column(a.dup('c').reshape(a.length()).toDoubleVector());
    }

    /** @param v a value @return a {@code [rows, cols]} array */
    static INDArray array(Value v) {
        return Nd4j.create(v.data().clone(), new long[] {v.rows(), v.cols()}, 'c');
    }

    /** @param a an array of rank at most 2 (rank 1 and 0 become a column) @return the value */
    static Value value(INDArray a) {
        if (a.rank() == 2) {
            return new Value((int) a.size(0), (int) a.size(1), a.dup('c').reshape(a.length()).toDoubleVector());
        }
        return new Value((int) a.length(), 1, a.dup('c').reshape(a.length()).toDoubleVector());
    }

    /** @param x a scalar @return a 1x1 value */
    static Value scalar(double x) {
        return Value.scalar(x);
    }
}
