package io.verideck.numeric.rnn;

/**
 * Parameter counts of the Keras sequence layers (claim K5), for input size {@code d} and {@code u}
 * units: {@code Embedding(V, d)} has {@code V d}; {@code SimpleRNN} has {@code u d + u u + u};
 * {@code LSTM} four times that; {@code GRU} three times (one bias). Reference: Chollet, <i>Deep
 * Learning with Python</i> (2017), section 6.2; Keras layer documentation.
 */
public final class ParameterCounts {
    private ParameterCounts() {
    }

    /**
     * @param vocabulary {@code V}
     * @param dim {@code d}
     * @return {@code V d}
     */
    public static long embedding(long vocabulary, long dim) {
        return vocabulary * dim;
    }

    /**
     * @param units {@code u}
     * @param inputs {@code d}
     * @return {@code u d + u^2 + u}
     */
    public static long simpleRnn(long units, long inputs) {
        return units * inputs + units * units + units;
    }

    /**
     * The same count for real arguments (for checking a card's formula at arbitrary points).
     *
     * @param units {@code u}
     * @param inputs {@code d}
     * @return {@code u d + u^2 + u}
     */
    public static double simpleRnn(double units, double inputs) {
        return units * inputs + units * units + units;
    }

    /**
     * @param units {@code u}
     * @param inputs {@code d}
     * @return {@code 4 (u d + u^2 + u)}
     */
    public static long lstm(long units, long inputs) {
        return 4 * simpleRnn(units, inputs);
    }

    /**
     * @param units {@code u}
     * @param inputs {@code d}
     * @return {@code 3 (u d + u^2 + u)}
     */
    public static long gru(long units, long inputs) {
        return 3 * simpleRnn(units, inputs);
    }
}
