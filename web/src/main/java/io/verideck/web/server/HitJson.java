package io.verideck.web.server;

import io.verideck.kb.index.BoundedCache;
import io.verideck.kb.index.SearchHit;
import java.util.List;
import java.util.function.Function;

/**
 * Search hits already encoded as JSON objects, by everything the encoding reads from a hit (kind, id,
 * title, snippet, lecture, section, tags; not the score, which is not written). A search with the
 * answer cache off still returns the same cards with the same snippets for query after query, and the
 * snippet's math marking, the title's Markdown and the JSON escaping were a tenth of a request's CPU.
 * Bounded: emptied when it holds {@code capacity} hits; 0 turns it off.
 */
final class HitJson {
    private final Function<SearchHit, byte[]> encoder;
    private final BoundedCache<Key, byte[]> encoded;

    private record Key(String kind, String id, String title, String snippetHtml, Integer lecture, String section,
                       List<String> tags) {
        Key(SearchHit h) {
            this(h.kind(), h.id(), h.title(), h.snippetHtml(), h.lecture(), h.section(), h.tags());
        }
    }

    HitJson(int capacity, Function<SearchHit, byte[]> encoder) {
        this.encoder = encoder;
        this.encoded = new BoundedCache<>(capacity);
    }

    /** The hit's JSON object (the returned array is shared: never write to it). */
    byte[] bytes(SearchHit hit) {
        return encoded.get(new Key(hit), k -> encoder.apply(hit));
    }
}
