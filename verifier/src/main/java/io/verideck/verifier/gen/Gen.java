package io.verideck.verifier.gen;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}, driven by a {@link Source} (see the package
 * documentation for how it shrinks).
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {
    /** How many times {@link #filter} redraws before discarding the try. */
    int FILTER_ATTEMPTS = 100;

    /**
     * @param source choices
     * @return a value
     */
    T generate(Source source);

    /**
     * @param f mapping
     * @param <R> result type
     * @return a generator of {@code f(value)}
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return s -> f.apply(generate(s));
    }

    /**
     * @param f generator-valued mapping
     * @param <R> result type
     * @return a generator that draws a value, then draws from {@code f(value)}
     */
    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return s -> f.apply(generate(s)).generate(s);
    }

    /**
     * @param keep acceptance test
     * @return a generator that redraws until {@code keep} holds, up to {@link #FILTER_ATTEMPTS}
     *     times, then throws {@link Discard}
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return s -> {
            for (int i = 0; i < FILTER_ATTEMPTS; i++) {
                T value = generate(s);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new Discard("no value passed the filter in " + FILTER_ATTEMPTS + " attempts");
        };
    }

    /**
     * @param value the value
     * @param <T> its type
     * @return a generator that always returns {@code value} and draws nothing
     */
    static <T> Gen<T> constant(T value) {
        return s -> value;
    }

    /**
     * @param lo smallest value (the shrink target)
     * @param hi largest value
     * @return integers in {@code [lo, hi]}
     */
    static Gen<Integer> integers(int lo, int hi) {
        return s -> lo + (int) s.draw((long) hi - lo + 1);
    }

    /**
     * A size-dependent generator: the size is drawn first in {@code [1, maxSize]}, so shrinking it
     * shrinks everything built from it.
     *
     * @param maxSize largest size
     * @param f generator for a given size
     * @param <T> value type
     * @return the sized generator
     */
    static <T> Gen<T> sized(int maxSize, IntFunction<Gen<T>> f) {
        return integers(1, maxSize).flatMap(f::apply);
    }

    /**
     * Doubles in {@code [lo, hi]}; choice 0 gives the point of the range nearest to 0, small choices
     * values near {@code lo}.
     *
     * @param lo lower end
     * @param hi upper end
     * @return the generator
     */
    static Gen<Double> doubles(double lo, double hi) {
        return s -> {
            long raw = s.draw(1L << 53);
            if (raw == 0) {
                return Math.max(lo, Math.min(hi, 0.0));
            }
            return lo + (hi - lo) * (raw / (double) (1L << 53));
        };
    }

    /**
     * @param values the choices, simplest first
     * @param <T> element type
     * @return one of {@code values}
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return s -> values[(int) s.draw(values.length)];
    }
}
