package io.verideck.web.server;

import io.verideck.kb.index.SearchHit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Search hits already encoded as JSON objects, by everything the encoding reads from a hit (kind, id,
 * title, snippet, lecture, section, tags; not the score, which is not written). A search with the
 * answer cache off still returns the same cards with the same snippets for query after query, and the
 * snippet's math marking, the title's Markdown and the JSON escaping were a tenth of a request's CPU.
 * Bounded: emptied when it holds {@code capacity} hits; 0 turns it off.
 */
final class HitJson {
    private final int capacity;
    private final Function<SearchHit, byte[]> encoder;
    private final ConcurrentHashMap<Key, byte[]> encoded = new ConcurrentHashMap<>();

    private record Key(String kind, String id, String title, String snippetHtml, Integer lecture, String section,
                       List<String> tags) {
        Key(SearchHit h) {
            this(h.kind(), h.id(), h.title(), h.snippetHtml(), h.lecture(), h.section(), h.tags());
        }
    }

    HitJson(int capacity, Function<SearchHit, byte[]> encoder) {
        this.capacity = capacity;
        this.encoder = encoder;
    }

    /** The hit's JSON object (the returned array is shared: never write to it). */
    byte[] bytes(SearchHit hit) {
        if (capacity <= 0) return encoder.apply(hit);
        Key key = new Key(hit);
        byte[] b = encoded.get(key);
        if (b == null) {
            b = encoder.apply(hit);
            if (encoded.size() >= capacity) encoded.clear();
            encoded.put(key, b);
        }
        return b;
    }
}
