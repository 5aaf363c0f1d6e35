package io.verideck.verifier.claims;

import io.verideck.verifier.formula.Value;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between formula values and ND4J arrays for the formula bindings of sections K and M. */
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
}
