package io.verideck.web.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small least-recently-used cache of search answers; synchronized, bounded by entry count. */
final class ResponseCache {
    private final Map<String, SearchApi.Answer> map;

    ResponseCache(int capacity) {
        this.off = capacity <= 0;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SearchApi.Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    private final boolean off;

    synchronized SearchApi.Answer get(String key) {
        if (off) return null;
        return map.get(key);
    }

    synchronized void put(String key, SearchApi.Answer value) {
        if (off) return;
        map.put(key, value);
    }
}
