package io.verideck.numeric.autodiff;

import java.util.List;

/** A function {@code R^n -> R} written once against {@link ScalarOps}, so every mode can run it. */
@FunctionalInterface
public interface ScalarProgram {
    /**
     * @param ops the algebra
     * @param x the inputs
     * @param <T> the number type
     * @return the output
     */
    <T> T apply(ScalarOps<T> ops, List<T> x);

    /**
     * @param x the point
     * @return the plain value
     */
    default double value(double... x) {
        List<Double> in = new java.util.ArrayList<>();
        for (double v : x) {
            in.add(v);
        }
        return apply(PlainOps.INSTANCE, in);
    }
}
