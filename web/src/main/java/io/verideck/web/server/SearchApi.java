package io.verideck.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.index.QuerySyntaxException;
import io.verideck.kb.index.SearchHit;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.Html;
import io.verideck.web.render.Links;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.SnippetMath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/search?q=...&limit=N}: the same index and analysis as {@code verideck search}. Answers
 * are JSON; a bad or too long query is a 400 with {@code {"error": "..."}}. Recent answers are kept in
 * a small cache, since people (and search-as-you-type) ask the same prefixes again and again
 * (size from {@code -Dverideck.searchCache=N}; 0 turns it off).
 */
public final class SearchApi {
    /** Longest query accepted (characters). */
    public static final int MAX_QUERY = 200;
    private static final int MAX_LIMIT = 50;

    private final CardIndex index;
    private final Catalog catalog;
    private final MarkdownHtml markdown;
    private final ObjectMapper json = new ObjectMapper();
    /** Rendered titles: the same few hundred questions come back again and again. */
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
    private final ResponseCache cache = new ResponseCache(Integer.getInteger("verideck.searchCache", 2048));

    /** A response: HTTP status and JSON body (kept encoded, so a cached answer is written as is). */
    public record Answer(int status, String json, byte[] bytes) {
        Answer(int status, String json) {
            this(status, json, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public SearchApi(CardIndex index, Catalog catalog, MarkdownHtml markdown) {
        this.index = index;
        this.catalog = catalog;
        this.markdown = markdown;
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
            a = new Answer(200, write(Map.of("query", q, "hits", hits(index.search(q, limit)))));
        } catch (QuerySyntaxException e) {
            a = error(e.getMessage());
        }
        cache.put(key, a);
        return a;
    }

    private List<Map<String, Object>> hits(List<SearchHit> hits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchHit h : hits) {
            Map<String, Object> m = new LinkedHashMap<>();
            boolean card = "card".equals(h.kind());
            m.put("kind", h.kind());
            m.put("id", h.id());
            m.put("url", card ? Links.card(h.id()) : Links.section(h.lecture(), h.section()));
            m.put("title", h.title());
            m.put("titleHtml", titles.computeIfAbsent(h.title(), markdown::inline));
            m.put("snippetHtml", SnippetMath.mark(plainSnippet(h.snippetHtml())));
            m.put("lecture", h.lecture());
            m.put("lectureTitle", h.lecture() == null ? null : catalog.lectureTitle(h.lecture()));
            m.put("tags", h.tags());
            out.add(m);
        }
        return out;
    }

    /** Drops Markdown syntax that reads badly in a one-line snippet (heading hashes, emphasis stars). */
    static String plainSnippet(String html) {
        return html.replaceAll("(^|\\s)#{1,6}\\s", "$1").replace("**", "");
    }

    private Answer error(String message) {
        return new Answer(400, write(Map.of("error", message)));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"" + Html.esc(e.getOriginalMessage()) + "\"}";
        }
    }
}
