package io.verideck.verifier.claims;

import io.verideck.verifier.formula.Value;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads a card formula's variables (a point of {@link Value}s) as float64 ND4J arrays and turns a
 * result back into a {@link Value}, for the formula bindings of sections C, D and E.
 */
final class CardPoint {
    private CardPoint() {
    }

    /**
     * @param point the card's variables
     * @param name a scalar variable
     * @return its value
     */
    static double number(Map<String, Value> point, String name) {
        return get(point, name).asScalar();
    }

    /**
     * @param point the card's variables
     * @param name a vector variable
     * @return its entries as {@code [n]}
     */
    static INDArray vector(Map<String, Value> point, String name) {
        return Nd4j.createFromArray(get(point, name).data().clone());
    }

    /**
     * @param point the card's variables
     * @param name a matrix variable
     * @return it as {@code [rows, cols]}
     */
    static INDArray matrix(Map<String, Value> point, String name) {
        Value v = get(point, name);
        return Nd4j.create(v.data().clone(), new long[] {v.rows(), v.cols()}, 'c');
    }

    /**
     * @param x a number
     * @return a 1x1 value
     */
    static Value scalar(double x) {
        return Value.scalar(x);
    }

    /**
     * @param a an array of any shape
     * @return its entries as a column
     */
    static Value column(INDArray a) {
        return Value.column(a.dup('c').reshape(a.length()).toDoubleVector());
    }

    private static Value get(Map<String, Value> point, String name) {
        Value v = point.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the card has no variable " + name + " (has " + point.keySet() + ")");
        }
        return v;
    }
}
