package io.verideck.web.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.index.QuerySyntaxException;
import io.verideck.kb.index.SearchHit;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.Links;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.SnippetMath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /api/search?q=...&limit=N}: the same index and analysis as {@code verideck search}. Answers
 * are JSON; a bad or too long query is a 400 with {@code {"error": "..."}}. Recent answers are kept in
 * a small cache, since people (and search-as-you-type) ask the same prefixes again and again
 * (size from {@code -Dverideck.searchCache=N}; 0 turns it off). With that cache off every request
 * runs the search, but a hit already written once is not written again ({@link HitJson}).
 */
public final class SearchApi {
    /** Longest query accepted (characters). */
    public static final int MAX_QUERY = 200;
    private static final int MAX_LIMIT = 50;

    private final CardIndex index;
    private final Catalog catalog;
    private final MarkdownHtml markdown;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HEADING_HASHES = Pattern.compile("(^|\\s)#{1,6}\\s");
    /** Lecture titles by number (the library looks them up by scanning). */
    private final Map<Integer, String> lectureTitles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Rendered titles: the same few hundred questions come back again and again. */
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
    private final ResponseCache cache;
    /** Encoded hits (not answers): {@code -Dverideck.hitCache=N}, 0 encodes every hit every time. */
    private final HitJson hitJson;
    private static final byte[] QUERY_FIELD = "{\"query\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HITS_FIELD = ",\"hits\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

    /** A response: HTTP status and JSON body (kept encoded, so a cached answer is written as is). */
    public record Answer(int status, byte[] bytes) {
        /** The body as text. */
        public String json() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public SearchApi(CardIndex index, Catalog catalog, MarkdownHtml markdown) {
        this(index, catalog, markdown, Integer.getInteger("verideck.searchCache", 2048), Integer.getInteger("verideck.hitCache", 8192));
    }

    /** With the given sizes of the answer cache and of the encoded-hit cache (0 turns either off). */
    SearchApi(CardIndex index, Catalog catalog, MarkdownHtml markdown, int answers, int encodedHits) {
        this.index = index;
        this.catalog = catalog;
        this.markdown = markdown;
        this.cache = new ResponseCache(answers);
        this.hitJson = new HitJson(encodedHits, this::encodeHit);
    }

    public Answer search(String q, String limitText) {
        if (q == null || q.isBlank()) return error("missing query: use /api/search?q=words");
        if (q.length() > MAX_QUERY) return error("query is " + q.length() + " characters long; at most " + MAX_QUERY + " are allowed");
        int limit = 20;
        if (limitText != null) {
            try {
                limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limitText)));
            } catch (NumberFormatException e) {
                return error("limit must be a number from 1 to " + MAX_LIMIT);
            }
        }
        String key = limit + "\u0000" + q;
        Answer cached = cache.get(key);
        if (cached != null) return cached;
        Answer a;
        try {
            a = new Answer(200, write(q, index.search(q, limit)));
        } catch (QuerySyntaxException e) {
            a = error(e.getMessage());
        }
        cache.put(key, a);
        return a;
    }

    /**
     * The answer as bytes: {@code {"query": q, "hits": [{kind, id, url, title, titleHtml, snippetHtml,
     * lecture, lectureTitle, tags}]}}. Each hit's object is encoded once and kept ({@link HitJson}): it
     * depends only on the hit (its document and its snippet), and the same cards with the same snippets
     * come back query after query; the answer is the query plus those bytes.
     */
    private byte[] write(String q, List<SearchHit> hits) {
        byte[][] parts = new byte[hits.size()][];
        int size = 64 + q.length() * 2;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = hitJson.bytes(hits.get(i));
            size += parts[i].length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            out.write(QUERY_FIELD);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeString(q);
            }
            out.write(HITS_FIELD);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) out.write(',');
                out.write(parts[i]);
            }
            out.write(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One hit as a JSON object (what {@link HitJson} keeps). */
    byte[] encodeHit(SearchHit h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(640);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            boolean card = "card".equals(h.kind());
            g.writeStartObject();
            g.writeStringField("kind", h.kind());
            g.writeStringField("id", h.id());
            g.writeStringField("url", card ? Links.card(h.id()) : Links.section(h.lecture(), h.section()));
            g.writeStringField("title", h.title());
            g.writeStringField("titleHtml", titles.computeIfAbsent(h.title(), markdown::inline));
            g.writeStringField("snippetHtml", SnippetMath.mark(plainSnippet(h.snippetHtml())));
            if (h.lecture() == null) {
                g.writeNullField("lecture");
                g.writeNullField("lectureTitle");
            } else {
                g.writeNumberField("lecture", h.lecture());
                g.writeStringField("lectureTitle", lectureTitles.computeIfAbsent(h.lecture(), catalog::lectureTitle));
            }
            g.writeArrayFieldStart("tags");
            for (String t : h.tags()) g.writeString(t);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Drops Markdown syntax that reads badly in a one-line snippet (heading hashes, emphasis stars). */
    static String plainSnippet(String html) {
        String s = html.indexOf('#') < 0 ? html : HEADING_HASHES.matcher(html).replaceAll("$1");
        return s.indexOf("**") < 0 ? s : s.replace("**", "");
    }

    private Answer error(String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(400, out.toByteArray());
    }
}
