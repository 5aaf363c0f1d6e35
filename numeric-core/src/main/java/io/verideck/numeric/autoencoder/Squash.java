package io.verideck.numeric.autoencoder;

/** The elementwise nonlinearity of an autoencoder layer, with its derivative written from the output. */
public enum Squash {
    /** {@code sigma(a) = 1/(1+e^{-a})}, {@code sigma' = y (1 - y)}. */
    SIGMOID,
    /** {@code tanh(a)}, {@code tanh' = 1 - y^2}. */
    TANH,
    /** The identity (a linear layer). */
    IDENTITY;

    /**
     * @param a pre-activation
     * @return the activation
     */
    public double apply(double a) {
        return switch (this) {
            case SIGMOID -> 1 / (1 + Math.exp(-a));
            case TANH -> Math.tanh(a);
            case IDENTITY -> a;
        };
    }

    /**
     * @param y the activation {@code apply(a)}
     * @return the derivative at {@code a}
     */
    public double slope(double y) {
        return switch (this) {
            case SIGMOID -> y * (1 - y);
            case TANH -> 1 - y * y;
            case IDENTITY -> 1;
        };
    }
}
