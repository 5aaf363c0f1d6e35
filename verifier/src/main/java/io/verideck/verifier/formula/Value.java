package io.verideck.verifier.formula;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A value of the formula language: a dense {@code rows x cols} matrix of doubles in row-major order.
 * A scalar is 1x1 and a vector of length n is a column, n x 1; {@code x^T} is the row 1 x n.
 *
 * @param rows number of rows, at least 1
 * @param cols number of columns, at least 1
 * @param data the entries, row-major, length {@code rows * cols}; never modified after construction
 */
public record Value(int rows, int cols, double[] data) {

    /** Checks the length of {@code data}. */
    public Value {
        if (rows < 1 || cols < 1 || data.length != rows * cols) {
            throw new IllegalArgumentException("bad shape " + rows + "x" + cols + " for " + data.length + " entries");
        }
    }

    /** A 1x1 value. */
    public static Value scalar(double x) {
        return new Value(1, 1, new double[] {x});
    }

    /** A column vector. */
    public static Value column(double... xs) {
        return new Value(xs.length, 1, xs.clone());
    }

    /** Whether this is 1x1. */
    public boolean isScalar() {
        return rows == 1 && cols == 1;
    }

    /** Whether this is a column or a row (or a scalar). */
    public boolean isVector() {
        return rows == 1 || cols == 1;
    }

    /** Number of entries. */
    public int size() {
        return data.length;
    }

    /** The single entry of a 1x1 value. */
    public double asScalar() {
        return data[0];
    }

    /**
     * The value as a whole number, for a variable declared {@code integer[a,b]} or {@code binary}.
     *
     * @throws IllegalStateException when the value is not a scalar holding a whole number
     */
    public int asInt() {
        double x = data[0];
        if (!isScalar() || x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
            throw new IllegalStateException("expected a whole number, found " + this);
        }
        return (int) x;
    }

    /** Entry at row {@code r}, column {@code c}. */
    public double at(int r, int c) {
        return data[r * cols + c];
    }

    /** Whether every entry is finite. */
    public boolean isFinite() {
        for (double x : data) {
            if (!Double.isFinite(x)) return false;
        }
        return true;
    }

    /** Whether {@code other} has the same rows and columns. */
    public boolean sameShape(Value other) {
        return rows == other.rows && cols == other.cols;
    }

    /** The shape as {@code "3x1"}. */
    public String shape() {
        return rows + "x" + cols;
    }

    Value map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(data[i]);
        return new Value(rows, cols, out);
    }

    /** Element-wise with broadcasting of a 1x1 operand; the caller checks the shapes. */
    Value zip(Value other, DoubleBinaryOperator f) {
        Value shape = isScalar() ? other : this;
        double[] out = new double[shape.data.length];
        for (int i = 0; i < out.length; i++) {
            double a = isScalar() ? data[0] : data[i];
            double b = other.isScalar() ? other.data[0] : other.data[i];
            out[i] = f.applyAsDouble(a, b);
        }
        return new Value(shape.rows, shape.cols, out);
    }

    Value transpose() {
        double[] out = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) out[c * rows + r] = data[r * cols + c];
        }
        return new Value(cols, rows, out);
    }

    Value matmul(Value other) {
        double[] out = new double[rows * other.cols];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                double a = data[r * cols + k];
                for (int c = 0; c < other.cols; c++) out[r * other.cols + c] += a * other.data[k * other.cols + c];
            }
        }
        return new Value(rows, other.cols, out);
    }

    /** Plain Java form for reports: a Double, a double[] for a vector, a double[][] for a matrix. */
    public Object toJava() {
        if (isScalar()) return data[0];
        if (cols == 1 || rows == 1) return data.clone();
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) m[r] = Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && rows == v.rows && cols == v.cols && Arrays.equals(data, v.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        if (isScalar()) return Double.toString(data[0]);
        if (isVector()) return Arrays.toString(data) + (rows == 1 && cols > 1 ? "^T" : "");
        return Arrays.deepToString((double[][]) toJava());
    }
}
