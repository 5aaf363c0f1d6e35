package io.verideck.kb.index;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key and kept while the cache holds fewer than {@code capacity} entries;
 * when it is full it is emptied and starts again. For work on immutable inputs that comes back again
 * and again (the same stored answers, snippets and hits, query after query), where an occasional
 * recomputation after a clear costs nothing but time. Thread-safe; two threads may both compute a
 * missing value (it is the same value). A capacity of 0 or less turns caching off.
 *
 * @param <K> the key (its equality decides what counts as the same input)
 * @param <V> the computed value, never null
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    /** @param capacity how many values to keep before emptying; 0 or less keeps none */
    public BoundedCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @param key what the value is computed from
     * @param compute the computation (must not return null)
     * @return {@code compute.apply(key)}, from the cache when it was computed before
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (capacity <= 0) return compute.apply(key);
        V known = values.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (values.size() >= capacity) values.clear();
            values.put(key, known);
        }
        return known;
    }
}
