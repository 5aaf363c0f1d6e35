package io.verideck.web.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded cache of search answers. Reads take no lock (search as you type reads far more than it
 * writes); when it is full it is emptied and fills again with what is asked now, which is cheaper
 * than tracking recency on every read.
 */
final class ResponseCache {
    private final int capacity;
    private final ConcurrentHashMap<String, SearchApi.Answer> map = new ConcurrentHashMap<>();

    ResponseCache(int capacity) {
        this.capacity = capacity;
    }

    SearchApi.Answer get(String key) {
        return capacity <= 0 ? null : map.get(key);
    }

    void put(String key, SearchApi.Answer value) {
        if (capacity <= 0) return;
        if (map.size() >= capacity) map.clear();
        map.put(key, value);
    }
}
