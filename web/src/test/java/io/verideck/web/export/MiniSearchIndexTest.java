package io.verideck.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Java-built index equals what MiniSearch itself serializes for the same documents
 * ({@code minisearch/expected.json}, made by {@code make-expected.js} beside it with the real library).
 */
class MiniSearchIndexTest {
    @Test
    void matchesTheIndexMiniSearchWrites() throws Exception {
        MiniSearchIndex ix = new MiniSearchIndex();
        ix.add("card:a", Map.of("title", "Softmax, softmax!", "text", "The soft-max of z", "tags", "act"), Map.of("url", "cards/a.html"));
        ix.add("card:b", Map.of("title", "Cross entropy", "text", "loss", "tags", ""), Map.of("url", "cards/b.html"));
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(ix.toJson());
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/minisearch/expected.json")) {
            expected = json.readTree(in);
        }
        // The term list is a radix tree dump in MiniSearch and sorted here: compare it as a map.
        assertEquals(terms(expected), terms(actual));
        for (int f = 0; f < 3; f++) {
            assertEquals(expected.get("averageFieldLength").get(f).asDouble(), actual.get("averageFieldLength").get(f).asDouble(), 1e-12);
        }
        for (String k : new String[] {"index", "averageFieldLength"}) {
            ((ObjectNode) expected).remove(k);
            ((ObjectNode) actual).remove(k);
        }
        assertEquals(expected, actual);
    }

    private static Map<String, JsonNode> terms(JsonNode root) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode t : root.get("index")) out.put(t.get(0).asText(), t.get(1));
        return out;
    }
}
