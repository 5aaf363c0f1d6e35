package io.verideck.cli.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verideck.kb.index.SearchHit;
import io.verideck.kb.model.Card;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the CLI (documented in docs/cli.md; a stable interface). Jackson is loaded only
 * when a command is asked for {@code --json}.
 */
public final class Json {
    /** Bump on an incompatible change of any shape below. */
    public static final int SCHEMA = 1;

    private Json() {
    }

    public static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> hit(SearchHit h, String lectureTitle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind());
        m.put("id", h.id());
        m.put("question", h.title());
        m.put("snippet", h.snippetText());
        m.put("snippetHtml", h.snippetHtml());
        m.put("tags", h.tags());
        m.put("lecture", h.lecture());
        m.put("lectureTitle", lectureTitle);
        m.put("section", h.section());
        m.put("score", h.score());
        return m;
    }

    public static Map<String, Object> card(Card c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("question", c.question());
        m.put("answer", c.answer());
        m.put("deck", c.deck());
        m.put("tags", c.tags());
        m.put("lecture", c.lecture() == null ? null : c.lecture().number());
        m.put("section", c.lecture() == null ? null : c.lecture().anchor());
        m.put("covers", c.covers());
        m.put("claims", c.claims());
        m.put("refutes", c.refutes());
        m.put("keyPoints", c.keyPoints());
        m.put("formula", c.formula());
        m.put("variables", c.variables());
        m.put("draft", c.draft());
        m.put("file", c.location().file());
        m.put("line", c.location().line());
        return m;
    }

    public static Map<String, Object> envelope(String kind, Object body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put(kind, body);
        return m;
    }

    public static List<Map<String, Object>> cards(List<Card> cards) {
        return cards.stream().map(Json::card).toList();
    }
}
