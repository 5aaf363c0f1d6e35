package io.verideck.numeric.autodiff;

/**
 * The primitive operations of a scalar program, implemented once per differentiation mode: plain
 * values, {@link DualOps dual numbers} (forward mode) and {@link Tape} nodes (reverse mode).
 *
 * @param <T> the number type
 */
public interface ScalarOps<T> {
    /** @param c a constant @return it as a number of this algebra (zero derivative) */
    T constant(double c);

    /** @param a left @param b right @return {@code a + b} */
    T add(T a, T b);

    /** @param a left @param b right @return {@code a b} */
    T mul(T a, T b);

    /** @param a argument @return {@code max(a, b)}, the derivative routed to the larger input (to a on ties) @param b other */
    T max(T a, T b);

    /** @param a argument @return {@code sin a} */
    T sin(T a);

    /** @param a argument @return {@code e^a} */
    T exp(T a);

    /** @param a argument, nonzero @return {@code 1 / a} */
    T reciprocal(T a);

    /** @param a a number @return its value */
    double value(T a);

    /** @param a argument @return {@code -a} */
    default T negate(T a) {
        return mul(constant(-1), a);
    }
}
